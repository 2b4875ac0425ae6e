// Push events from the core become store actions; one subscription per event for the window's life.
import type { OnEvent } from '@contract';
import type { AppDispatch } from '../store';
import {
  accountsChanged,
  alertRaised,
  monitorChanged,
  overviewUpdated,
  settingsChanged,
  statusRemoved,
  statusUpdated,
} from './actions';

/** Subscribes the store to every push event; the returned function unsubscribes them all. */
export function connectEvents(api: { readonly on: OnEvent }, dispatch: AppDispatch): () => void {
  const offs = [
    api.on('status:updated', (s) => dispatch(statusUpdated(s))),
    api.on('status:removed', (p) => dispatch(statusRemoved(p))),
    api.on('accounts:changed', (a) => dispatch(accountsChanged(a))),
    api.on('overview:updated', (o) => dispatch(overviewUpdated(o))),
    api.on('settings:changed', (s) => dispatch(settingsChanged(s))),
    api.on('monitor:stateChanged', (m) => dispatch(monitorChanged(m))),
    api.on('alert:raised', (a) => dispatch(alertRaised(a))),
  ];
  return () => {
    for (const off of offs) off();
  };
}
