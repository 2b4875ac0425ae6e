// Actions that several slices answer: the initial (and after-reconnect) load, and the push events.
import { createAction } from '@reduxjs/toolkit';
import type {
  AccountDto,
  AccountStatus,
  AlertDto,
  AppInfo,
  MonitorState,
  Overview,
  ProviderInfo,
  Settings,
} from '@contract';

/** Everything a window reads at start; the widget has no accounts or providers. */
export interface LoadedData {
  appInfo: AppInfo;
  statuses: AccountStatus[];
  overview: Overview;
  settings: Settings;
  monitor: MonitorState;
  accounts?: AccountDto[];
  providers?: ProviderInfo[];
}

export const dataLoaded = createAction<LoadedData>('sync/loaded');
export const loadFailed = createAction<string>('sync/failed');

export const statusUpdated = createAction<AccountStatus>('event/statusUpdated');
/** Several pushed statuses applied at once (see status-batch.ts). */
export const statusesUpdated = createAction<AccountStatus[]>('event/statusesUpdated');
export const statusRemoved = createAction<{ accountId: string }>('event/statusRemoved');
export const accountsChanged = createAction<AccountDto[]>('event/accountsChanged');
export const overviewUpdated = createAction<Overview>('event/overviewUpdated');
export const settingsChanged = createAction<Settings>('event/settingsChanged');
export const monitorChanged = createAction<MonitorState>('event/monitorChanged');
export const alertRaised = createAction<AlertDto>('event/alertRaised');
