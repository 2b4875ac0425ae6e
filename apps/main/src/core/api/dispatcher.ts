// The transport-free dispatcher: Electron IPC and the headless WebSocket both call `dispatch`.
// Handlers see plain requests and return plain values; the envelope and error mapping live here.
import type { Channel, ChannelReq, ChannelRes, Envelope } from '@contract';
import { ALL_CHANNELS } from '@contract';
import { AppError } from './errors';

/** One handler per channel, keyed by channel name. */
export type Handlers = { [C in Channel]: (request: ChannelReq<C>) => Promise<ChannelRes<C>> | ChannelRes<C> };

/** Who is calling, as the transport saw it. Handlers do not see it; the transport checks it. */
export interface CallContext {
  transport: 'ipc' | 'websocket' | 'test';
}

export interface Dispatcher {
  dispatch(channel: string, request: unknown, ctx: CallContext): Promise<Envelope<unknown>>;
  readonly channels: readonly Channel[];
}

/** Called for unexpected failures, with the channel; never sent to the caller. */
export type InternalErrorSink = (channel: string, error: unknown) => void;

function isChannel(name: string): name is Channel {
  return (ALL_CHANNELS as readonly string[]).includes(name);
}

/** Wraps the handlers in the `{ok, value}` / `{ok:false, error}` envelope. */
export function createDispatcher(
  handlers: Handlers,
  onInternalError: InternalErrorSink = () => undefined,
): Dispatcher {
  return {
    channels: ALL_CHANNELS,
    async dispatch(channel, request) {
      if (!isChannel(channel)) {
        return { ok: false, error: { kind: 'not_found', message: `Unknown channel: ${channel}` } };
      }
      try {
        const handler = handlers[channel] as (req: unknown) => unknown;
        const value: unknown = await handler(request);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof AppError)
          return { ok: false, error: { kind: error.kind, message: error.message } };
        onInternalError(channel, error);
        return {
          ok: false,
          error: { kind: 'internal', message: `Internal error while handling ${channel}` },
        };
      }
    },
  };
}
