import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import type { Dimension } from './dimension.js';
import { isUnitProblem, parseUnit } from './parseUnit.js';
import * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../errors/EngineError.js';
import { guardFormatArguments } from '../request/guardValues.js';
import type { Quantity } from './Quantity.js';
import { decimalTextToScaled } from '../arith/_internals/decimalText.js';
import { printRatio } from './_internals/printScaled.js';

/**
 * Which way a value with no finite decimal form is rounded when printed:
 * `up` for maxima (worst-case doses), `down` for minima and for times to an
 * alarm or to empty (the earlier alarm).
 * @since 0.1.0
 */
export type PrintDirection = 'up' | 'down';


/** A printed quantity and whether printing rounded it; `error` (and an empty `text`) when the arguments were refused. */
export interface Printed {
  readonly text: string;
  readonly exact: boolean;
  readonly error?: EngineError;
}

/**
 * Prints a quantity in the given unit, exactly when its decimal terminates
 * within 24 places, otherwise rounded at 1e-9 of the unit in the stated
 * direction.
 *
 * Fail-closed entry: the input is re-validated first (`guardFormatArguments`), from own
 * data properties only; anything else gives an empty text with the coded `error`, never an exception.
 *
 * @example
 * import { formatQuantity } from './formatQuantity.js';
 * import { quantity } from './Quantity.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * formatQuantity(quantity('flow', A.fromInteger(300n)), 'mL/day', 'down').text; // "0.3 mL/day"
 *
 * Implements REQ-UNIT-006 (outputs in wire form, rounded toward the safe side), REQ-EMBED-001, REQ-PERF-101
 * (printed on BigInt integers: the fewest places read from the reduced denominator's factors 2 and 5, not tried one by one).
 * @since 0.1.0
 */
export function formatQuantity<D extends Dimension>(qGiven: Quantity<D, Exact>, unitGiven: string, directionGiven: PrintDirection): Printed {
  const args = guardFormatArguments(qGiven, unitGiven, directionGiven);
  if (E.isLeft(args)) {
    const error = args.left[0];
    return error === undefined ? { text: '', exact: false } : { text: '', exact: false, error };
  }
  const { q, unitText, direction } = args.right;
  const unit = parseUnit(unitText);
  if (isUnitProblem(unit) || unit.dim !== q.dim) {
    // A programming error in the caller (unit literals are constants); never reached from input.
    return { text: `${A.toDecimalString(q.base)} ?${unitText}`, exact: false };
  }
  // value = base × den / num, base = n / 10^k: printed on exact integers (the decimal text of base is exact)
  const { n, k } = decimalTextToScaled(A.toDecimalString(q.base));
  const printed = printRatio(n * unit.den, 10n ** BigInt(k) * unit.num, direction);
  return { text: `${printed.digits} ${unitText}`, exact: printed.exact };
}
