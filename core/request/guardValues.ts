import type * as E from 'fp-ts/lib/Either.js';
import type { Exact } from '../arith/decimalArithmetic.js';
import { DIMENSIONS, type Dimension } from '../quantity/dimension.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { EngineError } from '../errors/EngineError.js';
import { anyQuantity, exact, oneOf, sealed, text } from './_internals/reader.js';
import { runGuard } from './_internals/runGuard.js';

/** Longest path a caller may give for the errors to name; a documented engine bound. */
export const MAX_PATH_LENGTH = 256;
/** Longest unit text looked at; a documented engine bound (the longest unit, `mcg/day`, has 7 characters). */
export const MAX_UNIT_TEXT = 32;

/**
 * Re-validates the arguments of `checkFill`: two finite decimals of the
 * engine's own type within the engine's digit bound, and a path string.
 *
 * @example
 * import { guardFillArguments } from './guardValues.js';
 * guardFillArguments(40, 40, 'reservoir.fill')._tag; // "Left"
 *
 * Implements REQ-EMBED-001.
 * @since 0.1.0
 */
export function guardFillArguments(fill: unknown, capacity: unknown, path: unknown): E.Either<EngineError[], { readonly fill: Exact; readonly capacity: Exact; readonly path: string }> {
  return runGuard('checkFill', (r) => {
    const p = text(r, path, 'path', MAX_PATH_LENGTH);
    const f = exact(r, fill, 'fill', 'engine');
    const c = exact(r, capacity, 'capacity', 'engine');
    return p === undefined || f === undefined || c === undefined ? undefined : sealed({ fill: f, capacity: c, path: p });
  });
}

/**
 * Re-validates the arguments of `formatQuantity`: a quantity of one of the
 * engine's dimensions with a finite decimal of its own type (engine digit
 * bound), a unit string of at most 32 characters, and `up` or `down`.
 *
 * @example
 * import { guardFormatArguments } from './guardValues.js';
 * guardFormatArguments({ dim: 'flow', base: 'NaN' }, 'mL/day', 'down')._tag; // "Left"
 *
 * Implements REQ-EMBED-001.
 * @since 0.1.0
 */
export function guardFormatArguments(q: unknown, unitText: unknown, direction: unknown): E.Either<EngineError[], { readonly q: Quantity<Dimension, Exact>; readonly unitText: string; readonly direction: 'up' | 'down' }> {
  return runGuard('formatQuantity', (r) => {
    const quantity = anyQuantity(r, q, 'quantity', 'engine');
    const unit = text(r, unitText, 'unit', MAX_UNIT_TEXT);
    const d = oneOf(r, direction, 'direction', ['up', 'down']);
    return quantity === undefined || unit === undefined || d === undefined ? undefined : sealed({ q: quantity, unitText: unit, direction: d });
  });
}

/**
 * Re-validates the dimension and path `parseQuantity` is given (the input
 * itself is untrusted by design and checked by the parser): one of the
 * engine's dimensions, exactly, and a path string of at most 256 characters.
 *
 * @example
 * import { guardParseArguments } from './guardValues.js';
 * guardParseArguments('doseRate', 'therapy.dose')._tag; // "Right"
 * guardParseArguments('toString', 'therapy.dose')._tag; // "Left"
 *
 * Implements REQ-EMBED-001.
 * @since 0.1.0
 */
export function guardParseArguments(dim: unknown, path: unknown): E.Either<EngineError[], { readonly dim: Dimension; readonly path: string }> {
  return runGuard('parseQuantity', (r) => {
    const p = text(r, path, 'path', MAX_PATH_LENGTH);
    const d = oneOf(r, dim, 'dim', DIMENSIONS);
    return p === undefined || d === undefined ? undefined : sealed({ dim: d, path: p });
  });
}
