import * as t from 'io-ts';
import { INPUT_BOUNDS, type CatheterInput } from '../../core/index.js';
import { codedError } from './codedError.js';
import { contextAt } from './contextAt.js';
import { hasOwn, isRecord } from './_internals/ownValue.js';
import { codedFailure } from './codedFailure.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import { wireCodec, type WireCodec } from './WireCodec.js';

const fields = strictObject('Catheter', {}, {
  volume: quantityCodec('volume', 'positive', INPUT_BOUNDS.catheterVolume),
  length: quantityCodec('length', 'positive', INPUT_BOUNDS.catheterLength),
  volumePerLength: quantityCodec('volumePerLength', 'positive', INPUT_BOUNDS.catheterVolumePerLength),
});

function oneForm(u: unknown, c: t.Context): t.Errors {
  if (!isRecord(u)) return [];
  const has = (k: string): boolean => hasOwn(u, k);
  if (has('volume') && (has('length') || has('volumePerLength'))) {
    return [codedError(u, c, 'INVALID_VALUE', 'give the catheter either "volume" or "length" with "volumePerLength", not both')];
  }
  if (has('volume')) return [];
  if (!has('length') && !has('volumePerLength')) {
    return [codedError(undefined, contextAt(c, ['volume']), 'MISSING_FIELD', 'the catheter needs "volume", or "length" with "volumePerLength" (e.g. "90 cm" and "0.0026 mL/cm")')];
  }
  const absent = has('length') ? 'volumePerLength' : 'length';
  return has(absent) ? [] : [codedError(undefined, contextAt(c, [absent]), 'MISSING_FIELD', `the catheter's "${absent}" is missing: its volume is length × volumePerLength`)];
}

/**
 * The catheter of a `bridge` or `prime` request: `{ "volume": "0.05 mL" }`
 * or `{ "length": "90 cm", "volumePerLength": "0.0026 mL/cm" }` (exactly one
 * form, every value > 0). Bounded (`QUANTITY_ABOVE_BOUND`): the length by the
 * longest sourced catheter (110 cm, Prometra), the volume per length by
 * 0.026 mL/cm and the volume by 2.86 mL (engine bounds: ten times the
 * Prometra catheter's), so the dead volume and the work of `bridge` and
 * `prime` stay bounded.
 *
 * @example
 * import { catheterCodec } from './catheterCodec.js';
 * catheterCodec.decode({ volume: '0.05 mL' }); // Right({ volume: 0.05 mL })
 * catheterCodec.decode({ length: '90 cm' }); // Left: MISSING_FIELD at "volumePerLength"
 *
 * Implements REQ-BRIDGE-001, REQ-WIRE-002, REQ-WIRE-005, REQ-BOUND-001.
 * @since 0.1.0
 */
export const catheterCodec: WireCodec<CatheterInput> = wireCodec<CatheterInput>('Catheter', (u, c) => {
  const r = fields.validate(u, c);
  const extra = oneForm(u, c);
  if (r._tag === 'Left' || extra.length > 0) return t.failures([...(r._tag === 'Left' ? r.left : []), ...extra]);
  const w = r.right;
  if (w.volume !== undefined) return t.success({ volume: w.volume });
  if (w.length !== undefined && w.volumePerLength !== undefined) return t.success({ length: w.length, volumePerLength: w.volumePerLength });
  return codedFailure(u, c, 'MISSING_FIELD', 'the catheter needs "volume", or "length" with "volumePerLength"');
}, {
  ...fields.schema,
  oneOf: [
    { required: ['volume'], not: { anyOf: [{ required: ['length'] }, { required: ['volumePerLength'] }] } },
    { required: ['length', 'volumePerLength'], not: { required: ['volume'] } },
  ],
});
