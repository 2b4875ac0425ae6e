// The invoke map and the push-event map: the whole contract between main and its windows.
// Channel names are `domain:verb`; events are past tense.
import type { AccountDto, AccountInput, AccountPatch, KeyCheck, ModelOption, ProviderInfo } from './account';
import type { AccountSnapshot, ProviderId, Region } from './snapshot';
import type { AccountStatus, ActivityPeriod, HistoryRange, HistorySeries, Overview } from './status';
import type { AlertDto, AppInfo, MonitorState, Settings } from './settings';

/** Request and response of each invoke channel. `undefined` requests take no argument. */
export interface InvokeMap {
  'app:info': { req: undefined; res: AppInfo };
  'providers:list': { req: undefined; res: ProviderInfo[] };
  'providers:models': {
    req: { provider: ProviderId; region: Region | null; accountId?: string };
    res: ModelOption[];
  };
  'accounts:list': { req: undefined; res: AccountDto[] };
  'accounts:add': { req: AccountInput; res: AccountDto };
  'accounts:update': { req: { id: string; patch: AccountPatch }; res: AccountDto };
  'accounts:clone': { req: { id: string; label: string }; res: AccountDto };
  'accounts:remove': { req: { id: string }; res: null };
  'accounts:checkKey': { req: { provider: ProviderId; key: string }; res: KeyCheck };
  'accounts:test': {
    req: { input: AccountInput } | { id: string; patch?: AccountPatch };
    res: AccountSnapshot;
  };
  'status:list': { req: undefined; res: AccountStatus[] };
  'status:overview': { req: undefined; res: Overview };
  'history:series': { req: { accountId: string; range: HistoryRange }; res: HistorySeries[] };
  'history:activity': { req: { accountId: string }; res: ActivityPeriod[] };
  'alerts:list': { req: { limit?: number }; res: AlertDto[] };
  'diagnostics:get': { req: { accountId: string }; res: string };
  'monitor:state': { req: undefined; res: MonitorState };
  'monitor:refresh': { req: { accountId?: string }; res: null };
  'monitor:pause': { req: { paused: boolean }; res: MonitorState };
  'settings:get': { req: undefined; res: Settings };
  'settings:update': { req: Partial<Settings>; res: Settings };
  'data:deleteAll': { req: { confirm: 'DELETE' }; res: null };
  'shell:openExternal': { req: { url: string }; res: null };
  'window:openDashboard': { req: undefined; res: null };
  'window:toggleWidget': { req: undefined; res: null };
}
export type Channel = keyof InvokeMap;
export type ChannelReq<C extends Channel> = InvokeMap[C]['req'];
export type ChannelRes<C extends Channel> = InvokeMap[C]['res'];

/** Payload of each push event. */
export interface EventMap {
  'status:updated': AccountStatus;
  'status:removed': { accountId: string };
  'accounts:changed': AccountDto[];
  'overview:updated': Overview;
  'settings:changed': Settings;
  'monitor:stateChanged': MonitorState;
  'alert:raised': AlertDto;
}
export type EventName = keyof EventMap;

export const EVENT_NAMES: readonly EventName[] = [
  'status:updated',
  'status:removed',
  'accounts:changed',
  'overview:updated',
  'settings:changed',
  'monitor:stateChanged',
  'alert:raised',
];

/** Named methods of `window.cpms` and the channel each one calls. */
export const API_METHODS = {
  getAppInfo: 'app:info',
  listProviders: 'providers:list',
  listModels: 'providers:models',
  listAccounts: 'accounts:list',
  addAccount: 'accounts:add',
  updateAccount: 'accounts:update',
  cloneAccount: 'accounts:clone',
  removeAccount: 'accounts:remove',
  checkKey: 'accounts:checkKey',
  testConnection: 'accounts:test',
  listStatus: 'status:list',
  getOverview: 'status:overview',
  getHistory: 'history:series',
  getActivity: 'history:activity',
  listAlerts: 'alerts:list',
  getDiagnostics: 'diagnostics:get',
  getMonitorState: 'monitor:state',
  refresh: 'monitor:refresh',
  setPaused: 'monitor:pause',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  deleteAllData: 'data:deleteAll',
  openExternal: 'shell:openExternal',
  openDashboard: 'window:openDashboard',
  toggleWidget: 'window:toggleWidget',
} as const satisfies Record<string, Channel>;

/** The widget's read-only subset: it can look, and ask for the dashboard, nothing else. */
export const WIDGET_API_METHODS = {
  getAppInfo: 'app:info',
  listStatus: 'status:list',
  getOverview: 'status:overview',
  getSettings: 'settings:get',
  getMonitorState: 'monitor:state',
  openDashboard: 'window:openDashboard',
} as const satisfies Partial<Record<keyof typeof API_METHODS, Channel>>;

export const ALL_CHANNELS = Object.values(API_METHODS) as readonly Channel[];
export const WIDGET_CHANNELS = Object.values(WIDGET_API_METHODS) as readonly Channel[];
