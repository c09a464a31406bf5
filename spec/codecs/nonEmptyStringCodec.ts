import * as t from 'io-ts';
import { codedFailure } from './codedFailure.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { wireCodec, type WireCodec } from './WireCodec.js';

/**
 * A text with content (an override's `reason`, a profile name): a JSON string
 * that is not empty or only white space (`EMPTY_STRING`), at most `maxLength`
 * characters (`INPUT_TOO_LARGE`); not a string is `WRONG_TYPE`. The text is
 * kept as given.
 *
 * @example
 * import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
 * const reason = nonEmptyStringCodec(1000);
 * reason.decode('pain not controlled at 5 mg/day'); // Right('pain not controlled at 5 mg/day')
 * reason.decode('   ');                             // Left: EMPTY_STRING
 *
 * Implements REQ-WIRE-006.
 * @since 0.1.0
 */
export function nonEmptyStringCodec(maxLength: number): WireCodec<string> {
  return wireCodec<string>(`non-empty text (at most ${maxLength} characters)`, (u, c) => {
    if (typeof u !== 'string') return codedFailure(u, c, 'WRONG_TYPE', `expected a non-empty string, got ${jsonTypeOf(u)}`);
    if (u.trim() === '') return codedFailure(u, c, 'EMPTY_STRING', 'must not be empty or only white space');
    if (u.length > maxLength) return codedFailure(u, c, 'INPUT_TOO_LARGE', `at most ${maxLength} characters (got ${u.length})`);
    return t.success(u);
  }, { type: 'string', minLength: 1, maxLength, pattern: '\\S' });
}
