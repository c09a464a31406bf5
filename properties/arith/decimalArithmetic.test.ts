import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../core/index.js';
import { params } from '../_fuzz.js';
import { holds } from '../_internals/holds.js';

/** A decimal as an exact fraction of BigInts: n / 10^k. */
const dec = fc.tuple(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.integer({ min: 0, max: 12 }));
const text = ([n, k]: [bigint, number]): string => {
  const neg = n < 0n;
  const s = (neg ? -n : n).toString().padStart(k + 1, '0');
  const body = k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`;
  return `${neg ? '-' : ''}${body}`;
};
const floorDivBig = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
};

describe('exact arithmetic', () => {
  it('[REQ-ARITH-001] add, sub and mul are exact: they agree with BigInt arithmetic on scaled decimals', () => {
    holds(
      fc.property(dec, dec, (x, y) => {
        const a = A.fromDecimalString(text(x));
        const b = A.fromDecimalString(text(y));
        const k = Math.max(x[1], y[1]);
        const xs = x[0] * 10n ** BigInt(k - x[1]);
        const ys = y[0] * 10n ** BigInt(k - y[1]);
        expect(A.toDecimalString(A.add(a, b))).toBe(A.toDecimalString(A.fromDecimalString(text([xs + ys, k]))));
        expect(A.toDecimalString(A.sub(a, b))).toBe(A.toDecimalString(A.fromDecimalString(text([xs - ys, k]))));
        expect(A.toDecimalString(A.mul(a, b))).toBe(A.toDecimalString(A.fromDecimalString(text([x[0] * y[0], x[1] + y[1]]))));
        expect(A.compare(a, b)).toBe(xs < ys ? -1 : xs > ys ? 1 : 0);
      }),
      params(500),
    );
  });
  it('[REQ-ARITH-001] add, sub, mul and floorDiv stay exact far past 400 digits (the kernel\'s scales: the lcm of up to 49 bolus durations, and products of scaled values)', () => {
    const big = fc.bigInt({ min: -(10n ** 1500n), max: 10n ** 1500n });
    holds(
      fc.property(big, big, (x, y) => {
        const a = A.fromInteger(x);
        const b = A.fromInteger(y);
        expect(A.toDecimalString(A.add(a, b))).toBe((x + y).toString());
        expect(A.toDecimalString(A.sub(a, b))).toBe((x - y).toString());
        expect(A.toDecimalString(A.mul(a, b))).toBe((x * y).toString());
        if (y > 0n) expect(A.toDecimalString(A.floorDiv(a, b))).toBe(floorDivBig(x, y).toString());
      }),
      params(200),
    );
  });
  it('[REQ-ARITH-002] floorDiv and ceilDiv are the exact floor and ceiling of the quotient, for any sign of the dividend', () => {
    holds(
      fc.property(dec, dec.filter(([n]) => n > 0n), (x, y) => {
        const a = A.fromDecimalString(text(x));
        const b = A.fromDecimalString(text(y));
        // a / b = (x0 · 10^y1) / (y0 · 10^x1)
        const num = x[0] * 10n ** BigInt(y[1]);
        const den = y[0] * 10n ** BigInt(x[1]);
        const f = floorDivBig(num, den);
        const c = -floorDivBig(-num, den);
        expect(A.toDecimalString(A.floorDiv(a, b))).toBe(f.toString());
        expect(A.toDecimalString(A.ceilDiv(a, b))).toBe(c.toString());
        expect(A.isInteger(A.floorDiv(a, b))).toBe(true);
      }),
      params(500),
    );
  });
  it('[REQ-ARITH-001] the engine does not read or change the global decimal.js configuration', async () => {
    const { Decimal } = await import('decimal.js');
    const before = Decimal.precision;
    Decimal.set({ precision: 5 });
    try {
      expect(A.toDecimalString(A.mul(A.fromDecimalString('123456.789'), A.fromDecimalString('1000.001')))).toBe('123456912.456789');
    } finally {
      Decimal.set({ precision: before });
    }
  });
});
