import type { WireCodec } from './WireCodec.js';

/**
 * Decodes a value with a codec and returns it, or `undefined` on any error
 * (for cross-field checks that look at the raw input; the field's own errors
 * are reported by its codec, not twice).
 *
 * @example
 * import { peek } from './peek.js';
 * import { clockTimeCodec } from './clockTimeCodec.js';
 * peek(clockTimeCodec, '08:00'); // 28800n
 * peek(clockTimeCodec, '8 am');  // undefined
 *
 * Implements REQ-WIRE-004.
 * @since 0.1.0
 */
export function peek<A>(codec: WireCodec<A>, u: unknown): A | undefined {
  const r = codec.decode(u);
  return r._tag === 'Right' ? r.right : undefined;
}
