// Channels only the Electron host can serve (opening windows, the system browser) are answered
// here; every other channel goes to the core's dispatcher unchanged.
import type { Channel, Envelope } from '@contract';
import type { Dispatcher } from '../../core/api/dispatcher';

/** The host's side of the window and shell channels. */
export interface HostActions {
  openDashboard(): void;
  toggleWidget(): void;
  /** Opens an allow-listed URL in the browser; false when the URL is not allowed. */
  openExternal(url: string): boolean;
}

const ok: Envelope<null> = { ok: true, value: null };

function internal(channel: string): Envelope<never> {
  return { ok: false, error: { kind: 'internal', message: `Internal error while handling ${channel}` } };
}

function hostEnvelope(channel: Channel, request: unknown, actions: HostActions): Envelope<null> | undefined {
  switch (channel) {
    case 'window:openDashboard':
      actions.openDashboard();
      return ok;
    case 'window:toggleWidget':
      actions.toggleWidget();
      return ok;
    case 'shell:openExternal': {
      const url = (request as { url?: unknown } | null)?.url;
      if (typeof url !== 'string')
        return { ok: false, error: { kind: 'invalid_input', message: 'url must be a string' } };
      if (!actions.openExternal(url)) {
        return { ok: false, error: { kind: 'forbidden', message: 'This address is not on the allow-list' } };
      }
      return ok;
    }
    default:
      return undefined;
  }
}

/** Wraps the core's dispatcher so host-only channels are served by `actions`. */
export function createHostDispatcher(core: Dispatcher, actions: HostActions): Dispatcher {
  return {
    channels: core.channels,
    dispatch(channel, request, ctx) {
      if (!core.channels.includes(channel as Channel)) return core.dispatch(channel, request, ctx);
      try {
        const host = hostEnvelope(channel as Channel, request, actions);
        return host ? Promise.resolve(host) : core.dispatch(channel, request, ctx);
      } catch {
        return Promise.resolve(internal(channel));
      }
    },
  };
}
