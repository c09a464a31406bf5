import { decimalArithmetic as A, type Exact } from '../../../core/index.js';

const BILLION = A.fromInteger(1_000_000_000n);
const NANO = A.fromDecimalString('0.000000001');

/**
 * `a / b` in wire form for a rounding record's `from`: exact when it has at
 * most 9 decimals, else rounded up at 1e-9 (the rule of RoundingRecord).
 */
export function exactText(a: Exact, b: Exact): string {
  return A.toDecimalString(A.mul(A.ceilDiv(A.mul(a, BILLION), b), NANO));
}

/** Greatest common divisor of two non-negative integers. */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The exact integer value of an Exact known to be whole. */
export function toBigInt(x: Exact): bigint {
  return BigInt(A.toDecimalString(x));
}
