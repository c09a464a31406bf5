/**
 * An exact fraction `num / den` with `den > 0`. The kernel keeps a quotient
 * that has no finite form (a bolus part `volume × elapsed / duration`, an
 * instant between two seconds) as such a pair: it compares fractions by
 * cross-multiplication and turns one into a number only through
 * `core/rounding/`, in a stated direction.
 *
 * @example
 * import type { ExactFraction } from './ExactFraction.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * // 28.8 s: 0.0001 mL (8640 base units) at 0.3 mL/day (300 base flow units)
 * const t: ExactFraction<ReturnType<typeof A.fromInteger>> = { num: A.fromInteger(8640n), den: A.fromInteger(300n) };
 *
 * Implements REQ-ARITH-001.
 * @since 0.1.0
 */
export interface ExactFraction<N> {
  readonly num: N;
  readonly den: N;
}
