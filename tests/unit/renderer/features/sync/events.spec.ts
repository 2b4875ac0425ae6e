// Push events reach the store: a real event bus stands in for the transport's subscriptions.
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../../apps/main/src/core/api/event-bus';
import { createAppStore } from '../../../../../apps/renderer/src/features/store';
import { connectEvents } from '../../../../../apps/renderer/src/features/sync/events';
import { DEFAULT_SETTINGS } from '@contract';
import { acct, status } from '../../fixtures';

describe('connectEvents', () => {
  it('turns every push event into store state, and stops after unsubscribing', () => {
    const bus = new EventBus();
    const store = createAppStore();
    const off = connectEvents({ on: (e, l) => bus.on(e, l) }, store.dispatch);

    bus.emit('accounts:changed', [acct('a')]);
    bus.emit('status:updated', status('a', { state: 'active' }));
    bus.emit('settings:changed', { ...DEFAULT_SETTINGS, percentDisplay: 'left' });
    bus.emit('monitor:stateChanged', {
      paused: true,
      pauseReason: 'lock',
      online: true,
      lastRefreshAt: null,
    });
    bus.emit('alert:raised', {
      id: 7,
      accountId: 'a',
      at: 1,
      level: 'warning',
      kind: 'threshold',
      messageId: 'alert.threshold',
      params: {},
    });
    bus.emit('overview:updated', {
      accountCount: 1,
      activeCount: 1,
      errorCount: 0,
      atRiskCount: 0,
      balances: [],
      avgPercentPerHour: 3,
      spendPerDay: [],
    });

    let s = store.getState();
    expect(s.accounts.ids).toEqual(['a']);
    expect(s.statuses.entities.a?.state).toBe('active');
    expect(s.settings.value?.percentDisplay).toBe('left');
    expect(s.session.monitor?.pauseReason).toBe('lock');
    expect(s.alerts.toasts.map((a) => a.id)).toEqual([7]);
    expect(s.session.overview?.activeCount).toBe(1);

    bus.emit('status:removed', { accountId: 'a' });
    expect(store.getState().statuses.ids).toEqual([]);

    off();
    bus.emit('accounts:changed', []);
    s = store.getState();
    expect(s.accounts.ids).toEqual(['a']);
  });
});
