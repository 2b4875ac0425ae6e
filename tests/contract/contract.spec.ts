// Pins the contract between main and its windows: every method's request and response type, the
// envelope, the push events, and the widget's read-only surface. A change here is a change to the
// API every window and transport relies on, and must be deliberate.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ALL_CHANNELS, API_ERROR_KINDS, EVENT_NAMES, WIDGET_CHANNELS } from '@contract';
import type {
  API_METHODS,
  WIDGET_API_METHODS,
  AccountDto,
  AccountInput,
  AccountPatch,
  AccountSnapshot,
  AccountStatus,
  ActivityPeriod,
  AlertDto,
  ApiErrorData,
  ApiErrorKind,
  AppInfo,
  Channel,
  CpmsApi,
  CpmsWidgetApi,
  Envelope,
  EventMap,
  EventName,
  HistoryRange,
  HistorySeries,
  KeyCheck,
  ModelOption,
  MonitorState,
  Overview,
  ProviderId,
  ProviderInfo,
  Region,
  Settings,
} from '@contract';

// Only its type is used: `typeof _api.on<E>` instantiates the generic `on` for one event.
declare const _api: CpmsApi;

describe('the dashboard API (window.cpms)', () => {
  it('has exactly the contract methods plus `on`', () => {
    expectTypeOf<keyof CpmsApi>().toEqualTypeOf<keyof typeof API_METHODS | 'on'>();
    expectTypeOf<(typeof API_METHODS)[keyof typeof API_METHODS]>().toEqualTypeOf<Channel>();
  });

  it('takes no argument where the channel has no request', () => {
    expectTypeOf<CpmsApi['getAppInfo']>().toEqualTypeOf<() => Promise<AppInfo>>();
    expectTypeOf<CpmsApi['listProviders']>().toEqualTypeOf<() => Promise<ProviderInfo[]>>();
    expectTypeOf<CpmsApi['listAccounts']>().toEqualTypeOf<() => Promise<AccountDto[]>>();
    expectTypeOf<CpmsApi['listStatus']>().toEqualTypeOf<() => Promise<AccountStatus[]>>();
    expectTypeOf<CpmsApi['getOverview']>().toEqualTypeOf<() => Promise<Overview>>();
    expectTypeOf<CpmsApi['getMonitorState']>().toEqualTypeOf<() => Promise<MonitorState>>();
    expectTypeOf<CpmsApi['getSettings']>().toEqualTypeOf<() => Promise<Settings>>();
    expectTypeOf<CpmsApi['openDashboard']>().toEqualTypeOf<() => Promise<null>>();
    expectTypeOf<CpmsApi['toggleWidget']>().toEqualTypeOf<() => Promise<null>>();
  });

  it('pins each request and response', () => {
    expectTypeOf<CpmsApi['listModels']>().toEqualTypeOf<
      (request: { provider: ProviderId; region: Region | null; accountId?: string }) => Promise<ModelOption[]>
    >();
    expectTypeOf<CpmsApi['addAccount']>().toEqualTypeOf<(request: AccountInput) => Promise<AccountDto>>();
    expectTypeOf<CpmsApi['updateAccount']>().toEqualTypeOf<
      (request: { id: string; patch: AccountPatch }) => Promise<AccountDto>
    >();
    expectTypeOf<CpmsApi['cloneAccount']>().toEqualTypeOf<
      (request: { id: string; label: string }) => Promise<AccountDto>
    >();
    expectTypeOf<CpmsApi['removeAccount']>().toEqualTypeOf<(request: { id: string }) => Promise<null>>();
    expectTypeOf<CpmsApi['checkKey']>().toEqualTypeOf<
      (request: { provider: ProviderId; key: string }) => Promise<KeyCheck>
    >();
    expectTypeOf<CpmsApi['testConnection']>().toEqualTypeOf<
      (request: { input: AccountInput } | { id: string; patch?: AccountPatch }) => Promise<AccountSnapshot>
    >();
    expectTypeOf<CpmsApi['getHistory']>().toEqualTypeOf<
      (request: { accountId: string; range: HistoryRange }) => Promise<HistorySeries[]>
    >();
    expectTypeOf<CpmsApi['getActivity']>().toEqualTypeOf<
      (request: { accountId: string }) => Promise<ActivityPeriod[]>
    >();
    expectTypeOf<CpmsApi['listAlerts']>().toEqualTypeOf<
      (request: { limit?: number }) => Promise<AlertDto[]>
    >();
    expectTypeOf<CpmsApi['getDiagnostics']>().toEqualTypeOf<
      (request: { accountId: string }) => Promise<string>
    >();
    expectTypeOf<CpmsApi['refresh']>().toEqualTypeOf<(request: { accountId?: string }) => Promise<null>>();
    expectTypeOf<CpmsApi['setPaused']>().toEqualTypeOf<
      (request: { paused: boolean }) => Promise<MonitorState>
    >();
    expectTypeOf<CpmsApi['updateSettings']>().toEqualTypeOf<
      (request: Partial<Settings>) => Promise<Settings>
    >();
    expectTypeOf<CpmsApi['deleteAllData']>().toEqualTypeOf<
      (request: { confirm: 'DELETE' }) => Promise<null>
    >();
    expectTypeOf<CpmsApi['openExternal']>().toEqualTypeOf<(request: { url: string }) => Promise<null>>();
  });

  it('never hands a key back: account DTOs carry only the mask', () => {
    expectTypeOf<AccountDto>().not.toHaveProperty('key');
    expectTypeOf<AccountDto['keyMask']>().toEqualTypeOf<string>();
    expectTypeOf<AccountInput['key']>().toEqualTypeOf<string>();
  });
});

