import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzProfile } from '../../../properties/_internals/fuzzProfile.js';
import { Rational } from '../../../spec/reference/Rational.js';

/** A rational from any numerator and a non-zero denominator of either sign, integers often. */
const rational = fc.tuple(fc.bigInt({ min: -10_000n, max: 10_000n }), fc.oneof(fc.constant(1n), fc.constant(-1n), fc.bigInt({ min: -500n, max: 500n }).filter((d) => d !== 0n)))
  .map(([n, d]) => Rational.of(n, d));

/** The value and form the definition gives: cross-multiplied, then normalised by `of` in full (a gcd taken). */
const byDefinition = (num: bigint, den: bigint): string => {
  const sign = den < 0n ? -1n : 1n;
  let [x, y] = [num < 0n ? -num : num, den < 0n ? -den : den];
  while (y !== 0n) [x, y] = [y, x % y];
  return Rational.of((sign * num) / x, (sign * den) / x).toString();
};

describe('Rational', () => {
  it('[REQ-REF-001] normalises sign and common factors', () => {
    expect(Rational.of(2n, -4n).toString()).toBe('-1/2');
    expect(Rational.of(0n, 7n).toString()).toBe('0');
    expect(Rational.of(1n, 3n).add(Rational.of(1n, 6n)).toString()).toBe('1/2');
  });
  it('[REQ-REF-001] floor and ceil round toward minus and plus infinity', () => {
    expect(Rational.of(-7n, 2n).floor()).toBe(-4n);
    expect(Rational.of(-7n, 2n).ceil()).toBe(-3n);
    expect(Rational.of(7n, 2n).floor()).toBe(3n);
    expect(Rational.of(6n, 2n).ceil()).toBe(3n);
  });
  it('[REQ-REF-001] reads plain decimals exactly and refuses anything else', () => {
    expect(Rational.fromDecimal('-0.125').toString()).toBe('-1/8');
    expect(() => Rational.fromDecimal('1e3')).toThrow();
    expect(() => Rational.fromDecimal('.5')).toThrow();
  });
  it('[REQ-REF-001] gcd of rationals is the coarsest common grid', () => {
    expect(Rational.gcd(Rational.of(3n, 2n), Rational.of(5n, 4n)).toString()).toBe('1/4');
    expect(Rational.gcd(Rational.of(600n), Rational.of(14_400n)).toString()).toBe('600');
  });
  it('[REQ-REF-001] the integer shortcuts of add, sub, compare and neg give the normalised result of the general formula', () => {
    fc.assert(fc.property(rational, rational, (a, b) => {
      expect(a.add(b).toString()).toBe(byDefinition(a.num * b.den + b.num * a.den, a.den * b.den));
      expect(a.sub(b).toString()).toBe(byDefinition(a.num * b.den - b.num * a.den, a.den * b.den));
      expect(a.neg().toString()).toBe(byDefinition(-a.num, a.den));
      const d = a.num * b.den - b.num * a.den;
      expect(a.compare(b)).toBe(d < 0n ? -1 : d > 0n ? 1 : 0);
      expect(a.add(b).den > 0n && a.sub(b).den > 0n).toBe(true);
    }), fuzzProfile(2000));
  });
});

