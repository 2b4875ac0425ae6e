// Builds `window.cpms` from a method table over any transport, so the Electron preload and the
// headless WebSocket shim expose the identical, typed API.
import { API_METHODS, WIDGET_API_METHODS } from './channels';
import type { Channel, ChannelReq, ChannelRes, EventMap, EventName } from './channels';
import { encodeErrorMessage, unwrapEnvelope } from './envelope';
import type { Envelope } from './envelope';

type MethodFor<C extends Channel> = [ChannelReq<C>] extends [undefined]
  ? () => Promise<ChannelRes<C>>
  : (request: ChannelReq<C>) => Promise<ChannelRes<C>>;

type MethodsOf<T extends Record<string, Channel>> = { readonly [K in keyof T]: MethodFor<T[K]> };

/** Subscribe to a push event; the returned function unsubscribes. */
export type OnEvent = <E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) => () => void;

export type CpmsApi = MethodsOf<typeof API_METHODS> & { readonly on: OnEvent };
export type CpmsWidgetApi = MethodsOf<typeof WIDGET_API_METHODS> & { readonly on: OnEvent };

/** What a transport must provide: one request/response call and one event subscription. */
export interface BridgeTransport {
  invoke(channel: Channel, request: unknown): Promise<Envelope<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export interface BridgeOptions {
  /** Throw plain Errors with the kind encoded in the message (for a preload behind contextBridge). */
  encodeErrors?: boolean;
}

function build<T extends Record<string, Channel>>(
  methods: T,
  transport: BridgeTransport,
  options: BridgeOptions,
): MethodsOf<T> & { on: OnEvent } {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(methods)) {
    api[name] = async (request?: unknown) => {
      const envelope = await transport.invoke(channel, request);
      if (!envelope.ok && options.encodeErrors) throw new Error(encodeErrorMessage(envelope.error));
      return unwrapEnvelope(envelope);
    };
  }
  const on: OnEvent = (event, listener) => transport.subscribe(event, listener as (payload: unknown) => void);
  api.on = on;
  return Object.freeze(api) as MethodsOf<T> & { on: OnEvent };
}

/** The dashboard's full API over a transport. */
export function createBridge(transport: BridgeTransport, options: BridgeOptions = {}): CpmsApi {
  return build(API_METHODS, transport, options);
}

/** The widget's read-only API over a transport. */
export function createWidgetBridge(transport: BridgeTransport, options: BridgeOptions = {}): CpmsWidgetApi {
  return build(WIDGET_API_METHODS, transport, options);
}
