import { INPUT_BOUNDS, type DrugLimits } from '../../core/index.js';
import { drugRecordCodec } from './drugRecordCodec.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import type { WireCodec } from './WireCodec.js';

/**
 * The `limits` of a request: an object keyed by drug name, each a strict
 * `{ maxDaily? }` with `maxDaily` a dose rate > 0 (`NOT_POSITIVE`), at most
 * 40000 mg/day (an engine bound, `QUANTITY_ABOVE_BOUND`). A
 * misspelt inner field (`limits.morphine.maxDialy`) is `UNKNOWN_FIELD`.
 *
 * @example
 * import { limitsCodec } from './limitsCodec.js';
 * limitsCodec.decode({ morphine: { maxDaily: '5 mg/day' } }); // Right({ morphine: { maxDaily: 5000000 ng/day } })
 * limitsCodec.decode({ morphine: { maxDialy: '5 mg/day' } }); // Left: UNKNOWN_FIELD at "morphine.maxDialy"
 *
 * Implements REQ-WIRE-001, REQ-WIRE-002, REQ-WIRE-005, REQ-BOUND-001.
 * @since 0.1.0
 */
export const limitsCodec: WireCodec<Readonly<Record<string, DrugLimits>>> = drugRecordCodec(
  strictObject('DrugLimits', {}, { maxDaily: quantityCodec('doseRate', 'positive', INPUT_BOUNDS.doseRate) }),
);
