import type * as t from 'io-ts';

/**
 * A wire-format decoder: an io-ts `Decoder` from an untrusted JSON value to a
 * decoded value. Its failures are {@link CodedValidationError}s carrying a
 * stable code, turned into `EngineError[]` by `toEngineErrors`.
 * @since 0.1.0
 */
export interface WireCodec<A> extends t.Decoder<unknown, A> {
  /**
   * The JSON Schema (2020-12) of the values this codec accepts, built by the
   * same call that builds the codec, so the two cannot drift. The schema is
   * necessary, not sufficient: every value the codec accepts validates, and
   * the codec checks more (bounds in base units, cross-field rules).
   */
  readonly schema: JsonSchema;
}

/** A JSON Schema (draft 2020-12) object. @since 0.1.0 */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * The `$comment` of a codec built without a schema: a test over every
 * request schema refuses it, so no wire field is left undescribed.
 * @since 0.1.0
 */
export const UNDESCRIBED = 'itdose: no schema given for this codec';

/** The decoded type of a {@link WireCodec}. */
export type TypeOfCodec<C> = C extends t.Decoder<unknown, infer A> ? A : never;

/**
 * Builds a {@link WireCodec} from a validate function and the JSON Schema of
 * what it accepts; `decode` starts a context at the document root (path `""`).
 *
 * @example
 * import * as t from 'io-ts';
 * import { wireCodec } from './WireCodec.js';
 * import { codedFailure } from './codedFailure.js';
 * const even = wireCodec<number>('even', (u, c) =>
 *   typeof u === 'number' && u % 2 === 0 ? t.success(u) : codedFailure(u, c, 'INVALID_VALUE', 'expected an even number'),
 *   { type: 'integer', multipleOf: 2 });
 * even.decode(4); // Right(4)
 * even.decode(3); // Left([{ code: 'INVALID_VALUE', ... }])
 *
 * Implements REQ-WIRE-003 (coded errors with paths).
 * @since 0.1.0
 */
export function wireCodec<A>(name: string, validate: (u: unknown, c: t.Context) => t.Validation<A>, schema?: JsonSchema): WireCodec<A> {
  const codec: WireCodec<A> = {
    name,
    validate,
    schema: schema ?? { description: name, $comment: UNDESCRIBED },
    decode: (u) => validate(u, [{ key: '', type: codec, actual: u }]),
  };
  return codec;
}
