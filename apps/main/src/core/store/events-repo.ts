// The event log: alerts and errors as i18n message ids with parameters, newest first.
import type { AlertDto } from '@contract';
import type { Db } from './migrations';
import type { EventsRepo, NewAlert } from './types';

interface DbEvent {
  id: number;
  at: number;
  account_id: string | null;
  level: string;
  kind: string;
  message_id: string;
  params: string;
}

function toAlert(r: DbEvent): AlertDto {
  let params: AlertDto['params'] = {};
  try {
    params = JSON.parse(r.params) as AlertDto['params'];
  } catch {
    // A damaged params column must not hide the alert itself.
  }
  return {
    id: r.id,
    accountId: r.account_id,
    at: r.at,
    level: r.level as AlertDto['level'],
    kind: r.kind as AlertDto['kind'],
    messageId: r.message_id,
    params,
  };
}

/** Builds the events repository. */
export function createEventsRepo(db: Db): EventsRepo {
  const add = db.prepare(
    'INSERT INTO events (at, account_id, level, kind, message_id, params) VALUES (@at, @account_id, @level, @kind, @message_id, @params)',
  );
  const list = db.prepare<[number], DbEvent>('SELECT * FROM events ORDER BY id DESC LIMIT ?');
  const listFor = db.prepare<[string, number], DbEvent>(
    'SELECT * FROM events WHERE account_id = ? ORDER BY id DESC LIMIT ?',
  );
  const prune = db.prepare<[number, number]>(
    'DELETE FROM events WHERE id IN (SELECT id FROM events WHERE at < ? ORDER BY at LIMIT ?)',
  );
  return {
    add(alert: NewAlert): AlertDto {
      const result = add.run({
        at: alert.at,
        account_id: alert.accountId,
        level: alert.level,
        kind: alert.kind,
        message_id: alert.messageId,
        params: JSON.stringify(alert.params),
      });
      return { ...alert, id: Number(result.lastInsertRowid) };
    },
    list: (limit = 100, accountId?: string) =>
      (accountId === undefined ? list.all(limit) : listFor.all(accountId, limit)).map(toAlert),
    prune: (beforeMs, maxRows) => prune.run(beforeMs, maxRows).changes,
  };
}
