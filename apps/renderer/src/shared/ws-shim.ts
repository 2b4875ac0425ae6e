// The headless host's transport: `window.cpms` over one WebSocket to `cpms serve`.
//
// Protocol (the server side implements exactly this):
// - URL: `ws(s)://<page host>/api?token=<token>`. The page gets the token from its own URL (`?token=` or
//   `#token=`), keeps it in sessionStorage and removes it from the address bar. The server refuses a
//   missing or wrong token and a foreign `Origin` — either by rejecting the upgrade (HTTP 401/403) or by
//   accepting and closing with code 4401 (token) / 4403 (origin); on 4401/4403 the page stops retrying
//   and tells the user to open the printed URL again.
// - Every frame is one JSON text message.
//   client → server, a call:   { "id": 7, "channel": "accounts:list", "request": <InvokeMap[channel].req> }
//                              (`request` is absent for channels whose request is `undefined`)
//   server → client, its reply: { "id": 7, "envelope": { "ok": true, "value": … } }
//                              or { "id": 7, "envelope": { "ok": false, "error": { "kind": …, "message": … } } }
//   server → client, a push:   { "event": "status:updated", "payload": <EventMap[event]> }
// - `id` is a positive integer, unique per connection; replies may arrive in any order. Every push
//   event goes to every open connection (there are no subscribe messages). Unknown frames are ignored.
// - Reconnects with backoff (0.5 s doubling to 10 s, ±20 % jitter). A call in flight when the socket
//   drops resolves to `{ ok: false, error: { kind: "internal", message: "Connection lost" } }`; calls
//   made while disconnected wait for the next connection. After a reconnect the app reloads its
//   state, since pushes may have been missed.
import type { BridgeTransport, Channel, Envelope, EventName } from '@contract';
import type { Connection } from './connection';
import { createPhase } from './connection';
import { backoffDelay } from './ws-url';

/** The part of a WebSocket the shim uses (the browser's, or `ws` in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface WsTransportOptions {
  url: string;
  createSocket?: (url: string) => SocketLike;
  random?: () => number;
}

export interface WsTransport extends BridgeTransport {
  readonly connection: Connection;
  /** Closes for good (tests, page unload). */
  close(): void;
}

interface Call {
  frame: string;
  sent: boolean;
  resolve: (envelope: Envelope<unknown>) => void;
}

const OPEN = 1;
const LOST: Envelope<unknown> = { ok: false, error: { kind: 'internal', message: 'Connection lost' } };

function parseFrame(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'string') return null;
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Opens the socket and returns a bridge transport that survives reconnects. */
export function createWsTransport(options: WsTransportOptions): WsTransport {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
  const phase = createPhase('connecting');
  const calls = new Map<number, Call>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let attempt = 0;
  let socket: SocketLike | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let everOpened = false;

  const flush = (): void => {
    for (const call of calls.values()) {
      if (!call.sent && socket?.readyState === OPEN) {
        socket.send(call.frame);
        call.sent = true;
      }
    }
  };

  const onFrame = (data: unknown): void => {
    const msg = parseFrame(data);
    if (!msg) return;
    if (typeof msg.id === 'number' && typeof msg.envelope === 'object' && msg.envelope !== null) {
      const call = calls.get(msg.id);
      calls.delete(msg.id);
      call?.resolve(msg.envelope as Envelope<unknown>);
    } else if (typeof msg.event === 'string') {
      for (const l of [...(listeners.get(msg.event) ?? [])]) l(msg.payload);
    }
  };

  const connect = (): void => {
    timer = undefined;
    const s = createSocket(options.url);
    socket = s;
    s.onopen = () => {
      attempt = 0;
      everOpened = true;
      phase.set('open');
      flush();
    };
    s.onmessage = (ev) => onFrame(ev.data);
    s.onerror = () => undefined;
    s.onclose = (ev) => {
      if (socket !== s) return;
      socket = null;
      for (const [id, call] of calls) {
        if (call.sent) {
          calls.delete(id);
          call.resolve(LOST);
        }
      }
      if (closed) return;
      if (ev.code === 4401 || ev.code === 4403) {
        phase.set('unauthorized');
        return;
      }
      phase.set(everOpened ? 'reconnecting' : 'connecting');
      timer = setTimeout(connect, backoffDelay(attempt++, options.random));
    };
  };

  connect();

  return {
    connection: {
      get: phase.get,
      subscribe: phase.subscribe,
      retryNow() {
        if (closed || socket) return;
        clearTimeout(timer);
        attempt = 0;
        connect();
      },
    },
    invoke(channel: Channel, request: unknown) {
      return new Promise<Envelope<unknown>>((resolve) => {
        const id = nextId++;
        const frame = JSON.stringify(request === undefined ? { id, channel } : { id, channel, request });
        calls.set(id, { frame, sent: false, resolve });
        flush();
      });
    },
    subscribe(event: EventName, listener: (payload: unknown) => void) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    close() {
      closed = true;
      clearTimeout(timer);
      socket?.close(1000, 'closed');
    },
  };
}
