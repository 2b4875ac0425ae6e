// All Api handlers, one per contract channel, assembled for the dispatcher.
import type { KeyStore } from '../../engine/key-store';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatcher';
import { accountHandlers } from './accounts';
import { appHandlers } from './app';
import { historyHandlers } from './history';
import { monitoringHandlers } from './monitoring';

/** Builds the handler table the dispatcher serves. */
export function createHandlers(ctx: ApiContext, keys: KeyStore): Handlers {
  return {
    ...accountHandlers(ctx, keys),
    ...monitoringHandlers(ctx),
    ...historyHandlers(ctx),
    ...appHandlers(ctx, keys),
  };
}
