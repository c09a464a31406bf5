import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import type { Dimension } from '../../quantity/dimension.js';
import { printExact } from '../../quantity/_internals/printExact.js';
import { quantity } from '../../quantity/Quantity.js';
import { quotientUpForUpperBound } from '../../rounding/directedRounding.js';
import type { RoundingRecord } from '../CompileResult.js';

/**
 * A record of `a / b` rounded to `to`; the exact quotient is printed at 1e-9
 * of the unit (rounded up, marked `≈`, when it has no finite decimal).
 */
export function recordQuotientRounding(
  what: string,
  dim: Dimension,
  unit: string,
  a: Exact,
  b: Exact,
  to: Exact,
  unitBase: Exact,
  direction: RoundingRecord['direction'],
  why: string,
): RoundingRecord {
  const fine = A.mul(unitBase, A.fromDecimalString('0.000000001'));
  const q = quotientUpForUpperBound(A, a, b, fine);
  const from = printExact(quantity(dim, q.value), unit, 'up').text;
  return { what, from: q.changed ? `≈${from}` : from, to: printExact(quantity(dim, to), unit, 'down').text, direction, why };
}
