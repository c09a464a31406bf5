import * as t from 'io-ts';
import { INPUT_BOUNDS, type Override } from '../../core/index.js';
import { arrayCodec } from './arrayCodec.js';
import { codedError, type CodedValidationError } from './codedError.js';
import { discriminatedStrictObject } from './discriminatedStrictObject.js';
import { drugNameCodec } from './drugNameCodec.js';
import { enumCodec } from './enumCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import { wireCodec, type WireCodec } from './WireCodec.js';
import { MAX_OVERRIDES, MAX_REASON_LENGTH } from '../../core/request/bounds.js';

/** Longest override reason, in characters (defined once, in core/request/bounds.ts). */
export { MAX_REASON_LENGTH };

const variant = <const L extends string>(limit: L, upTo: WireCodec<unknown>) => strictObject('Override', {
  code: enumCodec(['SOFT_LIMIT_EXCEEDED']),
  drug: drugNameCodec,
  limit: enumCodec([limit]),
  upTo,
  reason: nonEmptyStringCodec(MAX_REASON_LENGTH),
});

const UP_TO_HELP = '"upTo" is required: the most the override allows, a quantity of the limit\'s dimension '
  + '("maxDaily": a daily dose such as "25 mg/day"; "maxConcentration": a concentration such as "25 mg/mL"; "maxBolus": a mass); '
  + 'an override without it would lift the soft limit at any size';

const oneOverride = discriminatedStrictObject('Override', 'limit', {
  maxDaily: variant('maxDaily', quantityCodec('doseRate', 'positive', INPUT_BOUNDS.doseRate)),
  maxConcentration: variant('maxConcentration', quantityCodec('concentration', 'positive', INPUT_BOUNDS.concentration)),
  maxBolus: variant('maxBolus', quantityCodec('mass', 'positive', INPUT_BOUNDS.mass)),
});

/** The override codec, with a missing `upTo` explained (MISSING_FIELD, a message that says what to give). */
const explained: WireCodec<Override> = wireCodec<Override>('Override', (u, c) => {
  const r = oneOverride.validate(u, c);
  if (r._tag === 'Right') return t.success(r.right as Override);
  return t.failures(r.left.map((e) => {
    const coded = e as CodedValidationError;
    const last = e.context[e.context.length - 1];
    return coded.code === 'MISSING_FIELD' && last?.key === 'upTo' ? codedError(e.value, e.context, 'MISSING_FIELD', UP_TO_HELP) : e;
  }));
}, oneOverride.schema);

/**
 * The `overrides` of a request: a list (at most 100) of strict
 * `{ code, drug, limit, upTo, reason }`. Only a soft limit can be overridden,
 * so `code` must be `SOFT_LIMIT_EXCEEDED` (`INVALID_VALUE` otherwise: a hard
 * limit has no override); `limit` names the soft limit passed (`maxDaily`,
 * `maxConcentration`, or the extension `maxBolus`; `INVALID_VALUE`, or
 * `MISSING_FIELD`); `upTo`, required (`MISSING_FIELD`, with a message that
 * says what to give), is the most the override allows, a positive quantity of
 * that limit's dimension (`WRONG_DIMENSION`, `NOT_POSITIVE`, at most its
 * engine bound: `QUANTITY_ABOVE_BOUND`); `reason` must have content
 * (`EMPTY_STRING`).
 *
 * @example
 * import { overridesCodec } from './overridesCodec.js';
 * overridesCodec.decode([{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', upTo: '18 mg/day', reason: 'palliative, pain uncontrolled' }]); // Right([...])
 * overridesCodec.decode([{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', reason: 'x' }]); // Left: MISSING_FIELD at "0.upTo"
 * overridesCodec.decode([{ code: 'HARD_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', upTo: '18 mg/day', reason: 'x' }]); // Left: INVALID_VALUE at "0.code"
 *
 * Implements REQ-WIRE-001, REQ-WIRE-006, REQ-LIMIT-101.
 * @since 0.1.0
 */
export const overridesCodec: WireCodec<readonly Override[]> = arrayCodec(explained, { nonEmpty: false, maxLength: MAX_OVERRIDES });
