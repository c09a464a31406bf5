import type { Dimension } from '../../../core/index.js';
import { quantitySchema } from '../../codecs/_internals/quantitySchema.js';
import type { JsonSchema } from '../../codecs/WireCodec.js';

/**
 * One field of a response, described once: its JSON Schema (2020-12) and,
 * through the phantom `T`, the TypeScript type an encoder must produce for it.
 * The encoders are typed with {@link Static} of their command's shape, so a
 * field added to an encoder and not to its shape (or the other way round)
 * does not compile, and the schema printed by `itdose schema` is the shape's.
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export interface Shape<T> {
  /** The JSON Schema of the values this field takes. */
  readonly schema: JsonSchema;
  /** Type-level only: never set. */
  readonly _type?: T;
}

/** The TypeScript type a {@link Shape} describes. @since 0.1.0 */
export type Static<S> = S extends Shape<infer T> ? T : never;

/** A map of field names to shapes. @since 0.1.0 */
export type Shapes = Readonly<Record<string, Shape<unknown>>>;

/** Free text (a message, a source, a reason). @since 0.1.0 */
export const text = (description: string): Shape<string> => ({ schema: { type: 'string', description } });

/** A quantity printed in wire form (`"<decimal> <unit>"`) of one dimension; may be negative (a margin). @since 0.1.0 */
export const quantityText = (dim: Dimension, description?: string): Shape<string> => {
  const q = quantitySchema(dim, 'any');
  return { schema: description === undefined ? q : { ...q, description } };
};

/** A pump clock time `"HH:MM"`. @since 0.1.0 */
export const clockText: Shape<string> = { schema: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'a pump clock time "HH:MM"' } };

/** A whole number. @since 0.1.0 */
export const integer = (description: string): Shape<number> => ({ schema: { type: 'integer', minimum: 0, description } });

/** true or false. @since 0.1.0 */
export const boolean = (description: string): Shape<boolean> => ({ schema: { type: 'boolean', description } });

/** One of the given strings. @since 0.1.0 */
export const oneOf = <L extends string>(values: readonly L[], description?: string): Shape<L> =>
  ({ schema: { type: 'string', enum: [...values], ...(description === undefined ? {} : { description }) } });

/** One of two shapes (exactly one matches: each is a closed object with its own `kind`). @since 0.1.0 */
export const either = <A, B>(a: Shape<A>, b: Shape<B>): Shape<A | B> => ({ schema: { oneOf: [a.schema, b.schema] } });

/** The shape or JSON null (a time that never comes: a pump that never empties). @since 0.1.0 */
export const nullable = <T>(s: Shape<T>): Shape<T | null> => ({ schema: { anyOf: [s.schema, { type: 'null' }] } });

/** A list of one shape. @since 0.1.0 */
export const array = <T>(s: Shape<T>, description?: string): Shape<readonly T[]> =>
  ({ schema: { type: 'array', items: s.schema, ...(description === undefined ? {} : { description }) } });

/** An object keyed by drug name (or another open set of names), every value of one shape. @since 0.1.0 */
export const byName = <T>(s: Shape<T>, description: string): Shape<Readonly<Record<string, T>>> =>
  ({ schema: { type: 'object', additionalProperties: s.schema, description } });

type Optional<O extends Shapes> = { readonly [K in keyof O]?: Static<O[K]> };
type Required<R extends Shapes> = { readonly [K in keyof R]: Static<R[K]> };
type Flat<T> = { [K in keyof T]: T[K] } & unknown;

/**
 * A closed object: every field of `required` present, each of `optional`
 * absent or present, nothing else (`additionalProperties: false`).
 *
 * @example
 * import { object, text, integer } from './Shape.js';
 * object({ source: text('where it comes from') }, { count: integer('how many') }).schema['required']; // ['source']
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export function object<R extends Shapes, O extends Shapes = Record<never, never>>(required: R, optional?: O): Shape<Flat<Required<R> & Optional<O>>> {
  const props = { ...required, ...(optional ?? {}) };
  return {
    schema: {
      type: 'object',
      properties: Object.fromEntries(Object.entries(props).map(([k, s]) => [k, s.schema])),
      required: Object.keys(required),
      additionalProperties: false,
    },
  };
}

/**
 * Data whose structure the response passes through from a library table (the
 * drug and pump listings): described by its top-level type only, and said so.
 * @since 0.1.0
 */
export const libraryRecord = (description: string): Shape<unknown> => ({ schema: { type: 'object', description, $comment: 'a library record, listed as the library holds it' } });

/** Any JSON value built by the engine for people (not parsed by programs). @since 0.1.0 */
export const anyJson = (description: string): Shape<unknown> => ({ schema: { description } });
