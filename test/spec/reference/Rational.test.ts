import { describe, expect, it } from 'vitest';
import { Rational } from '../../../spec/reference/Rational.js';

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
});
