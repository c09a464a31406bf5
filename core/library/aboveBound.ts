import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../errors/EngineError.js';
import type { Dimension } from '../quantity/dimension.js';
import { parseQuantity } from '../quantity/parseQuantity.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { InputBound } from './inputBounds.js';

/**
 * The refusal of a value above its bound, or `undefined` when the value is
 * within it (the bound itself is accepted). The refusal is
 * `QUANTITY_ABOVE_BOUND` at `path`; its message names the bound and says
 * whether it is a device fact (with the source) or an engine bound (with
 * the reason it sits there), so a person can tell the two apart. Never
 * clamps; never throws (a bound that does not parse, a bug, is
 * `INTERNAL_ERROR`).
 *
 * @example
 * import { aboveBound } from './aboveBound.js';
 * import { INPUT_BOUNDS } from './inputBounds.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * import { quantity } from '../quantity/Quantity.js';
 * const ml = (n: bigint) => quantity('volume', A.fromInteger(n * 86_400_000n)); // n mL in base units
 * aboveBound(ml(40n), INPUT_BOUNDS.reservoirVolume, 'pump.reservoir'); // undefined (40 mL is the largest sourced reservoir)
 * aboveBound(ml(41n), INPUT_BOUNDS.reservoirVolume, 'pump.reservoir')?.code; // "QUANTITY_ABOVE_BOUND"
 *
 * Implements REQ-BOUND-001.
 * @since 0.1.0
 */
export function aboveBound<D extends Dimension>(q: Quantity<D, Exact>, bound: InputBound<D>, path: string, shown?: string): EngineError | undefined {
  const max = parseQuantity(bound.dim, bound.value, path);
  if (E.isLeft(max)) return engineError('INTERNAL_ERROR', path, `the bound "${bound.value}" does not parse (a bug); the request was not processed`);
  if (A.compare(q.base, max.right.base) <= 0) return undefined;
  const field = path === '' ? 'the value' : `"${path}"`;
  const why = bound.basis === 'device'
    ? `the largest a real device has: ${bound.rationale} (${bound.source})`
    : `an engine bound, not a device fact: ${bound.rationale}`;
  return engineError('QUANTITY_ABOVE_BOUND', path, `${field} must be at most ${bound.value}${shown === undefined ? '' : ` (got "${shown}")`}; ${bound.value} is ${why}`);
}
