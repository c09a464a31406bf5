import * as E from 'fp-ts/lib/Either.js';
import type { Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../errors/EngineError.js';
import type { Dimension } from '../quantity/dimension.js';
import { parseQuantity } from '../quantity/parseQuantity.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { SourcedValue } from './Sourced.js';

/**
 * Parses a library value with the same parser as requests. A library value
 * that does not parse is a bug in the library (a unit test parses every one),
 * reported as INTERNAL_ERROR, never thrown and never replaced by a guess.
 *
 * @example
 * import { parseSourcedValue } from './parseSourcedValue.js';
 * const q = parseSourcedValue({ value: '19.2 mcg/day', dim: 'doseRate', source: 'Prialt US label', grade: 'L', confidence: 'label' });
 * // q is Right({ dim: 'doseRate', base: 19200 })  (19.2 mcg/day = 19 200 ng/day)
 *
 * Implements REQ-LIB-001.
 * @since 0.1.0
 */
export function parseSourcedValue<D extends Dimension>(v: SourcedValue<D>): E.Either<EngineError, Quantity<D, Exact>> {
  return E.mapLeft((e: EngineError) => engineError('INTERNAL_ERROR', '', `library value "${v.value}" (${v.source}) does not parse: ${e.message}`))(parseQuantity(v.dim, v.value, ''));
}
