// The host's own typed view of the Api: the same bridge the windows get, over a direct in-process
// transport, so the tray, notifications and updater call named methods instead of raw channels.
import { createBridge } from '@contract';
import type { CpmsApi } from '@contract';
import type { Dispatcher } from '../core/api/dispatcher';
import type { EventBus } from '../core/api/event-bus';

/** Builds a CpmsApi that calls `dispatcher` and listens on `events` in the main process. */
export function createHostApi(dispatcher: Dispatcher, events: Pick<EventBus, 'on'>): CpmsApi {
  return createBridge({
    invoke: (channel, request) => dispatcher.dispatch(channel, request, { transport: 'ipc' }),
    subscribe: (event, listener) => events.on(event, listener),
  });
}
