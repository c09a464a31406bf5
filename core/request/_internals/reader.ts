import { decimalArithmetic as A, isExact, type Exact } from '../../arith/decimalArithmetic.js';
import type { Code } from '../../errors/codes.js';
import { DIMENSIONS, type Dimension } from '../../quantity/dimension.js';
import type { Quantity } from '../../quantity/Quantity.js';
import { MAX_BASE_FRACTION_DIGITS, MAX_BASE_INTEGER_DIGITS, MAX_COUNT, MAX_ENGINE_DIGITS, SECONDS_PER_DAY, isDrugName } from '../bounds.js';
import { isPlainArray, isPlainObject, nullPrototype, ownData } from '../ownProperties.js';

/** The first thing wrong with a value, with the path of the field. */
export interface Bad {
  readonly code: Code;
  readonly path: string;
  readonly why: string;
}

/**
 * A guard's state: the first problem found. Readers return `undefined` after
 * a problem; the guard then answers with `bad` (nothing is thrown).
 */
export interface Reader {
  bad: Bad | undefined;
}

/** Records the first problem and returns undefined. */
export function fail(r: Reader, path: string, why: string, code: Code = 'REQUEST_NOT_WELL_FORMED'): undefined {
  if (r.bad === undefined) r.bad = { code, path, why };
  return undefined;
}

