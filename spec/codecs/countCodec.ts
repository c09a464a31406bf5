import * as t from 'io-ts';
import { codedFailure } from './codedFailure.js';
import { wireCodec, type WireCodec } from './WireCodec.js';
import { MAX_COUNT } from '../../core/request/bounds.js';

/** The largest count the wire format accepts (defined once, in core/request/bounds.ts). */
export { MAX_COUNT };

/**
 * A count (`maxPerDay`...): a JSON integer from 0 to 1440 ({@link MAX_COUNT},
 * an engine bound), decoded to a `bigint`. A string, a fraction, a negative or
 * a larger number is `INVALID_INTEGER`.
 *
 * @example
 * import { countCodec } from './countCodec.js';
 * countCodec.decode(4);   // Right(4n)
 * countCodec.decode('4'); // Left: INVALID_INTEGER
 * countCodec.decode(2.5); // Left: INVALID_INTEGER
 *
 * Implements REQ-WIRE-006, REQ-BOUND-002.
 * @since 0.1.0
 */
export const countCodec: WireCodec<bigint> = wireCodec<bigint>(`count (integer 0..${MAX_COUNT})`, (u, c) => {
  if (typeof u !== 'number' || !Number.isSafeInteger(u) || u < 0 || u > MAX_COUNT) {
    const shown = typeof u === 'string' ? 'a string' : typeof u === 'number' ? String(u) : typeof u;
    return codedFailure(u, c, 'INVALID_INTEGER', `expected a JSON integer from 0 to ${MAX_COUNT} (not a string; ${MAX_COUNT} a day, one every half hour, is an engine bound), got ${shown}`);
  }
  return t.success(BigInt(u));
}, { type: 'integer', minimum: 0, maximum: MAX_COUNT });
