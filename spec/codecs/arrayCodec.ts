import * as t from 'io-ts';
import { codedError } from './codedError.js';
import { codedFailure } from './codedFailure.js';
import { contextAt } from './contextAt.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { ownValue } from './_internals/ownValue.js';
import { wireCodec, type WireCodec } from './WireCodec.js';

/** Bounds of a list. */
export interface ListBounds {
  /** Refuse `[]` with `EMPTY_LIST`. */
  readonly nonEmpty: boolean;
  /** Longest list accepted; longer is `INPUT_TOO_LARGE` (the entries are then not examined). */
  readonly maxLength: number;
}

/**
 * A JSON array whose every entry is decoded by `item` (paths `name.0`,
 * `name.1`...), every error kept. Not an array is `WRONG_TYPE`; an empty list
 * where one entry is needed is `EMPTY_LIST`; more than `maxLength` entries is
 * `INPUT_TOO_LARGE`.
 *
 * @example
 * import { arrayCodec } from './arrayCodec.js';
 * import { clockTimeCodec } from './clockTimeCodec.js';
 * const starts = arrayCodec(clockTimeCodec, { nonEmpty: true, maxLength: 1440 });
 * starts.decode(['00:00', '08:00']); // Right([0n, 28800n])
 * starts.decode([]);                 // Left: EMPTY_LIST
 * starts.decode(['00:00', '8:00']);  // Left: INVALID_CLOCK_TIME at "1"
 *
 * Implements REQ-WIRE-007 (lists), REQ-WIRE-004.
 * @since 0.1.0
 */
export function arrayCodec<A>(item: WireCodec<A>, bounds: ListBounds): WireCodec<readonly A[]> {
  return wireCodec<readonly A[]>(`list of ${item.name}`, (u, c) => {
    if (!Array.isArray(u)) return codedFailure(u, c, 'WRONG_TYPE', `expected a list of ${item.name}, got ${jsonTypeOf(u)}`);
    if (u.length > bounds.maxLength) return codedFailure(u, c, 'INPUT_TOO_LARGE', `at most ${bounds.maxLength} entries (got ${u.length})`);
    if (u.length === 0 && bounds.nonEmpty) return codedFailure(u, c, 'EMPTY_LIST', `needs at least one ${item.name}`);
    const errors: t.Errors = [];
    const out: A[] = [];
    for (let i = 0; i < u.length; i += 1) {
      const key = String(i);
      const own = ownValue(u, key);
      if (!own.present) {
        errors.push(codedError(undefined, contextAt(c, [i]), 'WRONG_TYPE', 'an empty slot in a list'));
        continue;
      }
      const r = item.validate(own.value, t.appendContext(c, key, item, own.value));
      if (r._tag === 'Left') errors.push(...r.left);
      else out.push(r.right);
    }
    return errors.length > 0 ? t.failures(errors) : t.success(out);
  }, { type: 'array', items: item.schema, ...(bounds.nonEmpty ? { minItems: 1 } : {}), maxItems: bounds.maxLength });
}
