import * as t from 'io-ts';
import { codedFailure } from './codedFailure.js';
import { wireCodec, type WireCodec } from './WireCodec.js';

/**
 * One of a fixed set of strings (case-sensitive); anything else is
 * `INVALID_VALUE`, with the allowed values in the message.
 *
 * @example
 * import { enumCodec } from './enumCodec.js';
 * const mode = enumCodec(['continuous', 'flex']);
 * mode.decode('flex');       // Right('flex')
 * mode.decode('Continuous'); // Left: INVALID_VALUE
 *
 * Implements REQ-WIRE-006.
 * @since 0.1.0
 */
export function enumCodec<const V extends string>(values: readonly [V, ...V[]]): WireCodec<V> {
  const allowed = values.map((v) => `"${v}"`).join(', ');
  return wireCodec<V>(`one of ${allowed}`, (u, c) => {
    const hit = typeof u === 'string' ? values.find((v) => v === u) : undefined;
    if (hit === undefined) {
      const shown = typeof u === 'string' ? JSON.stringify(u.slice(0, 64)) : typeof u;
      return codedFailure(u, c, 'INVALID_VALUE', `expected one of ${allowed}, got ${shown}`);
    }
    return t.success(hit);
  }, { enum: [...values] });
}
