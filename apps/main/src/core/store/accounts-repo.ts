// Accounts: the user's list of provider accounts, in the user's order.
import { randomUUID } from 'node:crypto';
import type { AccountSettings, ProviderId, Region } from '@contract';
import type { AccountKeys } from './account-keys';
import { StoreError } from './errors';
import type { Db } from './migrations';
import type { AccountRow, AccountsRepo, AccountUpdate, NewAccount } from './types';

interface DbAccount {
  id: string;
  provider: string;
  region: string | null;
  model: string | null;
  label: string;
  base_url: string | null;
  settings: string;
  sort_order: number;
  created_at: number;
  updated_at: number;
}

function parseSettings(text: string): AccountSettings {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

function toRow(r: DbAccount): AccountRow {
  return {
    id: r.id,
    provider: r.provider as ProviderId,
    region: r.region as Region | null,
    model: r.model,
    label: r.label,
    baseUrl: r.base_url,
    settings: parseSettings(r.settings),
    sortOrder: r.sort_order,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const COLUMNS = 'id, provider, region, model, label, base_url, settings, sort_order, created_at, updated_at';

/** Builds the accounts repository. */
export function createAccountsRepo(db: Db, keys: AccountKeys, now: () => number): AccountsRepo {
  const list = db.prepare<[], DbAccount>(
    `SELECT ${COLUMNS} FROM accounts ORDER BY sort_order, created_at, num`,
  );
  const get = db.prepare<[string], DbAccount>(`SELECT ${COLUMNS} FROM accounts WHERE id = ?`);
  const nextOrder = db.prepare<[], { n: number }>(
    'SELECT coalesce(max(sort_order), -1) + 1 AS n FROM accounts',
  );
  const insert = db.prepare(
    `INSERT INTO accounts (${COLUMNS}) VALUES (@id, @provider, @region, @model, @label, @base_url, @settings, @sort_order, @created_at, @updated_at)`,
  );
  const insertState = db.prepare<[number]>('INSERT INTO account_state (acc) VALUES (?)');
  const update = db.prepare(
    `UPDATE accounts SET region = @region, model = @model, label = @label, base_url = @base_url,
       settings = @settings, sort_order = @sort_order, updated_at = @updated_at WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM accounts WHERE id = ?');
  const setOrder = db.prepare<[number, string]>('UPDATE accounts SET sort_order = ? WHERE id = ?');

  const read = (id: string): AccountRow | null => {
    const r = get.get(id);
    return r ? toRow(r) : null;
  };

  const mustRead = (id: string): AccountRow => {
    const row = read(id);
    if (!row) throw new StoreError('not_found', `No account with id ${id}`);
    return row;
  };

  return {
    list: () => list.all().map(toRow),
    get: read,
    insert: db.transaction((input: NewAccount): AccountRow => {
      const at = now();
      const id = input.id ?? randomUUID();
      const result = insert.run({
        id,
        provider: input.provider,
        region: input.region,
        model: input.model,
        label: input.label,
        base_url: input.baseUrl,
        settings: JSON.stringify(input.settings ?? {}),
        sort_order: input.sortOrder ?? nextOrder.get()?.n ?? 0,
        created_at: at,
        updated_at: at,
      });
      insertState.run(Number(result.lastInsertRowid));
      return mustRead(id);
    }),
    update(id, patch: AccountUpdate) {
      const current = read(id);
      if (!current) throw new StoreError('not_found', `No account with id ${id}`);
      const next = { ...current, ...patch };
      update.run({
        id,
        region: next.region,
        model: next.model,
        label: next.label,
        base_url: next.baseUrl,
        settings: JSON.stringify(next.settings),
        sort_order: next.sortOrder,
        updated_at: Math.max(now(), current.updatedAt),
      });
      return mustRead(id);
    },
    remove(id) {
      const removed = remove.run(id).changes > 0;
      keys.forget(id);
      return removed;
    },
    reorder: db.transaction((ids: readonly string[]) => {
      const listed = new Set(ids);
      const rest = list
        .all()
        .map((r) => r.id)
        .filter((id) => !listed.has(id));
      [...ids, ...rest].forEach((id, index) => setOrder.run(index, id));
    }),
  };
}
