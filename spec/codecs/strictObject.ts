import * as t from 'io-ts';
import { codedError } from './codedError.js';
import { codedFailure } from './codedFailure.js';
import { errorsLeftOut, MAX_ERRORS } from './capErrors.js';
import { comparePaths } from './_internals/compareErrors.js';
import { contextAt } from './contextAt.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { isRecord, nullPrototypeObject, ownValue } from './_internals/ownValue.js';
import { keyForPath } from './_internals/pathOf.js';
import { suggestField } from './_internals/suggestField.js';
import { wireCodec, type TypeOfCodec, type WireCodec } from './WireCodec.js';

/** The declared fields of a strict object: field name → codec. */
export type Fields = Readonly<Record<string, WireCodec<unknown>>>;

/** No fields (the default for `optional`). */
export type NoFields = Readonly<Record<never, WireCodec<unknown>>>;

/** A flattened object type (for readable hover types of decoded requests). @since 0.1.0 */
export type Simplify<T> = { [K in keyof T]: T[K] } & unknown;

/** The decoded object: required fields present, optional fields absent or present (never `undefined`). */
export type StrictObjectOf<R extends Fields, O extends Fields> = Simplify<
  { readonly [K in keyof R]: TypeOfCodec<R[K]> } & { readonly [K in Exclude<keyof O, keyof R>]?: TypeOfCodec<O[K]> }
>;

/** A strict object codec, with its declared fields (used to build variants and fallbacks). */
export interface StrictObjectCodec<R extends Fields, O extends Fields> extends WireCodec<StrictObjectOf<R, O>> {
  readonly required: R;
  readonly optional: O;
}

/**
 * A strict JSON object codec: `required` fields must be present
 * (`MISSING_FIELD`), `optional` ones may be absent, and any other own key is
 * refused (`UNKNOWN_FIELD`, with its dotted path and, for a misspelling, the
 * field meant). `__proto__`, `constructor` and `prototype` are never declared,
 * so they are always unknown fields. A value that is not an object is
 * `WRONG_TYPE`. Every field is checked and every error kept, except that
 * of more than 100 unknown keys only the first 100 (in path order) become
 * errors and the rest are counted in one `ERRORS_TRUNCATED` entry, which
 * `capErrors` merges into the list's final one (the list is capped at 100).
 *
 * Only own data properties are read (never the prototype chain, never a
 * getter); the output is a fresh null-prototype object built from the
 * declared names only, so no input key can reach a prototype, and reading an
 * absent optional field of it gives `undefined` whatever other code adds to
 * `Object.prototype`.
 *
 * @example
 * import { strictObject } from './strictObject.js';
 * import { quantityCodec } from './quantityCodec.js';
 * const limits = strictObject('DrugLimits', {}, { maxDaily: quantityCodec('doseRate', 'positive') });
 * limits.decode({ maxDaily: '5 mg/day' }); // Right({ maxDaily: { dim: 'doseRate', base: 5000000 } })
 * limits.decode({ maxDialy: '5 mg/day' }); // Left: UNKNOWN_FIELD at "maxDialy" (did you mean "maxDaily"?)
 *
 * Implements REQ-WIRE-002 (unknown fields refused), REQ-WIRE-003 (missing fields, wrong types),
 * REQ-WIRE-013 (no prototype pollution), REQ-INPUT-002 (bounded error work), REQ-EMBED-003.
 * @since 0.1.0
 */
export function strictObject<R extends Fields, O extends Fields = NoFields>(name: string, required: R, optional?: O): StrictObjectCodec<R, O> {
  const opt = (optional ?? {}) as O;
  const requiredNames = Object.keys(required);
  const optionalNames = Object.keys(opt).filter((k) => !requiredNames.includes(k));
  const declared = new Set<string>([...requiredNames, ...optionalNames]);
  const allNames = [...requiredNames, ...optionalNames];
  const listing = [...requiredNames, ...optionalNames.map((k) => `${k}?`)].join(', ');
  const codecs = new Map<string, WireCodec<unknown>>();
  for (const k of optionalNames) codecs.set(k, opt[k] as WireCodec<unknown>);
  for (const k of requiredNames) codecs.set(k, required[k] as WireCodec<unknown>);

  const codec = wireCodec<StrictObjectOf<R, O>>(name, (u, c) => {
    if (!isRecord(u)) {
      return codedFailure(u, c, 'WRONG_TYPE', `expected an object (${name}: ${listing}), got ${jsonTypeOf(u)}`);
    }
    const errors: t.Errors = [];
    const entries: [string, unknown][] = [];
    for (const k of allNames) {
      const field = codecs.get(k);
      if (field === undefined) continue;
      const own = ownValue(u, k);
      if (!own.present) {
        if (requiredNames.includes(k)) errors.push(codedError(undefined, contextAt(c, [k]), 'MISSING_FIELD', `missing required field "${k}" (${name}: ${listing})`));
        continue;
      }
      const r = field.validate(own.value, t.appendContext(c, k, field, own.value));
      if (r._tag === 'Left') errors.push(...r.left);
      else entries.push([k, r.right]);
    }
    // Unknown keys, each shown once (a long key is cut for its path). Only the
    // first MAX_ERRORS in path order become errors: the error list is capped at
    // that many anyway (capErrors), so the rest are only counted, and a request
    // of 100 000 unknown fields costs a sort of their names, not 100 000 errors.
    const unknown = new Map<string, string>();
    for (const k of Object.keys(u)) {
      if (declared.has(k)) continue;
      const shown = keyForPath(k);
      if (!unknown.has(shown)) unknown.set(shown, k);
    }
    const shownKeys = [...unknown.keys()];
    if (shownKeys.length > MAX_ERRORS) shownKeys.sort(comparePaths);
    for (const shown of shownKeys.slice(0, MAX_ERRORS)) {
      const hint = suggestField(unknown.get(shown) ?? shown, allNames);
      errors.push(
        codedError(undefined, contextAt(c, [shown]), 'UNKNOWN_FIELD',
          `unknown field ${JSON.stringify(shown)}${hint === undefined ? '' : ` (did you mean "${hint}"?)`}; ${name} has: ${listing}`),
      );
    }
    if (shownKeys.length > MAX_ERRORS) {
      const note = errorsLeftOut(shownKeys.length - MAX_ERRORS);
      errors.push(codedError(undefined, c, note.code, note.message));
    }
    if (errors.length > 0) return t.failures(errors);
    return t.success(nullPrototypeObject(entries) as StrictObjectOf<R, O>);
  }, {
    type: 'object',
    title: name,
    properties: Object.fromEntries(allNames.map((k) => [k, codecs.get(k)?.schema ?? {}])),
    ...(requiredNames.length > 0 ? { required: requiredNames } : {}),
    additionalProperties: false,
  });
  return { ...codec, required, optional: opt };
}

