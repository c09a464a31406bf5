import type * as t from 'io-ts';
import type { Code } from '../../core/index.js';

/**
 * An io-ts validation error that carries a stable code from the `CODES`
 * catalogue; its path is the io-ts context.
 * @since 0.1.0
 */
export interface CodedValidationError extends t.ValidationError {
  readonly code: Code;
  readonly message: string;
}

/**
 * Makes one coded validation error (for checks that collect several).
 *
 * @example
 * import { codedError } from './codedError.js';
 * import { contextAt } from './contextAt.js';
 * // inside a check on therapy.patientBolus (context c):
 * // codedError('2 min', contextAt(c, ['lockout']), 'LOCKOUT_SHORTER_THAN_DURATION', 'lockout 2 min is shorter than the 10 min bolus')
 *
 * Implements REQ-WIRE-003.
 * @since 0.1.0
 */
export function codedError(value: unknown, context: t.Context, code: Code, message: string): CodedValidationError {
  return { value, context, message, code };
}
