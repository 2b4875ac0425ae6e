// The Electron IPC transport under `window.cpms`: one invoke per call and one listener on the event
// channel, fanned out to subscribers by event name. Both preloads use it; main sends on EVENT_CHANNEL.
import type { IpcRenderer } from 'electron';
import type { BridgeTransport, Envelope, EventName } from '@contract';

/** The one channel main pushes `{ event, payload }` messages on. */
export const EVENT_CHANNEL = 'cpms:event';

/** What main sends on EVENT_CHANNEL. */
export interface EventMessage {
  event: EventName;
  payload: unknown;
}

function isEventMessage(value: unknown): value is EventMessage {
  return typeof value === 'object' && value !== null && typeof (value as EventMessage).event === 'string';
}

/** Builds a BridgeTransport over ipcRenderer; the raw ipcRenderer never leaves this closure. */
export function createIpcTransport(ipc: Pick<IpcRenderer, 'invoke' | 'on'>): BridgeTransport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  ipc.on(EVENT_CHANNEL, (_event, message: unknown) => {
    if (!isEventMessage(message)) return;
    for (const listener of [...(listeners.get(message.event) ?? [])]) {
      // One failing listener must not starve the others.
      try {
        listener(message.payload);
      } catch (error) {
        console.error(`cpms: listener for ${message.event} failed`, error);
      }
    }
  });
  return {
    async invoke(channel, request) {
      try {
        return (await ipc.invoke(channel, request)) as Envelope<unknown>;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { kind: 'internal', message } };
      }
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
