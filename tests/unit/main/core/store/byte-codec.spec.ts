import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../../../apps/main/src/core/store/byte-codec';

function roundTrip(values: (number | null)[]): { back: (number | null)[]; bytes: number } {
  const w = new ByteWriter(4);
  for (const v of values) w.number(v);
  const buf = w.toBuffer();
  const r = new ByteReader(buf);
  const back = values.map(() => r.number());
  expect(r.done).toBe(true);
  return { back, bytes: buf.length };
}

describe('ByteWriter/ByteReader', () => {
  it('round-trips every kind of double exactly, including the awkward ones', () => {
    const values = [
      0,
      1,
      -1,
      814,
      2000,
      40.7,
      40.699999999999996,
      0.1 + 0.2,
      110.01,
      -3.5,
      1e-9,
      123456.1234567,
      2 ** 48,
      2 ** 53 - 1,
      -(2 ** 53),
      1.7e308,
      5e-324,
      Number.MAX_VALUE,
      Number.NaN,
      Infinity,
      -Infinity,
      -0,
      null,
    ];
    const { back } = roundTrip(values);
    back.forEach((v, i) => expect(Object.is(v, values[i])).toBe(true));
  });

  it('stores small integers and short decimals in a few bytes', () => {
    expect(roundTrip([814]).bytes).toBe(2);
    expect(roundTrip([40.7]).bytes).toBe(2);
    expect(roundTrip([null]).bytes).toBe(1);
    // An ugly double falls back to 1 + 8 bytes, never loses precision.
    expect(roundTrip([40.699999999999996]).bytes).toBe(9);
  });

  it('writes a derived marker only when the candidate reproduces the value exactly', () => {
    const w = new ByteWriter();
    w.numberOr(1186, 1186);
    w.numberOr(1185, 1186);
    w.numberOr(7, null, 7);
    w.numberOr(null, 5);
    const buf = w.toBuffer();
    const r = new ByteReader(buf);
    expect(r.number(() => 1186)).toBe(1186);
    expect(r.number(() => 1186)).toBe(1185);
    expect(
      r.number(
        () => 1,
        () => 7,
      ),
    ).toBe(7);
    expect(r.number(() => 5)).toBeNull();
    expect(buf[0]).toBe(2);
  });

  it('writes times relative to a base and falls back to absolute for non-integers', () => {
    const base = 1_789_650_000_000;
    const values = [base + 8_904_374, base - 1, null, 1.5, -0, 0, 2 ** 53 - 1];
    const w = new ByteWriter();
    for (const v of values) w.relative(v, base);
    const r = new ByteReader(w.toBuffer());
    for (const v of values) expect(Object.is(r.relative(base), v)).toBe(true);
  });

  it('grows past its initial capacity and reports truncated input', () => {
    const w = new ByteWriter(1);
    const values = Array.from({ length: 500 }, (_, i) => i * 1.25);
    for (const v of values) w.number(v);
    const buf = w.toBuffer();
    const r = new ByteReader(buf);
    expect(values.map(() => r.number())).toEqual(values);
    expect(() => new ByteReader(buf.subarray(0, 1).fill(0x80)).varint()).toThrow(RangeError);
    expect(() => new ByteReader(Buffer.of(1, 0, 0)).number()).toThrow(RangeError);
  });
});
