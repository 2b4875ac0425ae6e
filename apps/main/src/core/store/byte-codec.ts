// Compact, exact encoding of the numbers in snapshots and rollups. A value is one unsigned varint
// header, sometimes followed by 8 bytes:
//   0            null
//   1            float64 follows (little-endian): the fallback that is exact for every double
//   2, 3         "derived": the caller recomputes the value from others (e.g. remaining = limit - used)
//   4 + 8·z + k  decimal m / 10^k with k in 0..7 and z the zigzag of the integer m
// Most provider numbers (integers, money with 2 decimals, times relative to fetchedAt) take 1–4 bytes
// instead of a 20-byte JSON fragment. Exactness is checked at encode time, never assumed.

export const CODE_NULL = 0;
export const CODE_FLOAT = 1;
export const CODE_DERIVED_A = 2;
export const CODE_DERIVED_B = 3;
const DECIMAL_BASE = 4;
const MAX_DECIMALS = 7;
const POW10: readonly number[] = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000];
// Keeps 4 + 8·zigzag(m) + k below 2^53, where Number arithmetic on integers stays exact.
const MAX_MANTISSA = 2 ** 48;

/** Appends bytes to a growable buffer; reused across rows to avoid an allocation per value. */
export class ByteWriter {
  private buf: Buffer;
  private pos = 0;
  constructor(initial = 256) {
    this.buf = Buffer.allocUnsafe(initial);
  }

  reset(): void {
    this.pos = 0;
  }

  /** A copy of the bytes written since the last reset. */
  toBuffer(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.pos));
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  /** Unsigned LEB128 for integers in 0..2^53. */
  varint(value: number): void {
    this.ensure(8);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  float64(value: number): void {
    this.ensure(8);
    this.buf.writeDoubleLE(value, this.pos);
    this.pos += 8;
  }

  /** Writes `value` exactly: null, a short decimal when one round-trips, else a float64. */
  number(value: number | null): void {
    if (value === null) {
      this.varint(CODE_NULL);
      return;
    }
    const decimal = decimalHeader(value);
    if (decimal === null) {
      this.varint(CODE_FLOAT);
      this.float64(value);
    } else {
      this.varint(decimal);
    }
  }

  /** Writes `value`, or the derived marker when one of the candidates reproduces it exactly. */
  numberOr(value: number | null, derivedA: number | null, derivedB: number | null = null): void {
    if (value !== null && derivedA !== null && Object.is(value, derivedA)) this.varint(CODE_DERIVED_A);
    else if (value !== null && derivedB !== null && Object.is(value, derivedB)) this.varint(CODE_DERIVED_B);
    else this.number(value);
  }

  /** Writes an integer time as an offset from `base` (short), else as an absolute float64. */
  relative(value: number | null, base: number): void {
    if (value === null) {
      this.varint(CODE_NULL);
      return;
    }
    const offset = value - base;
    const exact = Number.isSafeInteger(value) && !Object.is(value, -0) && Number.isSafeInteger(offset);
    const header = exact ? decimalHeader(offset) : null;
    if (header === null) {
      this.varint(CODE_FLOAT);
      this.float64(value);
    } else {
      this.varint(header);
    }
  }
}

function decimalHeader(value: number): number | null {
  if (!Number.isFinite(value) || Object.is(value, -0)) return null;
  for (let k = 0; k <= MAX_DECIMALS; k++) {
    const scale = POW10[k] ?? 1;
    const m = Math.round(value * scale);
    if (Math.abs(m) > MAX_MANTISSA) return null;
    if (m / scale === value) {
      const zigzag = m >= 0 ? 2 * m : -2 * m - 1;
      return DECIMAL_BASE + zigzag * 8 + k;
    }
  }
  return null;
}

/** Reads what ByteWriter wrote, in the same order. */
export class ByteReader {
  private pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.buf.length;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new RangeError('Truncated varint');
      const byte = this.buf[this.pos++] ?? 0;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 0x80;
    }
  }

  float64(): number {
    if (this.pos + 8 > this.buf.length) throw new RangeError('Truncated float64');
    const view = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8);
    this.pos += 8;
    return view.getFloat64(0, true);
  }

  /** Reads a value written by `number` or `numberOr`, resolving derived markers from the candidates. */
  number(derivedA: () => number | null = nullFn, derivedB: () => number | null = nullFn): number | null {
    const header = this.varint();
    if (header === CODE_NULL) return null;
    if (header === CODE_FLOAT) return this.float64();
    if (header === CODE_DERIVED_A) return derivedA();
    if (header === CODE_DERIVED_B) return derivedB();
    return decodeDecimal(header);
  }

  /** Reads a value written by `relative`. */
  relative(base: number): number | null {
    const header = this.varint();
    if (header === CODE_NULL) return null;
    if (header === CODE_FLOAT) return this.float64();
    return base + decodeDecimal(header);
  }
}

function nullFn(): null {
  return null;
}

function decodeDecimal(header: number): number {
  const v = header - DECIMAL_BASE;
  const k = v % 8;
  const zigzag = (v - k) / 8;
  const m = zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
  return m / (POW10[k] ?? 1);
}
