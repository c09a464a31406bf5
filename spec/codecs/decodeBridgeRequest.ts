import type * as E from 'fp-ts/lib/Either.js';
import { INPUT_BOUNDS, WEEKDAYS, type BridgeRequest, type EngineError } from '../../core/index.js';
import { catheterCodec } from './catheterCodec.js';
import { clockTimeCodec } from './clockTimeCodec.js';
import { decodeWith } from './decodeWith.js';
import { enumCodec } from './enumCodec.js';
import { limitsCodec } from './limitsCodec.js';
import { mapCodec } from './mapCodec.js';
import { overridesCodec } from './overridesCodec.js';
import { pumpCodec } from './pumpCodec.js';
import { quantityCodec } from './quantityCodec.js';
import { reservoirDrugsCodec } from './reservoirDrugsCodec.js';
import { strictObject } from './strictObject.js';
import { therapyCodec } from './therapyCodec.js';

const oldFluid = strictObject('OldFluid', { drugs: reservoirDrugsCodec, rate: quantityCodec('flow', 'positive', INPUT_BOUNDS.flow) });
const newFluid = strictObject('NewFluid', { drugs: reservoirDrugsCodec, therapy: therapyCodec }, { fill: quantityCodec('volume', 'nonNegative', INPUT_BOUNDS.reservoirVolume), filledAt: clockTimeCodec, filledOn: enumCodec(WEEKDAYS) });

/** The codec of a `bridge` request; its `schema` is the request's JSON Schema. @since 0.1.0 */
export const bridgeRequestCodec = mapCodec(
  strictObject('BridgeRequest', { pump: pumpCodec, catheter: catheterCodec, old: oldFluid, new: newFluid }, { limits: limitsCodec, overrides: overridesCodec }),
  (w): BridgeRequest => ({
    pump: w.pump,
    catheter: w.catheter,
    old: { drugs: w.old.drugs, rate: w.old.rate },
    new: {
      drugs: w.new.drugs,
      therapy: w.new.therapy,
      ...(w.new.fill === undefined ? {} : { fill: w.new.fill }),
      filledAt: w.new.filledAt ?? 0n,
      ...(w.new.filledOn === undefined ? {} : { filledOn: w.new.filledOn }),
    },
    limits: w.limits ?? {},
    overrides: w.overrides ?? [],
  }),
);

/**
 * Decodes a parsed `bridge` request of wire format v1:
 * `{ pump, catheter, old: { drugs, rate }, new: { drugs, therapy, fill?, filledAt?, filledOn? }, limits?, overrides? }`
 * (`fill`, `filledAt` and `filledOn` are extensions, see docs/wire-extensions.md; by
 * default the refill fills the reservoir to capacity at 00:00; a week program
 * needs `filledOn`, the weekday of the refill). Strict, every
 * error collected with its path; the therapy is the `compile` therapy. Never
 * throws.
 *
 * @example
 * import { decodeBridgeRequest } from './decodeBridgeRequest.js';
 * decodeBridgeRequest({ pump: 'NAME', catheter: { volume: '0.05 mL' },
 *   old: { drugs: [{ drug: 'morphine', concentration: '20 mg/mL' }], rate: '0.15 mL/day' },
 *   new: { drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }], therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } } });
 * // Right: catheter { volume: 0.05 mL }, old.rate 0.15 mL/day (150 base units), new.filledAt 0n
 *
 * Implements REQ-BRIDGE-001, REQ-WIRE-002, REQ-WIRE-003, REQ-WIRE-014, REQ-BOUND-001, REQ-WEEK-007.
 * @since 0.1.0
 */
export function decodeBridgeRequest(u: unknown): E.Either<EngineError[], BridgeRequest> {
  return decodeWith(bridgeRequestCodec, u);
}
