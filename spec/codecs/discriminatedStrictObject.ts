import * as t from 'io-ts';
import { codedError } from './codedError.js';
import { codedFailure } from './codedFailure.js';
import { contextAt } from './contextAt.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { hasOwn, isRecord, ownValue } from './_internals/ownValue.js';
import { strictObject, type Fields } from './strictObject.js';
import { wireCodec, type JsonSchema, type TypeOfCodec, type WireCodec } from './WireCodec.js';

/** A variant: a strict object codec with its declared fields. */
export type Variant = WireCodec<object> & { readonly required: Fields; readonly optional: Fields };

const ANY: WireCodec<unknown> = wireCodec<unknown>('any', (u) => t.success(u), {});

/** A variant's schema with its tag field pinned to the variant's name (so exactly one variant matches). */
function variantSchema(v: Variant | undefined, tag: string, value: string): JsonSchema {
  const own = v?.schema ?? {};
  const properties = (own['properties'] ?? {}) as Readonly<Record<string, JsonSchema>>;
  const required = (own['required'] ?? []) as readonly string[];
  return { ...own, properties: { ...properties, [tag]: { const: value } }, required: required.includes(tag) ? required : [tag, ...required] };
}

/**
 * A strict object whose `tag` field (e.g. `therapy.mode`) chooses which strict
 * object applies: a field of another variant is `UNKNOWN_FIELD` (in
 * `continuous` mode `steps` is unknown; in `flex` mode `dose` is). A missing
 * tag is `MISSING_FIELD`, an unknown one `INVALID_VALUE`; then the other fields
 * are still checked (as if every variant's fields were allowed), so all errors
 * are reported at once.
 *
 * @example
 * import { discriminatedStrictObject } from './discriminatedStrictObject.js';
 * import { strictObject } from './strictObject.js';
 * import { enumCodec } from './enumCodec.js';
 * import { quantityCodec } from './quantityCodec.js';
 * const route = discriminatedStrictObject('From', 'route', {
 *   oral: strictObject('Oral', { route: enumCodec(['oral']), dose: quantityCodec('doseRate', 'positive') }),
 *   intrathecal: strictObject('Intrathecal', { route: enumCodec(['intrathecal']) }),
 * });
 * route.decode({ route: 'oral', dose: '300 mg/day' }); // Right({ route: 'oral', dose: 300 mg/day })
 * route.decode({ route: 'intrathecal', dose: '1 mg/day' }); // Left: UNKNOWN_FIELD at "dose"
 *
 * Implements REQ-WIRE-002, REQ-WIRE-003, REQ-WIRE-004.
 * @since 0.1.0
 */
export function discriminatedStrictObject<V extends Readonly<Record<string, Variant>>>(name: string, tag: string, variants: V): WireCodec<TypeOfCodec<V[keyof V]>> {
  const all = Object.values(variants);
  const tags = Object.keys(variants);
  const required: Record<string, WireCodec<unknown>> = {};
  const optional: Record<string, WireCodec<unknown>> = {};
  for (const v of all) {
    for (const [k, codec] of [...Object.entries(v.required), ...Object.entries(v.optional)]) {
      if (k === tag) continue;
      const everywhere = all.every((w) => hasOwn(w.required, k));
      const target = everywhere ? required : optional;
      if (!hasOwn(target, k)) target[k] = codec;
    }
  }
  const fallback = strictObject(name, required, Object.fromEntries([...Object.entries(optional), [tag, ANY]]));
  const listing = tags.map((k) => `"${k}"`).join(', ');

  return wireCodec<TypeOfCodec<V[keyof V]>>(name, (u, c) => {
    if (!isRecord(u)) return codedFailure(u, c, 'WRONG_TYPE', `expected an object (${name}), got ${jsonTypeOf(u)}`);
    const own = ownValue(u, tag);
    const chosen = own.present && typeof own.value === 'string' && hasOwn(variants, own.value) ? variants[own.value] : undefined;
    if (chosen !== undefined) return chosen.validate(u, c) as t.Validation<TypeOfCodec<V[keyof V]>>;
    const tagError = own.present
      ? codedError(own.value, contextAt(c, [tag]), 'INVALID_VALUE', `"${tag}" must be one of ${listing}, got ${typeof own.value === 'string' ? JSON.stringify(own.value.slice(0, 64)) : jsonTypeOf(own.value)}`)
      : codedError(undefined, contextAt(c, [tag]), 'MISSING_FIELD', `missing required field "${tag}" (one of ${listing})`);
    const rest = fallback.validate(u, c);
    return t.failures([tagError, ...(rest._tag === 'Left' ? rest.left : [])]);
  }, { title: name, oneOf: tags.map((k) => variantSchema(variants[k], tag, k)) });
}
