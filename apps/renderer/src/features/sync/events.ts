// Push events from the core become store actions; one subscription per event for the window's life.
// Statuses are applied once per frame (status-batch.ts); every other event first applies the
// statuses that came before it, so the store sees the events in the order they were sent.
import type { OnEvent } from '@contract';
import type { AppDispatch } from '../store';
import {
  accountsChanged,
  alertRaised,
  monitorChanged,
  overviewUpdated,
  settingsChanged,
  statusRemoved,
} from './actions';
import { createStatusBatcher } from './status-batch';

/** Subscribes the store to every push event; the returned function unsubscribes them all. */
export function connectEvents(api: { readonly on: OnEvent }, dispatch: AppDispatch): () => void {
  const statuses = createStatusBatcher(dispatch);
  const inOrder =
    <P>(apply: (payload: P) => void) =>
    (payload: P): void => {
      statuses.flush();
      apply(payload);
    };
  const offs = [
    api.on('status:updated', (s) => statuses.push(s)),
    api.on(
      'status:removed',
      inOrder((p) => dispatch(statusRemoved(p))),
    ),
    api.on(
      'accounts:changed',
      inOrder((a) => dispatch(accountsChanged(a))),
    ),
    api.on(
      'overview:updated',
      inOrder((o) => dispatch(overviewUpdated(o))),
    ),
    api.on(
      'settings:changed',
      inOrder((s) => dispatch(settingsChanged(s))),
    ),
    api.on(
      'monitor:stateChanged',
      inOrder((m) => dispatch(monitorChanged(m))),
    ),
    api.on(
      'alert:raised',
      inOrder((a) => dispatch(alertRaised(a))),
    ),
  ];
  return () => {
    for (const off of offs) off();
    statuses.dispose();
  };
}
