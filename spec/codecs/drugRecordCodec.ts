import * as t from 'io-ts';
import { codedError } from './codedError.js';
import { codedFailure } from './codedFailure.js';
import { contextAt } from './contextAt.js';
import { DRUG_NAME, MAX_DRUG_NAME, drugNameProblem } from './_internals/drugName.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { isRecord, nullPrototypeObject, ownValue } from './_internals/ownValue.js';
import { keyForPath } from './_internals/pathOf.js';
import { RESERVED_NAMES } from './_internals/reservedNames.js';
import { wireCodec, type WireCodec } from './WireCodec.js';
import { MAX_DRUG_ENTRIES } from '../../core/request/bounds.js';

/** Most drugs in one record (`limits`; defined once, in core/request/bounds.ts). */
export { MAX_DRUG_ENTRIES };

/**
 * A JSON object keyed by drug name (`limits`): each key must be a drug name
 * (`INVALID_VALUE` at `limits.<key>`), `__proto__`, `constructor` and
 * `prototype` are `UNKNOWN_FIELD`, each value is decoded by `value`. More than
 * 64 drugs is `INPUT_TOO_LARGE`. The result is a fresh null-prototype
 * object built from validated names only.
 *
 * @example
 * import { drugRecordCodec } from './drugRecordCodec.js';
 * import { strictObject } from './strictObject.js';
 * import { quantityCodec } from './quantityCodec.js';
 * const limits = drugRecordCodec(strictObject('DrugLimits', {}, { maxDaily: quantityCodec('doseRate', 'positive') }));
 * limits.decode({ morphine: { maxDaily: '5 mg/day' } }); // Right({ morphine: { maxDaily: 5 mg/day } })
 * limits.decode({ morphine: { maxDialy: '5 mg/day' } }); // Left: UNKNOWN_FIELD at "morphine.maxDialy"
 *
 * Implements REQ-WIRE-002, REQ-WIRE-006, REQ-WIRE-013, REQ-EMBED-003.
 * @since 0.1.0
 */
export function drugRecordCodec<A>(value: WireCodec<A>): WireCodec<Readonly<Record<string, A>>> {
  return wireCodec<Readonly<Record<string, A>>>(`drug name → ${value.name}`, (u, c) => {
    if (!isRecord(u)) return codedFailure(u, c, 'WRONG_TYPE', `expected an object keyed by drug name, got ${jsonTypeOf(u)}`);
    const keys = Object.keys(u);
    if (keys.length > MAX_DRUG_ENTRIES) return codedFailure(u, c, 'INPUT_TOO_LARGE', `at most ${MAX_DRUG_ENTRIES} drugs (got ${keys.length})`);
    const errors: t.Errors = [];
    const entries: [string, A][] = [];
    for (const k of keys) {
      const shown = keyForPath(k);
      if (RESERVED_NAMES.has(k)) {
        errors.push(codedError(undefined, contextAt(c, [shown]), 'UNKNOWN_FIELD', `unknown field ${JSON.stringify(shown)}: a reserved name, not a drug`));
        continue;
      }
      const problem = drugNameProblem(k);
      if (problem !== undefined) {
        errors.push(codedError(k, contextAt(c, [shown]), 'INVALID_VALUE', problem));
        continue;
      }
      const own = ownValue(u, k);
      const r = value.validate(own.value, t.appendContext(c, k, value, own.value));
      if (r._tag === 'Left') errors.push(...r.left);
      else entries.push([k, r.right]);
    }
    return errors.length > 0 ? t.failures(errors) : t.success(nullPrototypeObject(entries) as Readonly<Record<string, A>>);
  }, {
    type: 'object',
    maxProperties: MAX_DRUG_ENTRIES,
    propertyNames: { pattern: DRUG_NAME.source, maxLength: MAX_DRUG_NAME, not: { enum: [...RESERVED_NAMES] } },
    additionalProperties: value.schema,
  });
}
