import { ownValue } from './_internals/ownValue.js';

/**
 * The raw value at a path below `u`, following own properties only (object
 * keys, array indices); `undefined` when any step is missing or not an object.
 * Never reads the prototype chain, never calls a getter.
 *
 * @example
 * import { rawAt } from './rawAt.js';
 * rawAt({ reservoir: { drugs: [{ drug: 'morphine' }] } }, ['reservoir', 'drugs', 0, 'drug']); // 'morphine'
 * rawAt({}, ['constructor']); // undefined (inherited, so absent)
 *
 * Implements REQ-WIRE-013 (own properties only).
 * @since 0.1.0
 */
export function rawAt(u: unknown, keys: readonly (string | number)[]): unknown {
  let cur: unknown = u;
  for (const k of keys) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    const own = ownValue(cur, String(k));
    if (!own.present) return undefined;
    cur = own.value;
  }
  return cur;
}
