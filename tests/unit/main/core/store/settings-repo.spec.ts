import Database from 'better-sqlite3';
import { DEFAULT_SETTINGS } from '@contract';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../apps/main/src/core/store/index';
import { tempDir, testStore } from './helpers';

describe('store.settings', () => {
  it('starts at DEFAULT_SETTINGS', () => {
    expect(testStore().settings.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges patches (nested groups too) and persists them across a reopen', () => {
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    const next = store.settings.update({
      theme: 'dark',
      retention: { rawDays: 3 },
      widget: { enabled: true },
    });
    expect(next).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      retention: { rawDays: 3, minuteDays: 90 },
      widget: { ...DEFAULT_SETTINGS.widget, enabled: true },
    });
    store.settings.update({ proxyUrl: 'http://127.0.0.1:8080', widget: { accountIds: ['a', 'b'] } });
    store.close();
    const again = testStore({ dataDir: dir });
    expect(again.settings.get()).toEqual({
      ...next,
      proxyUrl: 'http://127.0.0.1:8080',
      widget: { ...next.widget, accountIds: ['a', 'b'] },
    });
  });

  it('clamps numbers: intervals >= 5 s, percents 1..100, retention >= 1 day with minutes outliving raw', () => {
    const store = testStore();
    const s = store.settings.update({
      snapshotIntervalSec: 1,
      trackingIntervalSec: 2.6,
      warnPercent: 0,
      critPercent: 250,
      retention: { rawDays: 0, minuteDays: 0 },
      widget: { opacity: 5 },
    });
    expect(s.snapshotIntervalSec).toBe(5);
    expect(s.trackingIntervalSec).toBe(5);
    expect(s.warnPercent).toBe(1);
    expect(s.critPercent).toBe(100);
    expect(s.retention).toEqual({ rawDays: 1, minuteDays: 1 });
    expect(s.widget.opacity).toBe(1);
    expect(store.settings.update({ retention: { rawDays: 30, minuteDays: 10 } }).retention).toEqual({
      rawDays: 30,
      minuteDays: 30,
    });
  });

  it('ignores wrong types and unknown keys, keeping the values in force', () => {
    const store = testStore();
    store.settings.update({ language: 'en' });
    const patch = {
      language: 'klingon',
      notifications: 'yes',
      snapshotIntervalSec: Number.NaN,
      widget: { accountIds: [1, 2] },
      bogus: 1,
    };
    const s = store.settings.update(patch as unknown as Parameters<typeof store.settings.update>[0]);
    expect(s).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(s).not.toHaveProperty('bogus');
  });

  it('repairs stored values written by hand or by another version', () => {
    const dir = tempDir();
    openStore({ dataDir: dir }).close();
    const db = new Database(`${dir}/cpms.db`);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?), (?, ?), (?, ?)').run(
      'theme',
      '"neon"',
      'warnPercent',
      '{not json',
      'critPercent',
      '90',
    );
    db.close();
    const s = testStore({ dataDir: dir }).settings.get();
    expect(s.theme).toBe('system');
    expect(s.warnPercent).toBe(80);
    expect(s.critPercent).toBe(90);
  });
});
