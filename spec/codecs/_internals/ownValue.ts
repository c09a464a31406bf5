/**
 * Own-property access for untrusted JSON values. Nothing here reads an
 * inherited property or calls a getter, so a polluted `Object.prototype` or an
 * accessor on the input can neither leak into a decoded value nor run code.
 */

// Captured once, so a later change to Object.prototype cannot alter the checks.
const hasOwnProperty = Object.prototype.hasOwnProperty;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;

/** True when `o` has an own property `key` (never looks at the prototype chain). */
export function hasOwn(o: object, key: string): boolean {
  return hasOwnProperty.call(o, key);
}

/** A JSON object: not null, not an array. */
export function isRecord(u: unknown): u is object {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

/** An own field: whether it is present, and its data value (`undefined` for an accessor, which is never called). */
export interface Own {
  readonly present: boolean;
  readonly value: unknown;
}

const ABSENT: Own = { present: false, value: undefined };

/** Reads the own data property `key` of `o`; an inherited property counts as absent. */
export function ownValue(o: object, key: string): Own {
  if (!hasOwn(o, key)) return ABSENT;
  const d = getOwnPropertyDescriptor(o, key);
  if (d === undefined || !hasOwnProperty.call(d, 'value')) return { present: true, value: undefined };
  return { present: true, value: d.value };
}


/** A null-prototype object of the given entries (nothing inherited, so an absent key reads `undefined`). */
export function nullPrototypeObject(entries: readonly (readonly [string, unknown])[]): object {
  const o = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of entries) o[k] = v;
  return o;
}
