import { INPUT_BOUNDS, WEEKDAYS, type ReservoirFill } from '../../core/index.js';
import { enumCodec } from './enumCodec.js';
import { clockTimeCodec } from './clockTimeCodec.js';
import { mapCodec } from './mapCodec.js';
import { quantityCodec } from './quantityCodec.js';
import { reservoirDrugsCodec } from './reservoirDrugsCodec.js';
import { strictObject } from './strictObject.js';
import type { WireCodec } from './WireCodec.js';

/**
 * The `reservoir` of a `compile` request: `{ fill, filledAt?, drugs }`; the
 * fill is a volume >= 0 (`NEGATIVE_QUANTITY`; a zero fill is well-formed and
 * refused for safety by the compile, `EMPTY_RESERVOIR`) and at most the largest sourced
 * reservoir, 40 mL (`QUANTITY_ABOVE_BOUND`), `filledAt` a clock time (default
 * `"00:00"`, decoded to 0 s), `filledOn` the weekday of the fill (`"monday"` …
 * `"sunday"`; an extension, needed by a week program: REQ-WEEK-003; a daily
 * program does not read it).
 *
 * @example
 * import { reservoirFillCodec } from './reservoirFillCodec.js';
 * reservoirFillCodec.decode({ fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] });
 * // Right({ fill: 40 mL, filledAt: 0n, drugs: [{ drug: 'morphine', concentration: 10 mg/mL }] })
 *
 * Implements REQ-WIRE-001, REQ-WIRE-005, REQ-WIRE-009, REQ-BOUND-001.
 * @since 0.1.0
 */
export const reservoirFillCodec: WireCodec<ReservoirFill> = mapCodec(
  strictObject('Reservoir', { fill: quantityCodec('volume', 'nonNegative', INPUT_BOUNDS.reservoirVolume), drugs: reservoirDrugsCodec }, { filledAt: clockTimeCodec, filledOn: enumCodec(WEEKDAYS) }),
  (w): ReservoirFill => ({ fill: w.fill, filledAt: w.filledAt ?? 0n, ...(w.filledOn === undefined ? {} : { filledOn: w.filledOn }), drugs: w.drugs }),
);
