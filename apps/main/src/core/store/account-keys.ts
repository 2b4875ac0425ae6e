// History tables key on an account's small integer `num`; this maps the public uuid to it, cached.
import { StoreError } from './errors';
import type { Db } from './migrations';

export class AccountKeys {
  private readonly cache = new Map<string, number>();
  private readonly select;

  constructor(db: Db) {
    this.select = db.prepare<[string], { num: number }>('SELECT num FROM accounts WHERE id = ?');
  }

  /** The account's num, or null when there is no such account. */
  numOf(id: string): number | null {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    const row = this.select.get(id);
    if (!row) return null;
    this.cache.set(id, row.num);
    return row.num;
  }

  /** The account's num; throws StoreError 'not_found' when there is no such account. */
  require(id: string): number {
    const num = this.numOf(id);
    if (num === null) throw new StoreError('not_found', `No account with id ${id}`);
    return num;
  }

  forget(id: string): void {
    this.cache.delete(id);
  }

  clear(): void {
    this.cache.clear();
  }
}
