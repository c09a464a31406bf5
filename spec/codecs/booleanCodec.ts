import * as t from 'io-ts';
import { codedFailure } from './codedFailure.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { wireCodec, type WireCodec } from './WireCodec.js';

/**
 * A JSON `true` or `false`; anything else (a string `"true"`, a 0 or 1) is
 * WRONG_TYPE: no coercion.
 *
 * @example
 * import { booleanCodec } from './booleanCodec.js';
 * booleanCodec.decode(true); // Right(true)
 * booleanCodec.decode('true'); // Left: WRONG_TYPE
 *
 * Implements REQ-WIRE-001, REQ-CAP-002.
 * @since 0.1.0
 */
export const booleanCodec: WireCodec<boolean> = wireCodec<boolean>('boolean', (u, c) =>
  (typeof u === 'boolean' ? t.success(u) : codedFailure(u, c, 'WRONG_TYPE', `expected true or false, got ${jsonTypeOf(u)}`)), { type: 'boolean' });
