// Pushes the core's events to the app's windows on one IPC channel. The widget only receives what
// its read-only API can use, so account lists and alerts never reach it.
import type { EventName } from '@contract';
import type { EventBus } from '../../core/api/event-bus';
import { EVENT_CHANNEL } from '../../../../preload/src/ipc-transport';
import type { EventMessage } from '../../../../preload/src/ipc-transport';
import type { RegisteredContents, WindowRole } from '../windows/registry';

/** Events the widget receives: the ones behind listStatus, getOverview, getSettings, getMonitorState. */
export const WIDGET_EVENTS: ReadonlySet<EventName> = new Set<EventName>([
  'status:updated',
  'status:removed',
  'overview:updated',
  'settings:changed',
  'monitor:stateChanged',
]);

/** True when a window of this role should receive this event. */
export function receivesEvent(role: WindowRole, event: EventName): boolean {
  return role === 'dashboard' || WIDGET_EVENTS.has(event);
}

/** Forwards every core event to every live registered window that may receive it; returns the unsubscribe. */
export function forwardEvents(
  events: Pick<EventBus, 'onAny'>,
  targets: () => RegisteredContents[],
): () => void {
  return events.onAny((event, payload) => {
    const message: EventMessage = { event, payload };
    for (const { role, contents } of targets()) {
      if (contents.isDestroyed() || !receivesEvent(role, event)) continue;
      contents.send(EVENT_CHANNEL, message);
    }
  });
}
