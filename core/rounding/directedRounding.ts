import type { ExactArithmetic } from '../arith/ExactArithmetic.js';

/**
 * The only rounding in the core. Each helper's name says which way it rounds
 * and why that way is safe; nothing else in `core/` may round or divide.
 *
 * - toward less drug: programmed rates, bolus volumes, compounded
 *   concentrations (the patient gets at most what was prescribed);
 * - up, for an upper bound: worst-case doses (a bound must never be below the
 *   truth);
 * - down, for a lower bound: least-case doses;
 * - toward the earlier time: alarms, empty reservoir, refill dates.
 *
 * Implements REQ-ROUND-001 (directed rounding only), REQ-ROUND-002 (toward less drug),
 * REQ-ROUND-003 (bounds rounded outward), REQ-ROUND-004 (times rounded earlier).
 * @since 0.1.0
 */
export interface Rounded<N> {
  readonly value: N;
  /** True when rounding changed the value (it must then be reported). */
  readonly changed: boolean;
}

function floorGrid<N>(A: ExactArithmetic<N>, x: N, grid: N): Rounded<N> {
  const value = A.mul(A.floorDiv(x, grid), grid);
  return { value, changed: A.compare(value, x) !== 0 };
}

function ceilGrid<N>(A: ExactArithmetic<N>, x: N, grid: N): Rounded<N> {
  const value = A.mul(A.ceilDiv(x, grid), grid);
  return { value, changed: A.compare(value, x) !== 0 };
}

/**
 * Rounds a rate, volume or concentration down to a multiple of the pump's (or
 * compounder's) grid: the programmed amount is never more than asked.
 *
 * @example
 * import { floorToGridTowardLessDrug } from './directedRounding.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * const r = floorToGridTowardLessDrug(A, A.fromDecimalString('2.27'), A.fromDecimalString('0.1'));
 * // r.value is 2.2 (not 2.3), r.changed is true
 *
 * Implements REQ-ROUND-002.
 * @since 0.1.0
 */
export function floorToGridTowardLessDrug<N>(A: ExactArithmetic<N>, x: N, grid: N): Rounded<N> {
  return floorGrid(A, x, grid);
}

/**
 * The quotient `a / b`, rounded down to a multiple of `grid`: used where a
 * programmed amount is a dose divided by a concentration (or flow).
 * `b` and `grid` must be positive.
 *
 * @example
 * import { quotientTowardLessDrug } from './directedRounding.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * // 1 mg/day at 3 mg/mL on a 0.001 mL/day grid: 0.333 mL/day
 * const r = quotientTowardLessDrug(A, A.fromInteger(1n), A.fromInteger(3n), A.fromDecimalString('0.001'));
 * A.toDecimalString(r.value); // "0.333"
 *
 * Implements REQ-ROUND-002.
 * @since 0.1.0
 */
export function quotientTowardLessDrug<N>(A: ExactArithmetic<N>, a: N, b: N, grid: N): Rounded<N> {
  const value = A.mul(A.floorDiv(a, A.mul(b, grid)), grid);
  return { value, changed: A.compare(A.mul(value, b), a) !== 0 };
}

/**
 * The quotient `a / b` rounded up to a multiple of `grid`: for upper bounds
 * (worst-case doses), which must never fall below the true value.
 *
 * @example
 * import { quotientUpForUpperBound } from './directedRounding.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * A.toDecimalString(quotientUpForUpperBound(A, A.fromInteger(1n), A.fromInteger(3n), A.fromDecimalString('0.001')).value); // "0.334"
 *
 * Implements REQ-ROUND-003.
 * @since 0.1.0
 */
export function quotientUpForUpperBound<N>(A: ExactArithmetic<N>, a: N, b: N, grid: N): Rounded<N> {
  const value = A.mul(A.ceilDiv(a, A.mul(b, grid)), grid);
  return { value, changed: A.compare(A.mul(value, b), a) !== 0 };
}

/**
 * The quotient `a / b` rounded down to a multiple of `grid`: for lower bounds
 * (least-case doses), which must never rise above the true value.
 *
 * @example
 * import { quotientDownForLowerBound } from './directedRounding.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * A.toDecimalString(quotientDownForLowerBound(A, A.fromInteger(2n), A.fromInteger(3n), A.fromDecimalString('0.01')).value); // "0.66"
 *
 * Implements REQ-ROUND-003.
 * @since 0.1.0
 */
export function quotientDownForLowerBound<N>(A: ExactArithmetic<N>, a: N, b: N, grid: N): Rounded<N> {
  return quotientTowardLessDrug(A, a, b, grid);
}

/**
 * Rounds a time (to an alarm, to empty, to refill) down to a multiple of
 * `grid`: the reported time is never later than the true one.
 *
 * @example
 * import { floorTimeTowardEarlier } from './directedRounding.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * A.toDecimalString(floorTimeTowardEarlier(A, A.fromInteger(119n), A.fromInteger(60n)).value); // "60"
 *
 * Implements REQ-ROUND-004.
 * @since 0.1.0
 */
export function floorTimeTowardEarlier<N>(A: ExactArithmetic<N>, t: N, grid: N): Rounded<N> {
  return floorGrid(A, t, grid);
}

/**
 * Rounds an upper bound up to a multiple of `grid`.
 *
 * @example
 * import { ceilToGridForUpperBound } from './directedRounding.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * A.toDecimalString(ceilToGridForUpperBound(A, A.fromDecimalString('2.21'), A.fromDecimalString('0.1')).value); // "2.3"
 *
 * Implements REQ-ROUND-003.
 * @since 0.1.0
 */
export function ceilToGridForUpperBound<N>(A: ExactArithmetic<N>, x: N, grid: N): Rounded<N> {
  return ceilGrid(A, x, grid);
}
