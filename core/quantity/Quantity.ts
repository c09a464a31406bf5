import type { Exact } from '../arith/decimalArithmetic.js';
import type { Dimension } from './dimension.js';

/**
 * An exact physical quantity: a dimension and a value in the engine's base
 * units (see `units.ts`). The dimension is a type parameter, so the compiler
 * refuses a `Quantity<'volume'>` where a `Quantity<'doseRate'>` is expected;
 * the `dim` field carries the same fact at run time.
 *
 * Implements REQ-UNIT-002, REQ-UNIT-003.
 * @since 0.1.0
 */
export interface Quantity<D extends Dimension, N = Exact> {
  readonly dim: D;
  /** The value in base units (exact). */
  readonly base: N;
}

/**
 * Makes a quantity from a base-unit value.
 *
 * @example
 * import { quantity } from './Quantity.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * quantity('flow', A.fromInteger(300n)).dim; // "flow"  (300 uL/day)
 *
 * Implements REQ-UNIT-002.
 * @since 0.1.0
 */
export function quantity<D extends Dimension, N>(dim: D, base: N): Quantity<D, N> {
  return { dim, base };
}
