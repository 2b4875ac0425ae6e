import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migration0010 } from '../../apps/main/src/core/store/migrations/0010-initial';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function freshDb(): Database.Database {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cpms-mig-'));
  const db = new Database(path.join(dir, 'cpms.db'));
  db.pragma('foreign_keys = ON');
  return db;
}

function columns(db: Database.Database, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
}

describe('migration 0010-initial', () => {
  it('is version 10 and creates every table with its columns', () => {
    const db = freshDb();
    expect(migration0010.version).toBe(10);
    db.transaction(() => migration0010.up(db))();
    expect(columns(db, 'accounts')).toEqual([
      'num',
      'id',
      'provider',
      'region',
      'model',
      'label',
      'base_url',
      'settings',
      'sort_order',
      'created_at',
      'updated_at',
    ]);
    expect(columns(db, 'secrets')).toEqual(['account_id', 'ciphertext', 'key_mask']);
    expect(columns(db, 'snapshots')).toEqual(['acc', 't', 'shape', 'nums']);
    expect(columns(db, 'account_state')).toEqual(['acc', 'last_t', 'ok_t', 'minute_wm', 'hour_wm']);
    expect(columns(db, 'rollups_1m')).toEqual(['acc', 't', 'series', 'stats']);
    expect(columns(db, 'rollups_1h')).toEqual(['acc', 't', 'series', 'stats']);
    expect(columns(db, 'snapshot_shapes')).toEqual(['id', 'body']);
    expect(columns(db, 'series_sets')).toEqual(['id', 'body']);
    expect(columns(db, 'settings')).toEqual(['key', 'value']);
    expect(columns(db, 'meta')).toEqual(['key', 'value']);
    expect(columns(db, 'events')).toEqual([
      'id',
      'at',
      'account_id',
      'level',
      'kind',
      'message_id',
      'params',
    ]);
    const withoutRowid = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%' ORDER BY name",
      )
      .all();
    expect(withoutRowid).toEqual([{ name: 'rollups_1h' }, { name: 'rollups_1m' }, { name: 'snapshots' }]);
    db.close();
  });

  it('cascades an account delete to its secret, history, state and events', () => {
    const db = freshDb();
    migration0010.up(db);
    db.exec(`
      INSERT INTO accounts (num, id, provider, label, created_at, updated_at) VALUES (1, 'a', 'glm', 'A', 0, 0), (2, 'b', 'glm', 'B', 0, 0);
      INSERT INTO secrets VALUES ('a', x'00', 'm'), ('b', x'00', 'm');
      INSERT INTO account_state (acc) VALUES (1), (2);
      INSERT INTO snapshots VALUES (1, 10, 1, x''), (2, 10, 1, x'');
      INSERT INTO rollups_1m VALUES (1, 0, 1, x''), (2, 0, 1, x'');
      INSERT INTO rollups_1h VALUES (1, 0, 1, x''), (2, 0, 1, x'');
      INSERT INTO events (at, account_id, level, kind, message_id) VALUES (1, 'a', 'info', 'notice', 'm'), (1, NULL, 'info', 'notice', 'm');
      DELETE FROM accounts WHERE id = 'a';
    `);
    for (const table of ['secrets', 'account_state', 'snapshots', 'rollups_1m', 'rollups_1h']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 1 });
    }
    expect(db.prepare('SELECT account_id FROM events').all()).toEqual([{ account_id: null }]);
    expect(() => db.exec("INSERT INTO snapshots VALUES (9, 1, 1, x'')")).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
