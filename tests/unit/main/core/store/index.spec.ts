import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { DEFAULT_SETTINGS } from '@contract';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../apps/main/src/core/store/index';
import { addAccount, planSnapshot, T0, tempDir, testStore } from './helpers';

describe('store.deleteAll', () => {
  it('wipes accounts, secrets, history, events and settings, keeps the vault header and a valid file', () => {
    const dir = tempDir();
    const store = testStore({ dataDir: dir, now: () => T0 + 3_600_000 });
    const id = addAccount(store);
    const marker = 'zz-old-history-plan-name-zz';
    store.secrets.put(id, Buffer.from('ciphertext'), 'sk-…abcd');
    store.snapshots.insertMany(
      Array.from({ length: 100 }, (_, i) => ({
        accountId: id,
        snapshot: planSnapshot(T0 + i * 10_000, i, { planName: marker }),
      })),
    );
    store.maintenance.step({ maxRows: 10_000 }, T0 + 3_600_000);
    store.events.add({ accountId: null, at: T0, level: 'info', kind: 'notice', messageId: 'm', params: {} });
    store.settings.update({ theme: 'dark' });
    store.meta.set('vault.header', 'header');

    store.deleteAll();
    expect(store.accounts.list()).toEqual([]);
    expect(store.secrets.get(id)).toBeNull();
    expect(store.snapshots.countFor(id)).toBe(0);
    expect(store.events.list()).toEqual([]);
    expect(store.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.meta.get('vault.header')).toBe('header');

    // Still usable, and the old history is gone from the file's bytes too.
    const again = addAccount(store);
    store.snapshots.insert(again, planSnapshot(T0));
    expect(store.snapshots.latest(again)).toStrictEqual(planSnapshot(T0));
    store.close();
    expect(readFileSync(store.file).includes(Buffer.from(marker))).toBe(false);
    const db = new Database(store.file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('store.close', () => {
  it('can be called twice', () => {
    const store = openStore({ dataDir: tempDir() });
    store.close();
    expect(() => store.close()).not.toThrow();
  });
});
