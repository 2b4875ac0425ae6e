import { describe, expect, it } from 'vitest';
import { addAccount, T0, testStore } from './helpers';

describe('store.events', () => {
  it('adds alerts with ids and lists them newest first, per account or all', () => {
    const store = testStore();
    const a = addAccount(store);
    const first = store.events.add({
      accountId: a,
      at: T0,
      level: 'warning',
      kind: 'threshold',
      messageId: 'alert.threshold',
      params: { percent: 80, window: '5-hour' },
    });
    const second = store.events.add({
      accountId: null,
      at: T0 + 1,
      level: 'info',
      kind: 'notice',
      messageId: 'notice.db_moved',
      params: {},
    });
    expect(first).toEqual({
      id: first.id,
      accountId: a,
      at: T0,
      level: 'warning',
      kind: 'threshold',
      messageId: 'alert.threshold',
      params: { percent: 80, window: '5-hour' },
    });
    expect(store.events.list()).toEqual([second, first]);
    expect(store.events.list(1)).toEqual([second]);
    expect(store.events.list(10, a)).toEqual([first]);
  });

  it('prunes old events in bounded chunks', () => {
    const store = testStore();
    for (let i = 0; i < 10; i++)
      store.events.add({
        accountId: null,
        at: T0 + i,
        level: 'info',
        kind: 'notice',
        messageId: 'm',
        params: {},
      });
    expect(store.events.prune(T0 + 8, 5)).toBe(5);
    expect(store.events.prune(T0 + 8, 5)).toBe(3);
    expect(store.events.prune(T0 + 8, 5)).toBe(0);
    expect(store.events.list().map((e) => e.at)).toEqual([T0 + 9, T0 + 8]);
  });
});
