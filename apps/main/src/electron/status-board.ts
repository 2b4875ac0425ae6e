// The latest status of every account, as the host needs it for the tray summary and for naming
// accounts in notifications. Fed by `status:list` once and the status events after.
import type { AccountStatus, CpmsApi } from '@contract';
import type { Logger } from '../core/log/logger';

export interface StatusBoard {
  all(): AccountStatus[];
  get(accountId: string): AccountStatus | undefined;
  /** Calls `listener` after every change; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** Loads the current statuses (none if the core cannot answer) and follows the status events. */
export async function createStatusBoard(
  api: Pick<CpmsApi, 'listStatus' | 'on'>,
  log: Logger,
): Promise<StatusBoard> {
  const byId = new Map<string, AccountStatus>();
  const listeners = new Set<() => void>();
  const changed = (): void => {
    for (const listener of [...listeners]) listener();
  };
  try {
    for (const status of await api.listStatus()) byId.set(status.account.id, status);
  } catch (error) {
    log.warn('statuses unavailable at start', { error });
  }
  api.on('status:updated', (status) => {
    byId.set(status.account.id, status);
    changed();
  });
  api.on('status:removed', ({ accountId }) => {
    if (byId.delete(accountId)) changed();
  });
  return {
    all: () => [...byId.values()],
    get: (accountId) => byId.get(accountId),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
