import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import type { Dimension } from './dimension.js';
import { isUnitProblem, parseUnit } from './parseUnit.js';
import * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../errors/EngineError.js';
import { guardFormatArguments } from '../request/guardValues.js';
import type { Quantity } from './Quantity.js';

/**
 * Which way a value with no finite decimal form is rounded when printed:
 * `up` for maxima (worst-case doses), `down` for minima and for times to an
 * alarm or to empty (the earlier alarm).
 * @since 0.1.0
 */
export type PrintDirection = 'up' | 'down';

/** The finest decimal place tried before a value is declared non-terminating. */
const MAX_PRINT_DIGITS = 24;
/** Non-terminating values are printed at 1e-9 of their unit (the contract asks for 1e-6 or finer). */
const ROUNDED_PRINT_DIGITS = 9;

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
 * Implements REQ-UNIT-006 (outputs in wire form, rounded toward the safe side), REQ-EMBED-001.
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
  // value = base × den / num
  const numerator = A.mul(q.base, A.fromInteger(unit.den));
  const divisor = A.fromInteger(unit.num);
  for (let digits = 0; digits <= MAX_PRINT_DIGITS; digits++) {
    const scale = A.fromInteger(10n ** BigInt(digits));
    const scaled = A.mul(numerator, scale);
    const q0 = A.floorDiv(scaled, divisor);
    if (A.compare(A.mul(q0, divisor), scaled) === 0) {
      return { text: `${toPlain(q0, digits)} ${unitText}`, exact: true };
    }
  }
  const scale = A.fromInteger(10n ** BigInt(ROUNDED_PRINT_DIGITS));
  const scaled = A.mul(numerator, scale);
  const q1 = direction === 'up' ? A.ceilDiv(scaled, divisor) : A.floorDiv(scaled, divisor);
  return { text: `${toPlain(q1, ROUNDED_PRINT_DIGITS)} ${unitText}`, exact: false };
}

/** An integer `n` divided by 10^digits, printed without exponent or trailing zeros. */
function toPlain(n: Exact, digits: number): string {
  const s = A.toDecimalString(n.dividedBy(A.fromInteger(10n ** BigInt(digits))));
  return s === '-0' ? '0' : s;
}
