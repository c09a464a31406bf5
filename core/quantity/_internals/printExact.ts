import { decimalArithmetic as A, isExact, type Exact } from '../../arith/decimalArithmetic.js';
import type { Dimension } from '../dimension.js';
import { formatQuantity, type PrintDirection, type Printed } from '../formatQuantity.js';
import type { Quantity } from '../Quantity.js';
import { UNIT_TABLE } from './unitTable.js';
import { MAX_ENGINE_DIGITS } from '../../request/bounds.js';
import { decimalTextToScaled } from '../../arith/_internals/decimalText.js';
import { printRatio } from './printScaled.js';

/**
 * Prints a quantity the engine itself computed, as `formatQuantity` does,
 * without re-validating it: for the engine's own callers (the compile steps,
 * the limit checks and the wire encoders), whose values are made by the
 * engine's constructor. Anything else (a value not of the engine's own type,
 * a unit not in the table) goes through `formatQuantity` and its guard, so
 * the answer is the same and nothing throws; so does a value beyond the
 * engine's digit bound, which that guard refuses.
 *
 * @example
 * import { printExact } from './printExact.js';
 * import { quantity } from '../Quantity.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * printExact(quantity('flow', A.fromInteger(300n)), 'mL/day', 'down').text; // "0.3 mL/day"
 *
 * Implements REQ-UNIT-006, REQ-PERF-101.
 * @since 0.1.0
 */
export function printExact<D extends Dimension>(q: Quantity<D, Exact>, unitText: string, direction: PrintDirection): Printed {
  const unit = UNIT_TABLE.get(unitText)?.unit;
  if (unit === undefined || unit.dim !== q.dim || !isExact(q.base) || (direction !== 'up' && direction !== 'down')) return formatQuantity(q, unitText, direction);
  const text = A.toDecimalString(q.base);
  const { n, k } = decimalTextToScaled(text);
  // formatQuantity's guard refuses a value beyond the engine's digit bound: such a value takes that path, for the same answer
  if (k > MAX_ENGINE_DIGITS || text.length - k - (k === 0 ? 0 : 1) - (text.startsWith('-') ? 1 : 0) > MAX_ENGINE_DIGITS) return formatQuantity(q, unitText, direction);
  const printed = printRatio(n * unit.den, 10n ** BigInt(k) * unit.num, direction);
  return { text: `${printed.digits} ${unitText}`, exact: printed.exact };
}
