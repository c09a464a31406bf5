import * as t from 'io-ts';
import type { Code } from '../../core/index.js';
import { codedError } from './codedError.js';

/**
 * A failed validation with one coded error at the context's path.
 *
 * @example
 * import { codedFailure } from './codedFailure.js';
 * // in a codec's validate(u, c), for u = 25 at path "therapy.patientBolus.maxPerDay":
 * // return codedFailure(u, c, 'INVALID_INTEGER', 'expected an integer 0..10000');
 *
 * Implements REQ-WIRE-003.
 * @since 0.1.0
 */
export function codedFailure<A = never>(value: unknown, context: t.Context, code: Code, message: string): t.Validation<A> {
  return t.failures([codedError(value, context, code, message)]);
}
