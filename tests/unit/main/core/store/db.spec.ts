import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../../apps/main/src/core/log/logger';
import { openStore, StoreError } from '../../../../../apps/main/src/core/store/index';
import { LATEST_VERSION } from '../../../../../apps/main/src/core/store/migrations';
import { addAccount, planSnapshot, T0, tempDir, testStore } from './helpers';

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('openStore: the database file', () => {
  it('creates cpms.db in WAL mode with foreign keys, a busy timeout and synchronous=NORMAL', () => {
    const dir = tempDir();
    const store = testStore({ dataDir: path.join(dir, 'nested', 'data') });
    expect(store.file).toBe(path.join(dir, 'nested', 'data', 'cpms.db'));
    expect(store.notice).toBeNull();
    store.close();
    const db = new Database(store.file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('sets the connection pragmas on the store connection', () => {
    const dir = tempDir();
    const store = testStore({ dataDir: dir });
    const id = addAccount(store);
    // foreign_keys: a secret for a missing account is refused.
    expect(() => store.secrets.put('no-such-account', Buffer.from('x'), 'm')).toThrow(/FOREIGN KEY/);
    // busy_timeout: a second writer waits instead of failing at once (the lock is released by then).
    const other = new Database(store.file);
    other.pragma('busy_timeout = 5000');
    other.exec('BEGIN IMMEDIATE; COMMIT;');
    other.close();
    store.snapshots.insert(id, planSnapshot(T0));
    expect(store.snapshots.countFor(id)).toBe(1);
  });

  it('refuses a database from a newer CPMS and leaves the file byte-for-byte untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'cpms.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE future (x); INSERT INTO future VALUES (1);');
    db.pragma(`user_version = ${LATEST_VERSION + 990}`);
    db.close();
    const before = sha256(file);
    let error: unknown;
    try {
      openStore({ dataDir: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('newer_version');
    expect((error as StoreError).message).toContain(String(LATEST_VERSION + 990));
    expect((error as StoreError).message).toContain(String(LATEST_VERSION));
    expect((error as StoreError).message).toMatch(/update CPMS/i);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toEqual([]);
  });

  it('moves a garbage file aside with its -wal and -shm, starts fresh and says so', () => {
    const dir = tempDir();
    const file = path.join(dir, 'cpms.db');
    const garbage = Buffer.alloc(4096, 0x5a);
    writeFileSync(file, garbage);
    writeFileSync(`${file}-wal`, 'wal bytes');
    writeFileSync(`${file}-shm`, 'shm bytes');
    const lines: string[] = [];
    const store = testStore({
      dataDir: dir,
      now: () => T0,
      logger: createLogger({ sink: (l) => lines.push(l) }),
    });
    const moved = readdirSync(dir).filter((f) => f.startsWith('cpms.db.corrupt-'));
    expect(moved.sort()).toEqual([
      'cpms.db.corrupt-2025-06-01T12-00-00-000Z',
      'cpms.db.corrupt-2025-06-01T12-00-00-000Z-shm',
      'cpms.db.corrupt-2025-06-01T12-00-00-000Z-wal',
    ]);
    expect(readFileSync(path.join(dir, 'cpms.db.corrupt-2025-06-01T12-00-00-000Z'))).toEqual(garbage);
    expect(store.notice).toContain(path.join(dir, 'cpms.db.corrupt-2025-06-01T12-00-00-000Z'));
    expect(lines.join('\n')).toContain('moved aside');
    // The fresh database works.
    const id = addAccount(store);
    store.snapshots.insert(id, planSnapshot(T0));
    expect(store.snapshots.latest(id)).toEqual(planSnapshot(T0));
  });

  it('moves aside a database whose schema page is damaged, keeping both files when it happens twice', () => {
    const dir = tempDir();
    const file = path.join(dir, 'cpms.db');
    const damage = (): void => {
      const s = testStore({ dataDir: dir });
      addAccount(s);
      s.close();
      const bytes = readFileSync(file);
      // Keep the 100-byte header (so it still looks like SQLite) and ruin the rest of page 1.
      bytes.fill(0xff, 100, 4096);
      writeFileSync(file, bytes);
    };
    damage();
    let t = T0;
    const first = testStore({ dataDir: dir, now: () => t });
    expect(first.notice).toMatch(/corrupt-/);
    expect(first.accounts.list()).toEqual([]);
    first.close();
    damage();
    t = T0; // same timestamp: the second copy must not overwrite the first
    testStore({ dataDir: dir, now: () => t });
    const moved = readdirSync(dir).filter((f) => f.startsWith('cpms.db.corrupt-') && !/-(wal|shm)$/.test(f));
    expect(moved.sort()).toEqual([
      'cpms.db.corrupt-2025-06-01T12-00-00-000Z',
      'cpms.db.corrupt-2025-06-01T12-00-00-000Z-2',
    ]);
    expect(existsSync(file)).toBe(true);
  });
});
