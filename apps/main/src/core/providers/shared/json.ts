// Lenient readers for provider JSON. A missing or unusable field reads as null (never 0), so the
// parser above can decide whether the payload is still understood.

export type JsonRecord = Record<string, unknown>;

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DECIMAL = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/** A finite number, or a decimal string (MiniMax and DeepSeek send money as strings), else null. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && DECIMAL.test(value)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A non-empty trimmed string, else null. */
export function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  return s.length > 0 ? s : null;
}

/** A boolean, else null. */
export function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** The first of `keys` that holds a number. */
export function firstNum(record: JsonRecord, keys: readonly string[]): number | null {
  for (const key of keys) {
    const n = num(record[key]);
    if (n !== null) return n;
  }
  return null;
}

/** The first of `keys` that holds a non-empty string. */
export function firstStr(record: JsonRecord, keys: readonly string[]): string | null {
  for (const key of keys) {
    const s = str(record[key]);
    if (s !== null) return s;
  }
  return null;
}

/** A provider code (number or string) as a string, for SnapshotError.providerCode. */
export function codeString(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return str(value);
}
