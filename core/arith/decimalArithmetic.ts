import { Decimal } from 'decimal.js';
import type { ExactArithmetic } from './ExactArithmetic.js';

/**
 * A private decimal.js constructor. `clone` gives it its own configuration, so
 * the engine neither reads nor changes the global `Decimal` settings of the
 * application it is linked into.
 *
 * Precision 20 000 significant digits, so that every `add`, `sub` and `mul`
 * is exact for any value the engine can meet. Request decimals have at most
 * 12 integer and 12 fraction digits, but the kernel's exact scales (the least
 * common multiple of a program's bolus durations: at most 49 of them, each
 * under 10^18 as an integer of 10^-12 s, so under 900 digits) and the
 * products of scaled values (a volume times a scale times a denominator) can
 * reach a few thousand digits; the former 400 digits would have rounded them
 * silently. A larger precision costs nothing on small values: decimal.js
 * rounds a result only when it has more digits than the precision, and the
 * engine never divides except to an integer (`floorDiv`, `ceilDiv`) or by a
 * power of ten, which both end. (A caller who divides an engine value with
 * decimal.js's own `dividedBy` gets up to 20 000 digits.)
 *
 * Its own prototype: `Decimal.clone()` shares one prototype object with every
 * decimal.js constructor in the process, so code of the host that patched
 * `Decimal.prototype.plus` would change the engine's sums. The clone's
 * `prototype` is replaced by a frozen copy of the prototype's own properties,
 * taken when this module loads, on a null prototype (nothing inherited from
 * `Object.prototype`). Every decimal.js method makes its results with
 * `new x.constructor(...)`, and each instance holds its constructor as an own
 * property, so every value the engine computes stays on this prototype.
 */
const D = Decimal.clone({
  precision: 20_000,
  rounding: Decimal.ROUND_FLOOR,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});
const { constructor: _shared, ...methods } = Object.getOwnPropertyDescriptors(Decimal.prototype);
// No `constructor` here: each instance assigns its own, which a frozen inherited one would forbid.
const OWN_PROTOTYPE: object = Object.freeze(Object.create(null, methods) as object);
D.prototype = OWN_PROTOTYPE as Decimal;

/**
 * True when `x` is a decimal of the engine's own type (made by this module's
 * constructor, so on its private prototype). A decimal.js value of the host,
 * a look-alike object or anything else is not: the request guards refuse it.
 *
 * @example
 * import { decimalArithmetic as A, isExact } from './decimalArithmetic.js';
 * isExact(A.fromInteger(3n)); // true
 * isExact('3'); // false
 *
 * Implements REQ-EMBED-004.
 * @since 0.1.0
 */
export function isExact(x: unknown): x is Exact {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === OWN_PROTOTYPE;
}

/** The decimal type the engine computes with. */
export type Exact = Decimal;

/**
 * Exact decimal arithmetic on decimal.js, the engine's default number type.
 *
 * @example
 * import { decimalArithmetic as A } from './decimalArithmetic.js';
 * const third = A.floorDiv(A.fromInteger(10n), A.fromInteger(3n));
 * // third is 3 (an integer, rounded down)
 * A.toDecimalString(third); // "3"
 *
 * Implements REQ-ARITH-001, REQ-ARITH-002.
 * @since 0.1.0
 */
export const decimalArithmetic: ExactArithmetic<Exact> = {
  name: 'decimal.js exact (precision 20 000)',
  zero: new D(0),
  one: new D(1),
  fromInteger: (n) => new D(n.toString()),
  fromDecimalString: (text) => new D(text),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.times(b),
  compare: (a, b) => {
    const c = a.comparedTo(b);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  },
  floorDiv: (a, b) => {
    const q = a.dividedToIntegerBy(b); // truncated toward zero, exact integer at this precision
    const r = a.minus(q.times(b));
    return r.isNegative() && !r.isZero() ? q.minus(1) : q;
  },
  ceilDiv: (a, b) => {
    const q = a.dividedToIntegerBy(b);
    const r = a.minus(q.times(b));
    return r.isPositive() && !r.isZero() ? q.plus(1) : q;
  },
  // decimal.js toFixed() with no argument prints every digit in plain notation: no rounding, no float.
  toDecimalString: (a) => a.toFixed(),
  isInteger: (a) => a.isInteger(),
};
