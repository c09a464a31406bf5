import * as t from 'io-ts';
import { wireCodec, type WireCodec } from './WireCodec.js';

/**
 * Maps a codec's decoded value (wire shape → domain shape, defaults filled).
 * `f` must be total: it runs only on a successfully decoded value.
 *
 * @example
 * import { mapCodec } from './mapCodec.js';
 * import { clockTimeCodec } from './clockTimeCodec.js';
 * const minutes = mapCodec(clockTimeCodec, (s) => s / 60n);
 * minutes.decode('01:30'); // Right(90n)
 *
 * Implements REQ-WIRE-001 (decoded request shape).
 * @since 0.1.0
 */
export function mapCodec<A, B>(codec: WireCodec<A>, f: (a: A) => B): WireCodec<B> {
  return wireCodec<B>(codec.name, (u, c) => {
    const r = codec.validate(u, c);
    return r._tag === 'Left' ? t.failures(r.left) : t.success(f(r.right));
  }, codec.schema);
}
