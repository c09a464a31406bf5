import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../errors/EngineError.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import { guardFillArguments } from '../request/guardValues.js';
import { quantity } from '../quantity/Quantity.js';

/**
 * Checks a reservoir fill against the pump's capacity: a fill above it is
 * refused (`OVERFILL`: an overfilled reservoir is a risk factor for
 * over-infusion); a zero fill is refused for safety (`EMPTY_RESERVOIR`: a
 * well-formed request that describes a pump that must not run); a negative
 * one is malformed (`NOT_POSITIVE`). `path` names
 * the fill's field. Base volume units.
 *
 * Fail-closed entry: the input is re-validated first (`guardFillArguments`), from own
 * data properties only; anything the decoder could not have produced is a coded error (`REQUEST_NOT_WELL_FORMED`, or the decoder's code for the same rule) with the path of the first bad field, never an exception.
 *
 * @example
 * import { checkFill } from './checkFill.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * const ml = (n: bigint) => A.fromInteger(n * 86_400_000n);
 * checkFill(ml(41n), ml(40n), 'reservoir.fill'); // Left([{ code: 'OVERFILL', path: 'reservoir.fill', ... }])
 * checkFill(ml(40n), ml(40n), 'reservoir.fill'); // Right(40 mL)
 *
 * Implements REQ-RES-002, REQ-RES-006, REQ-EMBED-001, REQ-LIMIT-106.
 * @since 0.1.0
 */
export function checkFill(fillGiven: Exact, capacityGiven: Exact, pathGiven: string): E.Either<EngineError[], Exact> {
  const guarded = guardFillArguments(fillGiven, capacityGiven, pathGiven);
  if (E.isLeft(guarded)) return guarded;
  const { fill, capacity, path } = guarded.right;
  const mL = (x: Exact): string => formatQuantity(quantity('volume', x), 'mL', 'down').text;
  if (A.compare(fill, A.zero) < 0) {
    return E.left([engineError('NOT_POSITIVE', path, `the fill ${mL(fill)} must be greater than zero: a negative volume makes no physical sense`)]);
  }
  if (A.compare(fill, A.zero) === 0) {
    return E.left([engineError('EMPTY_RESERVOIR', path, 'the fill is 0 mL: an empty reservoir delivers nothing, and a pump that must deliver cannot run empty (abrupt withdrawal; baclofen withdrawal can kill); fill the reservoir')]);
  }
  if (A.compare(fill, capacity) > 0) {
    return E.left([engineError('OVERFILL', path, `the fill ${mL(fill)} exceeds the reservoir capacity ${mL(capacity)}`)]);
  }
  return E.right(fill);
}