describe('push events', () => {
  it('pins each payload', () => {
    expectTypeOf<EventMap>().toEqualTypeOf<{
      'status:updated': AccountStatus;
      'status:removed': { accountId: string };
      'accounts:changed': AccountDto[];
      'overview:updated': Overview;
      'settings:changed': Settings;
      'monitor:stateChanged': MonitorState;
      'alert:raised': AlertDto;
    }>();
  });

  it('types `on` by event and returns an unsubscribe', () => {
    type On = typeof _api.on<'alert:raised'>;
    expectTypeOf<Parameters<On>>().toEqualTypeOf<
      [event: 'alert:raised', listener: (payload: AlertDto) => void]
    >();
    expectTypeOf<ReturnType<On>>().toEqualTypeOf<() => void>();
  });

  it('lists every event name once', () => {
    expect(new Set(EVENT_NAMES).size).toBe(EVENT_NAMES.length);
    expectTypeOf<(typeof EVENT_NAMES)[number]>().toEqualTypeOf<EventName>();
    expect([...EVENT_NAMES].sort()).toEqual(
      [
        'accounts:changed',
        'alert:raised',
        'monitor:stateChanged',
        'overview:updated',
        'settings:changed',
        'status:removed',
        'status:updated',
      ].sort(),
    );
  });
});

describe('the envelope', () => {
  it('is a success with a value or a failure with a kind and message', () => {
    expectTypeOf<Envelope<number>>().toEqualTypeOf<
      { ok: true; value: number } | { ok: false; error: ApiErrorData }
    >();
    expectTypeOf<ApiErrorData>().toEqualTypeOf<{ kind: ApiErrorKind; message: string }>();
    expectTypeOf<ApiErrorKind>().toEqualTypeOf<
      | 'invalid_input'
      | 'not_found'
      | 'forbidden'
      | 'conflict'
      | 'unsupported'
      | 'vault_error'
      | 'store_error'
      | 'internal'
    >();
    expect(API_ERROR_KINDS).toContain('forbidden');
  });
});

describe('the widget API', () => {
  it('has only read methods and openDashboard', () => {
    expectTypeOf<keyof CpmsWidgetApi>().toEqualTypeOf<
      'getAppInfo' | 'listStatus' | 'getOverview' | 'getSettings' | 'getMonitorState' | 'openDashboard' | 'on'
    >();
    type WidgetChannel = (typeof WIDGET_API_METHODS)[keyof typeof WIDGET_API_METHODS];
    type Mutating = Exclude<
      Channel,
      | 'app:info'
      | 'status:list'
      | 'status:overview'
      | 'settings:get'
      | 'monitor:state'
      | 'window:openDashboard'
    >;
    expectTypeOf<Extract<WidgetChannel, Mutating>>().toBeNever();
  });

  it('shares each method signature with the dashboard API', () => {
    expectTypeOf<CpmsWidgetApi['listStatus']>().toEqualTypeOf<CpmsApi['listStatus']>();
    expectTypeOf<CpmsWidgetApi['getSettings']>().toEqualTypeOf<CpmsApi['getSettings']>();
    expectTypeOf<CpmsWidgetApi['on']>().toEqualTypeOf<CpmsApi['on']>();
  });
});

describe('channels', () => {
  it('are unique `domain:verb` names, and the widget channels are a subset', () => {
    expect(new Set(ALL_CHANNELS).size).toBe(ALL_CHANNELS.length);
    for (const channel of ALL_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    for (const channel of WIDGET_CHANNELS) expect(ALL_CHANNELS).toContain(channel);
  });
});
