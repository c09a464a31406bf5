import type { ExactArithmetic } from './ExactArithmetic.js';
import { decimalTextToScaled } from './_internals/decimalText.js';
import { floorQuotient } from './_internals/bigintIntegers.js';

/**
 * An exact decimal as two integers: `n / d`, where `d` is a power of ten
 * (`10^k`, `k >= 0`). Nothing else: no float, no precision setting, no
 * rounding mode. Every value the safety kernel computes is such a decimal
 * (inputs are decimals; the kernel only adds, subtracts, multiplies, and
 * divides to a whole quotient with a declared direction), so this type holds
 * every kernel value exactly.
 *
 * Implements REQ-ARITH-003.
 * @since 0.1.0
 */
export interface Scaled {
  /** The numerator: the value times `d`. */
  readonly n: bigint;
  /** A power of ten, at least 1. */
  readonly d: bigint;
}

const TEN = 10n;

/** `d` of the finer of two scales, and each numerator brought to it (exact: one power of ten divides the other). */
function aligned(a: Scaled, b: Scaled): readonly [bigint, bigint, bigint] {
  if (a.d === b.d) return [a.n, b.n, a.d];
  return a.d < b.d ? [a.n * (b.d / a.d), b.n, b.d] : [a.n, b.n * (a.d / b.d), a.d];
}

/** `x` with trailing decimal zeros removed from its scale (the same value, the smallest `d`). */
function reduced(x: Scaled): Scaled {
  let { n, d } = x;
  while (d > 1n && n % TEN === 0n) {
    n /= TEN;
    d /= TEN;
  }
  return { n, d };
}

/**
 * The engine's exact arithmetic on {@link Scaled} integers: the fast path
 * of the kernel (issue: exact fast path). It gives the same exact results as
 * `decimalArithmetic` on every value the kernel meets (a property checks
 * each operation and each kernel function on both), with BigInt operations
 * in place of decimal.js objects. `floorDiv` and `ceilDiv` need a positive
 * divisor, as the kernel's callers guarantee.
 *
 * @example
 * import { scaledArithmetic as S } from './scaledArithmetic.js';
 * S.toDecimalString(S.add(S.fromDecimalString('0.1'), S.fromDecimalString('0.2'))); // "0.3"
 * S.toDecimalString(S.floorDiv(S.fromDecimalString('-7.5'), S.fromInteger(2n))); // "-4"
 * S.toDecimalString(S.mul(S.fromDecimalString('0.0125'), S.fromInteger(24n))); // "0.3"
 *
 * Implements REQ-ARITH-003.
 * @since 0.1.0
 */
export const scaledArithmetic: ExactArithmetic<Scaled> = {
  name: 'scaled BigInt decimals (exact)',
  zero: { n: 0n, d: 1n },
  one: { n: 1n, d: 1n },
  fromInteger: (n) => ({ n, d: 1n }),
  fromDecimalString: (text) => {
    const { n, k } = decimalTextToScaled(text);
    return reduced({ n, d: TEN ** BigInt(k) });
  },
  add: (a, b) => {
    const [x, y, d] = aligned(a, b);
    return { n: x + y, d };
  },
  sub: (a, b) => {
    const [x, y, d] = aligned(a, b);
    return { n: x - y, d };
  },
  mul: (a, b) => reduced({ n: a.n * b.n, d: a.d * b.d }),
  compare: (a, b) => {
    const [x, y] = aligned(a, b);
    return x < y ? -1 : x > y ? 1 : 0;
  },
  floorDiv: (a, b) => ({ n: floorQuotient(a.n * b.d, b.n * a.d), d: 1n }),
  ceilDiv: (a, b) => ({ n: -floorQuotient(-(a.n * b.d), b.n * a.d), d: 1n }),
  toDecimalString: (a) => {
    const x = reduced(a);
    const negative = x.n < 0n;
    const abs = negative ? -x.n : x.n;
    const whole = abs / x.d;
    const digits = x.d.toString().length - 1;
    const fraction = digits === 0 ? '' : `.${(abs % x.d).toString().padStart(digits, '0')}`;
    return `${negative ? '-' : ''}${whole.toString()}${fraction}`;
  },
  isInteger: (a) => a.n % a.d === 0n,
};
