// A small in-memory Core for host tests: the real dispatcher and EventBus over a few handlers
// (settings, statuses, monitor state), recording every call the host makes and every system state.
import { vi } from 'vitest';
import { ALL_CHANNELS, DEFAULT_SETTINGS } from '@contract';
import type { AccountState, AccountStatus, Channel, MonitorState, Settings } from '@contract';
import { createDispatcher } from '../../../../apps/main/src/core/api/dispatcher';
import type { Handlers } from '../../../../apps/main/src/core/api/dispatcher';
import { AppError } from '../../../../apps/main/src/core/api/errors';
import { EventBus } from '../../../../apps/main/src/core/api/event-bus';
import type { Core, SystemState } from '../../../../apps/main/src/core/core-types';

/** A status for an account with this id, label and state. */
export function statusOf(id: string, state: AccountState, label = id): AccountStatus {
  return {
    account: {
      id,
      provider: 'deepseek',
      region: null,
      model: null,
      label,
      baseUrl: null,
      settings: {},
      keyMask: 'sk-…abcd',
      createdAt: 0,
      updatedAt: 0,
    },
    snapshot: null,
    lastGood: null,
    state,
    reason: null,
    lastSuccessAt: null,
    nextPollAt: null,
    rates: { windows: [], wallets: [] },
    predictions: { windows: [], bindingWindowKey: null, wallets: [], atRisk: false },
    lastActiveAt: null,
    activeSince: state === 'active' ? 0 : null,
  };
}

export function createFakeCore(initial: { settings?: Partial<Settings>; statuses?: AccountStatus[] } = {}) {
  const events = new EventBus();
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial.settings };
  let monitor: MonitorState = { paused: false, pauseReason: null, online: true, lastRefreshAt: null };
  const statuses = new Map((initial.statuses ?? []).map((s) => [s.account.id, s]));
  const calls: { channel: Channel; request: unknown }[] = [];
  const systemStates: SystemState[] = [];

  const known: Partial<Handlers> = {
    'settings:get': () => settings,
    'settings:update': (patch) => {
      settings = { ...settings, ...patch };
      events.emit('settings:changed', settings);
      return settings;
    },
    'status:list': () => [...statuses.values()],
    'monitor:state': () => monitor,
    'monitor:pause': ({ paused }) => {
      monitor = { ...monitor, paused, pauseReason: paused ? 'user' : null };
      events.emit('monitor:stateChanged', monitor);
      return monitor;
    },
    'monitor:refresh': () => null,
  };
  const handlers: Record<string, (request: unknown) => unknown> = {};
  for (const channel of ALL_CHANNELS) {
    const handler = known[channel] as ((request: unknown) => unknown) | undefined;
    handlers[channel] = (request) => {
      calls.push({ channel, request });
      if (!handler) throw new AppError('unsupported', `${channel} is not in the fake core`);
      return handler(request);
    };
  }
  const core: Core = {
    dispatcher: createDispatcher(handlers as unknown as Handlers),
    events,
    start: vi.fn(() => Promise.resolve()),
    stop: vi.fn(() => Promise.resolve()),
    setSystemState: (state) => systemStates.push(state),
  };
  return {
    core,
    events,
    calls,
    systemStates,
    /** Plays the engine publishing a new status. */
    setStatus(status: AccountStatus) {
      statuses.set(status.account.id, status);
      events.emit('status:updated', status);
    },
    removeStatus(accountId: string) {
      statuses.delete(accountId);
      events.emit('status:removed', { accountId });
    },
    /** Plays another window changing the settings. */
    changeSettings(patch: Partial<Settings>) {
      settings = { ...settings, ...patch };
      events.emit('settings:changed', settings);
    },
  };
}
