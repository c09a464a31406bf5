/**
 * Integer helpers on BigInt shared by the scaled arithmetic, the quantity
 * printer and the unit parser: the greatest common divisor and the floored
 * quotient. Implements REQ-ARITH-003, REQ-PERF-101.
 */

/** The greatest common divisor of `|a|` and `b` (b >= 0), by Euclid's algorithm; `gcd(a, 0) = |a|`. */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** The quotient of two integers rounded toward minus infinity (BigInt `/` truncates toward zero); `den` not zero. */
export function floorQuotient(num: bigint, den: bigint): bigint {
  const q = num / den;
  return num % den !== 0n && (num < 0n) !== (den < 0n) ? q - 1n : q;
}
