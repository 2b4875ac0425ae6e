// Deduplicated JSON bodies (snapshot shapes, rollup series sets) referenced by a small integer id.
// Both directions are cached in memory: there are few distinct bodies and they never change.
import type { Db } from './migrations';

export class InternTable<T> {
  private readonly ids = new Map<string, number>();
  private readonly bodies = new Map<number, T>();
  /** Bumped by `clear()`, so callers' own caches of ids can tell they are stale. */
  generation = 0;
  private readonly selectByBody;
  private readonly selectById;
  private readonly insert;

  constructor(db: Db, table: 'snapshot_shapes' | 'series_sets') {
    this.selectByBody = db.prepare<[string], { id: number }>(`SELECT id FROM ${table} WHERE body = ?`);
    this.selectById = db.prepare<[number], { body: string }>(`SELECT body FROM ${table} WHERE id = ?`);
    this.insert = db.prepare<[string]>(`INSERT INTO ${table} (body) VALUES (?)`);
  }

  /** The id of `body`, inserting it on first sight. Call inside the caller's transaction. */
  idOf(body: string): number {
    const cached = this.ids.get(body);
    if (cached !== undefined) return cached;
    const found = this.selectByBody.get(body);
    const id = found ? found.id : Number(this.insert.run(body).lastInsertRowid);
    this.ids.set(body, id);
    return id;
  }

  /** The parsed body of `id`; throws when the id is unknown (a broken reference). */
  bodyOf(id: number): T {
    const cached = this.bodies.get(id);
    if (cached !== undefined) return cached;
    const row = this.selectById.get(id);
    if (!row) throw new Error(`Missing interned body ${id}`);
    const parsed = JSON.parse(row.body) as T;
    this.bodies.set(id, parsed);
    this.ids.set(row.body, id);
    return parsed;
  }

  /** Forgets the caches (after the table was emptied, or a transaction that inserted was rolled back). */
  clear(): void {
    this.generation++;
    this.ids.clear();
    this.bodies.clear();
  }
}
