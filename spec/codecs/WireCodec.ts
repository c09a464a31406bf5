import type * as t from 'io-ts';

/**
 * A wire-format decoder: an io-ts `Decoder` from an untrusted JSON value to a
 * decoded value. Its failures are {@link CodedValidationError}s carrying a
 * stable code, turned into `EngineError[]` by `toEngineErrors`.
 * @since 0.1.0
 */
export type WireCodec<A> = t.Decoder<unknown, A>;

/** The decoded type of a {@link WireCodec}. */
export type TypeOfCodec<C> = C extends t.Decoder<unknown, infer A> ? A : never;

/**
 * Builds a {@link WireCodec} from a validate function; `decode` starts a
 * context at the document root (path `""`).
 *
 * @example
 * import * as t from 'io-ts';
 * import { wireCodec } from './WireCodec.js';
 * import { codedFailure } from './codedFailure.js';
 * const even = wireCodec<number>('even', (u, c) =>
 *   typeof u === 'number' && u % 2 === 0 ? t.success(u) : codedFailure(u, c, 'INVALID_VALUE', 'expected an even number'));
 * even.decode(4); // Right(4)
 * even.decode(3); // Left([{ code: 'INVALID_VALUE', ... }])
 *
 * Implements REQ-WIRE-003 (coded errors with paths).
 * @since 0.1.0
 */
export function wireCodec<A>(name: string, validate: (u: unknown, c: t.Context) => t.Validation<A>): WireCodec<A> {
  const codec: WireCodec<A> = {
    name,
    validate,
    decode: (u) => validate(u, [{ key: '', type: codec, actual: u }]),
  };
  return codec;
}
