import * as t from 'io-ts';

const FIELD: t.Decoder<unknown, unknown> = { name: 'field', validate: (u) => t.success(u), decode: (u) => t.success(u) };

/**
 * The context of a field below `c` (object keys or array indices), for an
 * error found by a check on a parent: `contextAt(c, [2, 'start'])` at
 * `therapy.steps` is `therapy.steps.2.start`.
 *
 * @example
 * import { contextAt } from './contextAt.js';
 * import { pathOf } from './_internals/pathOf.js';
 * // c at "therapy.steps": pathOf(contextAt(c, [2, 'start'])) === 'therapy.steps.2.start'
 *
 * Implements REQ-ERR-003 (every error names its path).
 * @since 0.1.0
 */
export function contextAt(c: t.Context, keys: readonly (string | number)[]): t.Context {
  const type = c[c.length - 1]?.type ?? FIELD;
  return [...c, ...keys.map((k) => ({ key: String(k), type }))];
}
