import { engineError, type EngineError } from '../../core/index.js';

/**
 * The most errors one list reports (a decoder's, a command's). The rest add
 * nothing a person can act on and would only make the response large (50 000
 * unknown fields would otherwise answer with some 10 MB of errors).
 *
 * Implements REQ-INPUT-002.
 * @since 0.1.0
 */
export const MAX_ERRORS = 100;

const LEFT_OUT = /^([0-9]+) more errors? left out/;

/** How many errors a truncation entry says were left out (0 for any other entry). */
function leftOutBy(e: EngineError): number {
  if (e.code !== 'ERRORS_TRUNCATED') return 0;
  const m = LEFT_OUT.exec(e.message);
  return m === null ? 0 : Number(m[1]);
}

/**
 * The entry that ends a capped list: `ERRORS_TRUNCATED` at path `""`,
 * "N more errors left out".
 *
 * @example
 * import { errorsLeftOut } from './capErrors.js';
 * errorsLeftOut(3).message; // "3 more errors left out (only the first 100 are listed)"
 *
 * Implements REQ-INPUT-002.
 * @since 0.1.0
 */
export function errorsLeftOut(n: number): EngineError {
  return engineError('ERRORS_TRUNCATED', '', `${n} more error${n === 1 ? '' : 's'} left out (only the first ${MAX_ERRORS} are listed)`);
}

/**
 * Caps a list of errors at {@link MAX_ERRORS}: the first 100, in the order
 * given (path order for a decoder), then, when more were found, one
 * `ERRORS_TRUNCATED` entry saying how many were left out. Idempotent: a list
 * already capped (by a decoder, then again by the wire response) keeps one
 * truncation entry with the total left out. The caller decides the exit
 * class from the whole list before capping (`errorResponse` does).
 *
 * @example
 * import { capErrors } from './capErrors.js';
 * const many = Array.from({ length: 250 }, (_, i) => ({ code: 'UNKNOWN_FIELD' as const, path: `x${i}`, message: 'unknown field' }));
 * capErrors(many).length; // 101
 * capErrors(many)[100]; // { code: 'ERRORS_TRUNCATED', path: '', message: '150 more errors left out (only the first 100 are listed)' }
 * capErrors(capErrors(many)).length; // 101 (idempotent)
 *
 * Implements REQ-INPUT-002.
 * @since 0.1.0
 */
export function capErrors(errors: readonly EngineError[]): EngineError[] {
  if (errors.length <= MAX_ERRORS) return [...errors];
  const real = errors.filter((e) => e.code !== 'ERRORS_TRUNCATED');
  const earlier = errors.reduce((n, e) => n + leftOutBy(e), 0);
  const kept = real.slice(0, MAX_ERRORS);
  const leftOut = earlier + real.length - kept.length;
  const out = leftOut > 0 ? [...kept, errorsLeftOut(leftOut)] : kept;
  return out.length > 0 ? out : errors.slice(0, MAX_ERRORS);
}
