// Splits an AccountSnapshot into a "shape" (everything that rarely changes: provider, status, plan,
// window kinds/labels/units/scopes, currencies, packages, error) and a compact blob of the numbers
// that change on every poll. Shapes are deduplicated in their own table, so a raw row costs ~50
// bytes instead of ~500 for JSON. `joinSnapshot(splitSnapshot(s))` deep-equals `s`.
import type {
  AccountSnapshot,
  ProviderId,
  QuotaUnit,
  QuotaWindow,
  ResourcePackage,
  SnapshotError,
  SnapshotStatus,
  Wallet,
  WindowKind,
} from '@contract';
import { ByteReader, type ByteWriter } from './byte-codec';

/** The non-numeric part of a snapshot, stored once per distinct value (JSON in the shapes table). */
export interface SnapshotShape {
  p: ProviderId;
  s: SnapshotStatus;
  n: string | null;
  /** Windows: kind, label, windowMinutes, unit, scope. */
  w: [WindowKind, string, number | null, QuotaUnit, string | null][];
  /** Wallets: currency, usable. */
  m: [string, boolean | null][];
  /** Packages: name, model, unit. */
  k: [string, string | null, QuotaUnit][];
  e: SnapshotError | null;
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

// Adapters compute usedPercent from used/limit in one of two float orders; recognising both lets the
// blob say "derived" in one byte instead of storing an ugly double in nine.
function percentA(used: number | null, limit: number | null): number | null {
  return used === null || limit === null ? null : clampPercent((used / limit) * 100);
}
function percentB(used: number | null, limit: number | null): number | null {
  return used === null || limit === null ? null : clampPercent((used * 100) / limit);
}
function difference(limit: number | null, used: number | null): number | null {
  return used === null || limit === null ? null : limit - used;
}

/** Writes the snapshot's changing numbers into `writer` (after a reset), in shape order. */
export function writeNumbers(snapshot: AccountSnapshot, writer: ByteWriter): void {
  const base = snapshot.fetchedAt;
  writer.reset();
  for (const w of snapshot.windows) {
    writer.number(w.used);
    writer.number(w.limit);
    writer.numberOr(w.usedPercent, percentA(w.used, w.limit), percentB(w.used, w.limit));
    writer.numberOr(w.remaining, difference(w.limit, w.used));
    writer.relative(w.resetsAt, base);
  }
  for (const m of snapshot.wallets) {
    writer.number(m.available);
    writer.number(m.granted);
    writer.number(m.paid);
    writer.number(m.frozen);
    writer.number(m.spent);
  }
  for (const k of snapshot.packages) {
    writer.number(k.total);
    writer.number(k.remaining);
    writer.relative(k.expiresAt, base);
  }
}

/** The snapshot's shape (canonical: stringify it to get the deduplication key). */
export function shapeOf(snapshot: AccountSnapshot): SnapshotShape {
  return {
    p: snapshot.provider,
    s: snapshot.status,
    n: snapshot.planName,
    w: snapshot.windows.map((w) => [w.kind, w.label, w.windowMinutes, w.unit, w.scope]),
    m: snapshot.wallets.map((m) => [m.currency, m.usable]),
    k: snapshot.packages.map((k) => [k.name, k.model, k.unit]),
    e: snapshot.error,
  };
}

/** Returns the snapshot's shape as canonical JSON and writes its numbers into `writer`. */
export function splitSnapshot(snapshot: AccountSnapshot, writer: ByteWriter): string {
  writeNumbers(snapshot, writer);
  return JSON.stringify(shapeOf(snapshot));
}

/** True when `snapshot` has exactly `shape` (a cheap check that spares building and hashing JSON). */
export function hasShape(shape: SnapshotShape, snapshot: AccountSnapshot): boolean {
  if (shape.p !== snapshot.provider || shape.s !== snapshot.status || shape.n !== snapshot.planName)
    return false;
  if (shape.e !== null || snapshot.error !== null) return false;
  if (shape.w.length !== snapshot.windows.length) return false;
  if (shape.m.length !== snapshot.wallets.length || shape.k.length !== snapshot.packages.length) return false;
  for (let i = 0; i < shape.w.length; i++) {
    const entry = shape.w[i];
    const w = snapshot.windows[i];
    if (!entry || !w) return false;
    const [kind, label, minutes, unit, scope] = entry;
    if (
      w.kind !== kind ||
      w.label !== label ||
      w.windowMinutes !== minutes ||
      w.unit !== unit ||
      w.scope !== scope
    ) {
      return false;
    }
  }
  for (let i = 0; i < shape.m.length; i++) {
    const entry = shape.m[i];
    const m = snapshot.wallets[i];
    if (!entry || m?.currency !== entry[0] || m.usable !== entry[1]) return false;
  }
  for (let i = 0; i < shape.k.length; i++) {
    const entry = shape.k[i];
    const k = snapshot.packages[i];
    if (!entry || k?.name !== entry[0] || k.model !== entry[1] || k.unit !== entry[2]) return false;
  }
  return true;
}

/** Rebuilds the exact snapshot from its shape, its time and its number blob. */
export function joinSnapshot(shape: SnapshotShape, fetchedAt: number, nums: Uint8Array): AccountSnapshot {
  const r = new ByteReader(nums);
  const windows: QuotaWindow[] = shape.w.map(([kind, label, windowMinutes, unit, scope]) => {
    const used = r.number();
    const limit = r.number();
    const usedPercent =
      r.number(
        () => percentA(used, limit),
        () => percentB(used, limit),
      ) ?? Number.NaN;
    const remaining = r.number(() => difference(limit, used));
    const resetsAt = r.relative(fetchedAt);
    return { kind, label, windowMinutes, usedPercent, used, limit, remaining, unit, resetsAt, scope };
  });
  const wallets: Wallet[] = shape.m.map(([currency, usable]) => ({
    currency,
    available: r.number(),
    granted: r.number(),
    paid: r.number(),
    frozen: r.number(),
    spent: r.number(),
    usable,
  }));
  const packages: ResourcePackage[] = shape.k.map(([name, model, unit]) => ({
    name,
    model,
    unit,
    total: r.number(),
    remaining: r.number(),
    expiresAt: r.relative(fetchedAt),
  }));
  return {
    provider: shape.p,
    fetchedAt,
    status: shape.s,
    planName: shape.n,
    windows,
    wallets,
    packages,
    error: shape.e,
  };
}
