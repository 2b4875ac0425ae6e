// The link between this window and the core: always up in Electron, a WebSocket under `cpms serve`.

/** connecting: first attempt; open: usable; reconnecting: lost and retrying; unauthorized: token refused. */
export type ConnectionPhase = 'connecting' | 'open' | 'reconnecting' | 'unauthorized';

export interface Connection {
  readonly get: () => ConnectionPhase;
  readonly subscribe: (listener: () => void) => () => void;
  /** Try to reconnect now instead of waiting for the backoff. */
  readonly retryNow: () => void;
}

/** The connection of a host whose transport cannot drop (Electron IPC). */
export const ALWAYS_OPEN: Connection = {
  get: () => 'open',
  subscribe: () => () => undefined,
  retryNow: () => undefined,
};

/** A small observable phase, shared by the shim and its tests. */
export function createPhase(initial: ConnectionPhase): {
  readonly get: () => ConnectionPhase;
  readonly set: (phase: ConnectionPhase) => void;
  readonly subscribe: (listener: () => void) => () => void;
} {
  let phase = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => phase,
    set: (next) => {
      if (next === phase) return;
      phase = next;
      for (const l of [...listeners]) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
