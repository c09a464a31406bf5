import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../errors/EngineError.js';
import { DIMENSIONS, DIMENSION_EXAMPLE, type Dimension } from './dimension.js';
import { isUnitProblem, parseUnit } from './parseUnit.js';
import { MAX_PATH_LENGTH, guardParseArguments } from '../request/guardValues.js';
import { UNIT_TABLE } from './_internals/unitTable.js';
import { plainDecimal } from './_internals/printScaled.js';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../request/bounds.js';
import type { Quantity } from './Quantity.js';

export { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../request/bounds.js';

const QUANTITY = /^(-?)([0-9]+)(?:\.([0-9]+))? ([^ ]+)$/;

/**
 * Parses a wire-format quantity string and checks its dimension.
 *
 * Refuses, each with its own code and the field's path: JSON numbers
 * (`NUMBER_FOR_QUANTITY`), exponents, missing leading zeros, `+`, commas
 * (`INVALID_QUANTITY`), `µg`/`ug`/`cc`/`U` (`REFUSED_UNIT`, naming the accepted
 * spelling), unknown units, the wrong dimension (`WRONG_DIMENSION`) and more
 * than 12 digits either side of the point (`QUANTITY_OUT_OF_RANGE`).
 *
 * Fail-closed entry: the input is re-validated first (`guardParseArguments`), from own
 * data properties only; anything the decoder could not have produced is a coded error (`REQUEST_NOT_WELL_FORMED`, or the decoder's code for the same rule) with the path of the first bad field, never an exception.
 *
 * @example
 * import { parseQuantity } from './parseQuantity.js';
 * const q = parseQuantity('doseRate', '3 mg/day', 'therapy.dose');
 * // q is Right({ dim: 'doseRate', base: 3000000 })  (3 mg/day = 3 000 000 ng/day)
 * const bad = parseQuantity('doseRate', '3 ug/day', 'therapy.dose');
 * // bad is Left({ code: 'REFUSED_UNIT', path: 'therapy.dose', ... })
 *
 * Implements REQ-UNIT-001, REQ-UNIT-003, REQ-UNIT-004, REQ-UNIT-005 (no JSON numbers, no exponents), REQ-EMBED-001, REQ-PERF-102 (the unit table parsed once; the base value made from one exact integer).
 * @since 0.1.0
 */
export function parseQuantity<D extends Dimension>(dimGiven: D, input: unknown, pathGiven: string): E.Either<EngineError, Quantity<D, Exact>> {
  // the arguments the guard admits, checked without building its copy (a string path within the bound, a dimension exactly)
  const plain = typeof pathGiven === 'string' && pathGiven.length <= MAX_PATH_LENGTH && typeof dimGiven === 'string' && DIMENSIONS.includes(dimGiven);
  const args = plain ? undefined : guardParseArguments(dimGiven, pathGiven);
  if (args !== undefined && E.isLeft(args)) return E.left(args.left[0] ?? engineError('REQUEST_NOT_WELL_FORMED', '', 'parseQuantity: not well formed'));
  const dim = (args === undefined ? dimGiven : args.right.dim) as D;
  const path = args === undefined ? pathGiven : args.right.path;
  if (typeof input === 'number') {
    return E.left(engineError('NUMBER_FOR_QUANTITY', path, `a JSON number is not accepted for a quantity; write ${DIMENSION_EXAMPLE[dim]} as a string`));
  }
  if (typeof input !== 'string') {
    return E.left(engineError('WRONG_TYPE', path, `expected ${DIMENSION_EXAMPLE[dim]} as a string`));
  }
  if (input.length > 64) {
    return E.left(engineError('QUANTITY_OUT_OF_RANGE', path, 'a quantity string is at most 64 characters'));
  }
  const m = QUANTITY.exec(input);
  if (m === null) {
    return E.left(engineError('INVALID_QUANTITY', path, `"${input}" is not "<decimal> <unit>" (plain decimal with a leading zero, no exponent, no "+", one space, e.g. ${DIMENSION_EXAMPLE[dim]})`));
  }
  const [, sign = '', intPart = '', fracPart = '', unitText = ''] = m;
  if (intPart.replace(/^0+(?=[0-9])/, '').length > MAX_INTEGER_DIGITS || fracPart.length > MAX_FRACTION_DIGITS) {
    return E.left(engineError('QUANTITY_OUT_OF_RANGE', path, `"${input}" has more than ${MAX_INTEGER_DIGITS} digits before or ${MAX_FRACTION_DIGITS} after the decimal point`));
  }
  const known = UNIT_TABLE.get(unitText);
  const unit = known === undefined ? parseUnit(unitText) : known.unit;
  if (isUnitProblem(unit)) {
    return E.left(engineError(unit.code, path, unit.message));
  }
  if (unit.dim !== dim) {
    return E.left(engineError('WRONG_DIMENSION', path, `"${input}" is a ${unit.dim}, but this field needs ${DIMENSION_EXAMPLE[dim]}`));
  }
  if (known !== undefined && known.places >= 0) {
    // base = ±int.frac × num / 10^places: one exact integer over a power of ten, made into a decimal once (REQ-PERF-102)
    const n = BigInt(`${intPart}${fracPart}`) * unit.num;
    return E.right({ dim, base: n === 0n ? A.zero : A.fromDecimalString(plainDecimal(sign === '-' ? -n : n, fracPart.length + known.places)) });
  }
  const value = A.fromDecimalString(`${sign}${intPart}${fracPart === '' ? '' : `.${fracPart}`}`);
  // den is always a power of ten (see units.ts), so this division is exact.
  const base = value.times(unit.num.toString()).dividedBy(unit.den.toString());
  return E.right({ dim, base: base.isZero() ? A.zero : base });
}
