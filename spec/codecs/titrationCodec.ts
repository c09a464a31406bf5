import { INPUT_BOUNDS, type Titration } from '../../core/index.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import type { WireCodec } from './WireCodec.js';

/**
 * The `titration` of a `compile` request: `{ previousDose, since }`, a dose
 * rate >= 0 (a drug started from nothing has previous dose 0, so the
 * titration rule still applies; `NEGATIVE_QUANTITY`) and a duration > 0 (`NOT_POSITIVE`),
 * each at most its engine bound (40000 mg/day, 36600 day: `QUANTITY_ABOVE_BOUND`).
 *
 * @example
 * import { titrationCodec } from './titrationCodec.js';
 * titrationCodec.decode({ previousDose: '2.5 mg/day', since: '7 day' });
 * // Right({ previousDose: 2500000 ng/day, since: 604800 s })
 *
 * Implements REQ-WIRE-001, REQ-WIRE-005, REQ-BOUND-001.
 * @since 0.1.0
 */
export const titrationCodec: WireCodec<Titration> = strictObject('Titration', {
  previousDose: quantityCodec('doseRate', 'nonNegative', INPUT_BOUNDS.doseRate),
  since: quantityCodec('time', 'positive', INPUT_BOUNDS.titrationSince),
});