/** `a.b` (or `b` at the root). */
export const at = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${String(key)}`);

/** A frozen, null-prototype copy of the fields given (undefined ones left out). */
export function sealed<T extends object>(o: T): T {
  const out = nullPrototype(o) as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return Object.freeze(out) as T;
}

/** A plain object (literal or null prototype), else a problem. */
export function record(r: Reader, u: unknown, path: string): object | undefined {
  return isPlainObject(u) ? u : fail(r, path, 'expected a plain object (an object literal or a null-prototype object)');
}

/** An own data field: undefined and a problem when required and absent, undefined when optional and absent. */
export function field(r: Reader, o: object, key: string, path: string, required: boolean): unknown {
  const d = ownData(o, key);
  if (!d.present) return required ? fail(r, at(path, key), `missing required field "${key}" (own properties only are read)`) : undefined;
  if (!d.data) return fail(r, at(path, key), `"${key}" is an accessor; only data properties are read`);
  if (d.value === undefined && required) return fail(r, at(path, key), `"${key}" is undefined`);
  return d.value;
}

/** A plain array of at most `max` entries (at least one when `nonEmpty`), each read by `item`. */
export function list<T>(r: Reader, u: unknown, path: string, max: number, nonEmpty: boolean, item: (v: unknown, path: string) => T | undefined): readonly T[] | undefined {
  if (!isPlainArray(u)) return fail(r, path, 'expected an array');
  if (u.length > max) return fail(r, path, `at most ${max} entries (got ${u.length})`, 'INPUT_TOO_LARGE');
  if (nonEmpty && u.length === 0) return fail(r, path, 'needs at least one entry', 'EMPTY_LIST');
  const out: T[] = [];
  for (let i = 0; i < u.length; i += 1) {
    const d = ownData(u, String(i));
    if (!d.present || !d.data) return fail(r, at(path, i), 'an empty slot or an accessor in an array');
    const v = item(d.value, at(path, i));
    if (v === undefined) return undefined;
    out.push(v);
  }
  return Object.freeze(out);
}

/** A string of at most `max` characters (at least one when `nonEmpty`). */
export function text(r: Reader, u: unknown, path: string, max: number, nonEmpty = false): string | undefined {
  if (typeof u !== 'string') return fail(r, path, 'expected a string');
  if (u.length > max) return fail(r, path, `at most ${max} characters (got ${u.length})`, 'INPUT_TOO_LARGE');
  if (nonEmpty && u.length === 0) return fail(r, path, 'must not be empty', 'EMPTY_STRING');
  return u;
}

/** One of the given strings, exactly. */
export function oneOf<const V extends string>(r: Reader, u: unknown, path: string, values: readonly V[]): V | undefined {
  const hit = typeof u === 'string' ? values.find((v) => v === u) : undefined;
  return hit ?? fail(r, path, `expected one of ${values.map((v) => `"${v}"`).join(', ')}`);
}

/** A drug name (lower case, not a prototype name). */
export function drugName(r: Reader, u: unknown, path: string): string | undefined {
  return isDrugName(u) ? u : fail(r, path, 'expected a drug name: lower-case letters, digits and "-", starting with a letter, at most 64 characters, not a reserved name');
}

/** An integer (a bigint, or a number that is a safe integer) from `min` to `max`, as a bigint. */
export function integer(r: Reader, u: unknown, path: string, min: bigint, max: bigint): bigint | undefined {
  const n = typeof u === 'bigint' ? u : typeof u === 'number' && Number.isSafeInteger(u) ? BigInt(u) : undefined;
  if (n === undefined) return fail(r, path, 'expected an integer (a bigint or a safe integer)', 'INVALID_INTEGER');
  if (n < min || n > max) return fail(r, path, `expected an integer from ${min} to ${max}, got ${n}`, 'INVALID_INTEGER');
  return n;
}

/** A count from 0 to the wire format's largest. */
export const count = (r: Reader, u: unknown, path: string): bigint | undefined => integer(r, u, path, 0n, BigInt(MAX_COUNT));

/** A clock time: whole minutes after midnight, in seconds, from 0 to 86340. */
export function clockSeconds(r: Reader, u: unknown, path: string): bigint | undefined {
  const s = integer(r, u, path, 0n, SECONDS_PER_DAY - 1n);
  if (s === undefined) return undefined;
  return s % 60n === 0n ? s : fail(r, path, 'a clock time is a whole minute (a multiple of 60 s)', 'INVALID_CLOCK_TIME');
}

/** Which values a quantity field admits. */
export type Sign = 'positive' | 'nonNegative' | 'any';

/** How many digits a value may carry: as a request can (`request`), or as the engine computes (`engine`). */
export type Digits = 'request' | 'engine';

const PLAIN = /^-?([0-9]+)(?:\.([0-9]+))?$/;

/** An exact decimal of the engine's own type, finite and within the digit bounds; a fresh copy. */
export function exact(r: Reader, u: unknown, path: string, digits: Digits): Exact | undefined {
  if (!isExact(u)) return fail(r, path, 'expected a decimal of the engine\'s own type (a decimal.js value of the host, a number or a string is not one)');
  let printed: string;
  try {
    printed = A.toDecimalString(u);
  } catch {
    return fail(r, path, 'a decimal that cannot be read (its internal fields are broken)');
  }
  const m = PLAIN.exec(printed);
  if (m === null) return fail(r, path, `expected a finite decimal, got ${printed.slice(0, 32)}`);
  const [, intPart = '', fracPart = ''] = m;
  const maxInt = digits === 'request' ? MAX_BASE_INTEGER_DIGITS : MAX_ENGINE_DIGITS;
  const maxFrac = digits === 'request' ? MAX_BASE_FRACTION_DIGITS : MAX_ENGINE_DIGITS;
  if (intPart.replace(/^0+(?=[0-9])/, '').length > maxInt || fracPart.length > maxFrac) {
    return fail(r, path, `more than ${maxInt} digits before or ${maxFrac} after the point in base units`, 'QUANTITY_OUT_OF_RANGE');
  }
  return A.fromDecimalString(printed);
}

/** A quantity `{ dim, base }` of the given dimension, sign and digit bound; a fresh frozen copy. */
export function quantityOf<D extends Dimension>(r: Reader, u: unknown, path: string, dim: D, sign: Sign, digits: Digits = 'request'): Quantity<D, Exact> | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const d = field(r, o, 'dim', path, true);
  if (d === undefined) return undefined;
  if (d !== dim) return fail(r, at(path, 'dim'), `expected dimension "${dim}", got ${typeof d === 'string' ? JSON.stringify(d.slice(0, 32)) : typeof d}`, 'WRONG_DIMENSION');
  const base = exact(r, field(r, o, 'base', path, true), at(path, 'base'), digits);
  if (base === undefined) return undefined;
  const s = A.compare(base, A.zero);
  if (sign === 'positive' && s <= 0) return fail(r, path, `"${path}" must be greater than zero`, 'NOT_POSITIVE');
  if (sign === 'nonNegative' && s < 0) return fail(r, path, `"${path}" must not be negative`, 'NEGATIVE_QUANTITY');
  return sealed({ dim, base: A.compare(base, A.zero) === 0 ? A.zero : base });
}

/** A quantity of any of the engine's dimensions. */
export function anyQuantity(r: Reader, u: unknown, path: string, digits: Digits): Quantity<Dimension, Exact> | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const d = field(r, o, 'dim', path, true);
  const dim = DIMENSIONS.find((x) => x === d);
  if (dim === undefined) return fail(r, at(path, 'dim'), 'expected one of the engine\'s dimensions', 'WRONG_DIMENSION');
  return quantityOf(r, o, path, dim, 'any', digits);
}
