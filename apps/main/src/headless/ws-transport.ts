// Carries the contract over a WebSocket: requests `{ id, channel, request }` are answered with
// `{ id, envelope }`; push events go out as `{ event, payload }`. The renderer's ws-shim speaks the
// other side. A widget connection (`scope=widget`) may only call the widget's read-only channels.
import type { WebSocket } from 'ws';
import { WIDGET_CHANNELS } from '@contract';
import type { Channel, EventName } from '@contract';
import type { Core } from '../core/core-types';
import type { Logger } from '../core/log/logger';

/** Largest request message accepted; the contract's requests are small. */
const MAX_MESSAGE_BYTES = 256 * 1024;

interface RequestMessage {
  id: number | string;
  channel: string;
  request?: unknown;
}

function parseRequest(data: string): RequestMessage | null {
  try {
    const msg = JSON.parse(data) as unknown;
    if (typeof msg !== 'object' || msg === null) return null;
    const { id, channel } = msg as Record<string, unknown>;
    if ((typeof id !== 'number' && typeof id !== 'string') || typeof channel !== 'string') return null;
    return msg as RequestMessage;
  } catch {
    return null;
  }
}

/** Serves one socket until it closes. */
export function attachSocket(
  socket: WebSocket,
  core: Core,
  scope: 'dashboard' | 'widget',
  logger: Logger,
): void {
  const allowed = (channel: string): boolean =>
    scope === 'dashboard' || (WIDGET_CHANNELS as readonly string[]).includes(channel);

  const unsubscribe = core.events.onAny((event: EventName, payload) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ event, payload }));
  });

  socket.on('message', (raw, isBinary) => {
    const data = isBinary ? '' : Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
    if (data.length === 0 || data.length > MAX_MESSAGE_BYTES) {
      socket.close(1009, 'message too large or not text');
      return;
    }
    const msg = parseRequest(data);
    if (!msg) {
      socket.close(1003, 'malformed message');
      return;
    }
    if (!allowed(msg.channel)) {
      socket.send(
        JSON.stringify({
          id: msg.id,
          envelope: {
            ok: false,
            error: { kind: 'forbidden', message: `Channel ${msg.channel} is not available here` },
          },
        }),
      );
      return;
    }
    void core.dispatcher.dispatch(msg.channel as Channel, msg.request, { transport: 'websocket' }).then(
      (envelope) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ id: msg.id, envelope }));
      },
      (error: unknown) => logger.error('dispatch failed', { channel: msg.channel, error }),
    );
  });
  socket.on('close', unsubscribe);
  socket.on('error', () => socket.terminate());
}
