import { decimalArithmetic as A, isExact, type Exact } from '../../arith/decimalArithmetic.js';
import type { Code } from '../../errors/codes.js';
import { DIMENSIONS, type Dimension } from '../../quantity/dimension.js';
import type { Quantity } from '../../quantity/Quantity.js';
import { MAX_BASE_FRACTION_DIGITS, MAX_BASE_INTEGER_DIGITS, MAX_COUNT, MAX_ENGINE_DIGITS, SECONDS_PER_DAY, isDrugName } from '../bounds.js';
import { isPlainArray, isPlainObject, ownData } from '../ownProperties.js';

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
  // `o` is a literal the guard itself built: its own keys are the declared fields.
  const out = Object.create(null) as Record<string, unknown>;
  const from = o as Record<string, unknown>;
  for (const k of Object.keys(from)) {
    const v = from[k];
    if (v !== undefined) out[k] = v;
  }
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

/** decimal.js keeps a value as words of 7 decimal digits (`d`), an exponent (`e`) and a sign (`s`). */
const WORD = 10_000_000;
const WORD_DIGITS = 7;
/** The engine's decimal constructor, which every one of its decimals holds as an own field (decimal.js makes results with it). */
const ENGINE_CONSTRUCTOR: unknown = ownData(A.zero, 'constructor').present ? (ownData(A.zero, 'constructor') as { value: unknown }).value : undefined;

/** Decimal digits of a positive integer below 10^7 (no float arithmetic). */
function digitsOf(w: number): number {
  let n = 1;
  for (let x = w; x >= 10; x = (x - (x % 10)) / 10) n += 1;
  return n;
}

/** Trailing zero digits of a word (decimal.js strips them from the last word, so this is 0 for its own values). */
function trailingZeros(w: number): number {
  let n = 0;
  for (let x = w; x !== 0 && x % 10 === 0; x /= 10) n += 1;
  return n;
}

/**
 * An exact decimal of the engine's own type, finite and within the digit
 * bounds: its internal fields are read as own data (a sign of 1 or -1, a safe
 * integer exponent, an array of 7-digit words with no leading zero word), so
 * an object forged on the engine's prototype is refused too; the answer is a
 * fresh copy.
 */
export function exact(r: Reader, u: unknown, path: string, digits: Digits): Exact | undefined {
  if (!isExact(u)) return fail(r, path, 'expected a decimal of the engine\'s own type (a decimal.js value of the host, a number or a string is not one)');
  const s = ownData(u, 's');
  const e = ownData(u, 'e');
  const d = ownData(u, 'd');
  const c = ownData(u, 'constructor');
  if (!c.present || !c.data || c.value !== ENGINE_CONSTRUCTOR || ENGINE_CONSTRUCTOR === undefined) return fail(r, path, 'a decimal that was not made by the engine\'s constructor');
  if (!s.present || !e.present || !d.present || !s.data || !e.data || !d.data) return fail(r, path, 'a decimal whose internal fields are missing or accessors');
  if (d.value === null || typeof e.value !== 'number' || !Number.isFinite(e.value)) return fail(r, path, 'expected a finite decimal (not NaN or Infinity)');
  const words = d.value;
  const maxInt = digits === 'request' ? MAX_BASE_INTEGER_DIGITS : MAX_ENGINE_DIGITS;
  const maxFrac = digits === 'request' ? MAX_BASE_FRACTION_DIGITS : MAX_ENGINE_DIGITS;
  if ((s.value !== 1 && s.value !== -1) || !Number.isSafeInteger(e.value) || !isPlainArray(words) || words.length === 0 || words.length > (maxInt + maxFrac) / WORD_DIGITS + 2) {
    return fail(r, path, 'a decimal whose internal fields are not those of a bounded finite value', 'QUANTITY_OUT_OF_RANGE');
  }
  for (let i = 0; i < words.length; i += 1) {
    const w = ownData(words, String(i));
    if (!w.present || !w.data || typeof w.value !== 'number' || !Number.isSafeInteger(w.value) || w.value < 0 || w.value >= WORD || (i === 0 && w.value === 0 && words.length > 1)) {
      return fail(r, path, 'a decimal whose digits are broken');
    }
  }
  const head = words[0] as number;
  const last = words[words.length - 1] as number;
  if (head === 0) return A.zero;
  // The words are aligned to the decimal point: the first holds (e mod 7) + 1 digits.
  if (digitsOf(head) !== (((e.value % WORD_DIGITS) + WORD_DIGITS) % WORD_DIGITS) + 1) return fail(r, path, 'a decimal whose digits do not match its exponent');
  // decimal.js: e is the exponent of the leading digit; significant digits from the words, less the last word's trailing zeros.
  const significant = digitsOf(head) + WORD_DIGITS * (words.length - 1) - trailingZeros(last);
  const intDigits = e.value >= 0 ? e.value + 1 : 0;
  const fracDigits = Math.max(0, significant - e.value - 1);
  if (intDigits > maxInt || fracDigits > maxFrac) {
    return fail(r, path, `more than ${maxInt} digits before or ${maxFrac} after the point in base units`, 'QUANTITY_OUT_OF_RANGE');
  }
  return A.add(u, A.zero);
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
