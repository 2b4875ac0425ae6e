import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../../../apps/main/src/core/store/index';
import { planSnapshot, T0, testStore } from './helpers';

describe('store.accounts', () => {
  it('inserts with a generated uuid, timestamps and the next sort order, and reads back', () => {
    let now = T0;
    const store = testStore({ now: () => now });
    const a = store.accounts.insert({
      provider: 'glm',
      region: 'cn',
      model: 'glm-4-plus',
      label: 'A',
      baseUrl: null,
      settings: { glmAuthMode: 'jwt', warnPercent: 70 },
    });
    now += 1000;
    const b = store.accounts.insert({
      provider: 'deepseek',
      region: null,
      model: null,
      label: 'B',
      baseUrl: 'http://127.0.0.1:9/x',
    });
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).toEqual({
      id: a.id,
      provider: 'glm',
      region: 'cn',
      model: 'glm-4-plus',
      label: 'A',
      baseUrl: null,
      settings: { glmAuthMode: 'jwt', warnPercent: 70 },
      sortOrder: 0,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(b.sortOrder).toBe(1);
    expect(b.settings).toEqual({});
    expect(store.accounts.get(b.id)).toEqual(b);
    expect(store.accounts.get('missing')).toBeNull();
    expect(store.accounts.list().map((x) => x.label)).toEqual(['A', 'B']);
  });

  it('keeps a given id and sort order', () => {
    const store = testStore();
    const a = store.accounts.insert({
      id: 'fixed-id',
      provider: 'glm',
      region: null,
      model: null,
      label: 'A',
      baseUrl: null,
      sortOrder: 7,
    });
    expect(a.id).toBe('fixed-id');
    expect(a.sortOrder).toBe(7);
    expect(() =>
      store.accounts.insert({
        id: 'fixed-id',
        provider: 'glm',
        region: null,
        model: null,
        label: 'dup',
        baseUrl: null,
      }),
    ).toThrow(/UNIQUE/);
  });

  it('updates only the given fields and bumps updatedAt', () => {
    let now = T0;
    const store = testStore({ now: () => now });
    const a = store.accounts.insert({
      provider: 'glm',
      region: 'cn',
      model: null,
      label: 'A',
      baseUrl: null,
    });
    now += 5000;
    const u = store.accounts.update(a.id, {
      label: 'Renamed',
      baseUrl: 'https://gw.example',
      settings: { lowBalance: 5 },
    });
    expect(u).toEqual({
      ...a,
      label: 'Renamed',
      baseUrl: 'https://gw.example',
      settings: { lowBalance: 5 },
      updatedAt: T0 + 5000,
    });
    expect(() => store.accounts.update('nope', { label: 'x' })).toThrow(StoreError);
  });

  it('reorders, putting unlisted accounts after the listed ones in their old order', () => {
    const store = testStore();
    const ids = ['A', 'B', 'C', 'D'].map(
      (label) =>
        store.accounts.insert({ provider: 'glm', region: null, model: null, label, baseUrl: null }).id,
    );
    store.accounts.reorder([ids[2]!, ids[0]!]);
    expect(store.accounts.list().map((a) => a.label)).toEqual(['C', 'A', 'B', 'D']);
  });

  it('removes an account with its secret, snapshots, rollups and events', () => {
    const store = testStore({ now: () => T0 + 3_600_000 });
    const keep = store.accounts.insert({
      provider: 'glm',
      region: null,
      model: null,
      label: 'keep',
      baseUrl: null,
    }).id;
    const gone = store.accounts.insert({
      provider: 'glm',
      region: null,
      model: null,
      label: 'gone',
      baseUrl: null,
    }).id;
    for (const id of [keep, gone]) {
      store.secrets.put(id, Buffer.from('cipher'), 'sk-…abcd');
      store.snapshots.insertMany(
        [0, 10_000, 70_000].map((dt) => ({ accountId: id, snapshot: planSnapshot(T0 + dt) })),
      );
      store.events.add({
        accountId: id,
        at: T0,
        level: 'warning',
        kind: 'threshold',
        messageId: 'alert.threshold',
        params: {},
      });
    }
    store.maintenance.step({ maxRows: 1000 }, T0 + 3_600_000);
    expect(store.accounts.remove(gone)).toBe(true);
    expect(store.accounts.remove(gone)).toBe(false);
    expect(store.accounts.get(gone)).toBeNull();
    expect(store.secrets.get(gone)).toBeNull();
    expect(store.snapshots.countFor(gone)).toBe(0);
    expect(store.snapshots.latest(gone)).toBeNull();
    expect(store.rollups.buckets(gone, '1m', { from: 0, to: Infinity })).toEqual([]);
    expect(store.events.list(10, gone)).toEqual([]);
    expect(() => store.snapshots.insert(gone, planSnapshot(T0))).toThrow(StoreError);
    // The other account is untouched.
    expect(store.snapshots.countFor(keep)).toBe(3);
    expect(store.rollups.buckets(keep, '1m', { from: 0, to: Infinity })).toHaveLength(2);
    expect(store.secrets.get(keep)?.keyMask).toBe('sk-…abcd');
    expect(store.events.list(10, keep)).toHaveLength(1);
  });
});
