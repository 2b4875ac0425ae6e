// AlertTracker: alerts fire on crossings, once, and the first look at an account only remembers.
import { describe, expect, it } from 'vitest';
import type { AccountSettings, AccountStatus, AccountState, Wallet } from '@contract';
import { AlertTracker } from '../../../../../apps/main/src/core/engine/alerts';
import { T0, errorSnapshot, planSnapshot, wallet } from '../store/snapshot-factory';

const THRESHOLDS = { warnPercent: 80, critPercent: 95 };

interface Shape {
  used?: number;
  state?: AccountState;
  wallets?: Wallet[];
  settings?: AccountSettings;
  atRisk?: boolean;
  failing?: boolean;
  id?: string;
}

/** A status whose headline window has `used` of 2000 credits used. */
function status(s: Shape = {}): AccountStatus {
  const good = planSnapshot(T0, s.used ?? 100, { wallets: s.wallets ?? [] });
  return {
    account: {
      id: s.id ?? 'a1',
      provider: 'glm-coding-plan',
      region: 'global',
      model: null,
      label: 'Lite',
      baseUrl: null,
      settings: s.settings ?? {},
      keyMask: 'abcd…wxyz',
      createdAt: T0,
      updatedAt: T0,
    },
    snapshot: s.failing ? errorSnapshot(T0) : good,
    lastGood: good,
    state: s.state ?? 'idle',
    reason: s.failing ? { kind: 'auth_error', message: 'HTTP 401' } : null,
    lastSuccessAt: T0,
    nextPollAt: null,
    rates: { windows: [], wallets: [] },
    predictions: {
      windows: s.atRisk
        ? [
            {
              windowKey: 'five_hour:general',
              outcome: 'runs_out',
              exhaustsAt: T0 + 3_600_000,
              resetsAt: T0 + 5 * 3_600_000,
              marginMs: 4 * 3_600_000,
              pacePercent: null,
              confidence: 0.8,
            },
          ]
        : [],
      bindingWindowKey: s.atRisk ? 'five_hour:general' : null,
      wallets: [],
      atRisk: s.atRisk ?? false,
    },
    lastActiveAt: null,
    activeSince: null,
  };
}

/** Feeds statuses in order and returns the alerts each one raised (kind:level). */
function feed(tracker: AlertTracker, ...statuses: AccountStatus[]): string[][] {
  return statuses.map((s, i) => tracker.evaluate(s, THRESHOLDS, T0 + i).map((a) => `${a.kind}:${a.level}`));
}

describe('AlertTracker', () => {
  it('only remembers on the first look, whatever the situation', () => {
    const t = new AlertTracker();
    expect(feed(t, status({ used: 1990, state: 'error', failing: true, atRisk: true }))).toEqual([[]]);
    expect(feed(t, status({ used: 1995, state: 'error', failing: true, atRisk: true }))).toEqual([[]]);
  });

  it('raises warning then critical once each as the headline window fills', () => {
    const t = new AlertTracker();
    const raised = feed(
      t,
      status({ used: 1000 }),
      status({ used: 1600 }), // 80 %
      status({ used: 1700 }),
      status({ used: 1900 }), // 95 %
      status({ used: 1950 }),
      status({ used: 2000 }),
    );
    expect(raised).toEqual([[], ['threshold:warning'], [], ['threshold:critical'], [], []]);
  });

  it('goes straight to critical in one alert, and warns again after the window resets', () => {
    const t = new AlertTracker();
    expect(feed(t, status({ used: 100 }), status({ used: 1950 }))).toEqual([[], ['threshold:critical']]);
    expect(feed(t, status({ used: 10 }), status({ used: 1650 }))).toEqual([[], ['threshold:warning']]);
  });

  it("honours the account's own thresholds", () => {
    const t = new AlertTracker();
    const settings = { warnPercent: 50, critPercent: 70 };
    const raised = feed(
      t,
      status({ used: 900, settings }),
      status({ used: 1000, settings }),
      status({ used: 1400, settings }),
    );
    expect(raised).toEqual([[], ['threshold:warning'], ['threshold:critical']]);
  });

  it('raises an error once, and recovered once when a poll succeeds again', () => {
    const t = new AlertTracker();
    const err = (): AccountStatus => status({ state: 'error', failing: true });
    const raised = feed(t, status(), err(), err(), status({ state: 'stale' }), status());
    expect(raised).toEqual([[], ['error:critical'], [], ['recovered:info'], []]);
  });

  it('warns when a wallet drops under its low-balance mark, once per drop and currency', () => {
    const t = new AlertTracker();
    const at = (cny: number, usd: number): AccountStatus =>
      status({
        wallets: [wallet(cny), wallet(usd, { currency: 'USD' })],
        settings: { lowBalance: 5 },
      });
    const raised = feed(t, at(10, 10), at(4, 10), at(3, 10), at(3, 4), at(20, 4), at(4.9, 4));
    expect(raised).toEqual([
      [],
      ['low_balance:warning'],
      [],
      ['low_balance:warning'],
      [],
      ['low_balance:warning'],
    ]);
    const alerts = new AlertTracker();
    alerts.evaluate(at(10, 10), THRESHOLDS, T0);
    expect(alerts.evaluate(at(4, 10), THRESHOLDS, T0)[0]?.params).toMatchObject({
      currency: 'CNY',
      available: 4,
    });
  });

  it('warns when the account becomes at risk of running out before the reset', () => {
    const t = new AlertTracker();
    t.evaluate(status(), THRESHOLDS, T0);
    const [alert] = t.evaluate(status({ atRisk: true }), THRESHOLDS, T0);
    expect(alert).toMatchObject({ kind: 'runs_out', level: 'warning', messageId: 'alert.runs_out' });
    expect(alert?.params).toMatchObject({ window: '5-hour', inMs: 3_600_000, marginMs: 4 * 3_600_000 });
    expect(t.evaluate(status({ atRisk: true }), THRESHOLDS, T0)).toEqual([]);
  });

  it('treats an account it forgot as new', () => {
    const t = new AlertTracker();
    feed(t, status({ used: 100 }));
    t.forget('a1');
    expect(feed(t, status({ used: 1950 }))).toEqual([[]]);
  });
});
