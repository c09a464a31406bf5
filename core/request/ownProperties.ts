/**
 * Own-property access for values that come from outside the engine (requests
 * built by an integrator's code) and for the engine's own tables, captured
 * once when the module loads: a later change to `Object.prototype`,
 * `Function.prototype.call` or `Object.hasOwn` by other code in the process
 * cannot alter these checks. Nothing here reads the prototype chain or calls
 * a getter.
 *
 * Implements REQ-EMBED-003.
 * @since 0.1.0
 */

const hasOwnBound: (o: object, key: PropertyKey) => boolean = Function.prototype.call.bind(Object.prototype.hasOwnProperty) as (o: object, key: PropertyKey) => boolean;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const getPrototypeOf = Object.getPrototypeOf;
const ownKeys = Reflect.ownKeys;
const freeze = Object.freeze;
const isArray = Array.isArray;
const create = Object.create;
const OBJECT_PROTOTYPE: object = Object.prototype;

/**
 * True when `o` has an own property `key` (never looks at the prototype chain).
 *
 * @example
 * import { hasOwn } from './ownProperties.js';
 * hasOwn({ a: 1 }, 'a'); // true
 * hasOwn({}, 'toString'); // false
 *
 * Implements REQ-EMBED-003.
 * @since 0.1.0
 */
export function hasOwn(o: object, key: PropertyKey): boolean {
  return hasOwnBound(o, key);
}

/** An own data property: whether it is there, and its value (an accessor counts as present with no value, and is never called). */
export type OwnData = { readonly present: false } | { readonly present: true; readonly data: boolean; readonly value: unknown };

const ABSENT: OwnData = freeze({ present: false });

/**
 * Reads the own data property `key` of `o` without calling a getter; an
 * inherited property counts as absent.
 *
 * @example
 * import { ownData } from './ownProperties.js';
 * ownData({ a: 1 }, 'a'); // { present: true, data: true, value: 1 }
 *
 * Implements REQ-EMBED-003.
 * @since 0.1.0
 */
export function ownData(o: object, key: string): OwnData {
  if (!hasOwnBound(o, key)) return ABSENT;
  const d = getOwnPropertyDescriptor(o, key);
  if (d === undefined || !hasOwnBound(d, 'value')) return { present: true, data: false, value: undefined };
  return { present: true, data: true, value: d.value };
}

/**
 * True for a plain object: not null, not an array, and either a literal
 * (`Object.prototype`) or a null-prototype object. A class instance, a
 * function, a boxed primitive or an object on another prototype is not.
 *
 * @example
 * import { isPlainObject } from './ownProperties.js';
 * isPlainObject({}); // true
 * isPlainObject([]); // false
 *
 * Implements REQ-EMBED-001.
 * @since 0.1.0
 */
export function isPlainObject(u: unknown): u is object {
  if (typeof u !== 'object' || u === null || isArray(u)) return false;
  const p: unknown = getPrototypeOf(u);
  return p === null || p === OBJECT_PROTOTYPE;
}

/**
 * A plain array: a real `Array` (not a look-alike), on the array prototype.
 *
 * @example
 * import { isPlainArray } from './ownProperties.js';
 * isPlainArray([1]); // true
 * isPlainArray({ length: 1 }); // false
 *
 * Implements REQ-EMBED-001.
 * @since 0.1.0
 */
export function isPlainArray(u: unknown): u is readonly unknown[] {
  return isArray(u) && getPrototypeOf(u) === Array.prototype;
}

/**
 * A deep copy of an engine table (plain objects, arrays, strings, numbers,
 * bigints, booleans) in which every object has a null prototype and every
 * object and array is frozen, so that reading an absent key gives
 * `undefined` whatever other code adds to `Object.prototype`, and nothing can
 * change the table. Only own enumerable string keys are copied. Other values
 * (decimals, functions) are kept as they are.
 *
 * @example
 * import { ownTable } from './ownProperties.js';
 * const t = ownTable({ morphine: { value: '3 mg/day' } });
 * Object.getPrototypeOf(t); // null
 * Object.isFrozen(t); // true
 *
 * Implements REQ-EMBED-003.
 * @since 0.1.0
 */
export function ownTable<T>(value: T): T {
  return copy(value) as T;
}

function copy(u: unknown): unknown {
  if (isArray(u)) return freeze(u.map(copy));
  if (!isPlainObject(u)) return u;
  const out = create(null) as Record<string, unknown>;
  for (const k of ownKeys(u)) {
    if (typeof k !== 'string') continue;
    const d = getOwnPropertyDescriptor(u, k);
    if (d === undefined || d.enumerable !== true || !hasOwnBound(d, 'value')) continue;
    out[k] = copy(d.value);
  }
  return freeze(out);
}

/**
 * A shallow copy of `o` on a null prototype: for records the engine builds
 * with optional fields (a program without a patient bolus, a resolved pump
 * without a bolus grid), so that reading an absent field gives `undefined`
 * whatever other code adds to `Object.prototype`.
 *
 * @example
 * import { nullPrototype } from './ownProperties.js';
 * const p = nullPrototype({ steps: [] as string[] });
 * Object.getPrototypeOf(p); // null
 *
 * Implements REQ-EMBED-003.
 * @since 0.1.0
 */
export function nullPrototype<T extends object>(o: T): T {
  const out = create(null) as Record<string, unknown>;
  for (const k of ownKeys(o)) {
    if (typeof k !== 'string') continue;
    const d = getOwnPropertyDescriptor(o, k);
    if (d !== undefined && d.enumerable === true && hasOwnBound(d, 'value')) out[k] = d.value;
  }
  return out as T;
}
