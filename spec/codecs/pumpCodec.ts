import { INPUT_BOUNDS as B, type PumpInput } from '../../core/index.js';
import { codedFailure } from './codedFailure.js';
import { enumCodec } from './enumCodec.js';
import { mapCodec } from './mapCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { labelledUseCodec } from './labelledUseCodec.js';
import { isRecord } from './_internals/ownValue.js';
import { wireCodec, type WireCodec } from './WireCodec.js';
import { MAX_PROFILE_NAME } from '../../core/request/bounds.js';
import { pumpCapabilitiesCodec } from './pumpCapabilitiesCodec.js';

/** `pump.capabilities`: what the integrator's pump can hold. */
const capabilities = pumpCapabilitiesCodec;

const profileName = nonEmptyStringCodec(MAX_PROFILE_NAME);

const pumpObject = strictObject('Pump', {}, {
  profile: profileName,
  kind: enumCodec(['programmable', 'fixed-rate']),
  reservoir: quantityCodec('volume', 'positive', B.reservoirVolume),
  lowReservoirAlarm: quantityCodec('volume', 'nonNegative', B.reservoirVolume),
  rateResolution: quantityCodec('flow', 'positive', B.flow),
  minRate: quantityCodec('flow', 'positive', B.flow),
  maxRate: quantityCodec('flow', 'positive', B.flow),
  maxBolusRate: quantityCodec('flow', 'positive', B.flow),
  bolusVolumeResolution: quantityCodec('volume', 'positive', B.reservoirVolume),
  internalVolume: quantityCodec('volume', 'nonNegative', B.internalVolume),
  nominalFlow: quantityCodec('flow', 'positive', B.flow),
  flowTolerance: quantityCodec('percent', 'nonNegative', B.flowTolerance),
  labelledUse: labelledUseCodec,
  capabilities,
});

const pumpName = mapCodec(profileName, (profile): PumpInput => ({ profile }));

/**
 * The `pump` field of a request: a built-in profile name (`"pump": "NAME"` →
 * `{ profile: "NAME" }`) or a strict object with the profile parameters, every
 * one optional here (`resolvePump` refuses a missing one, naming it; the
 * engine never guesses). Capacities, resolutions and rates must be > 0
 * (`NOT_POSITIVE`); `lowReservoirAlarm`, `internalVolume` and `flowTolerance`
 * ≥ 0 (`NEGATIVE_QUANTITY`). Every value has an upper bound
 * (`QUANTITY_ABOVE_BOUND`, see `INPUT_BOUNDS`): volumes at most the largest
 * sourced reservoir (40 mL), the internal volume 4 mL, flows 1440 mL/day,
 * the flow tolerance 100 %. Whether the name is a built-in profile is checked
 * later (`UNKNOWN_PUMP`). `labelledUse` (an extension) is the pump's labelled
 * use, see `labelledUseCodec`. `capabilities` (an extension) gives what the
 * integrator's pump can hold: `doseChangesPerDay` and `periodicBolusesPerDay`
 * (integers 0 to 48), `weekProgram`, `patientBolus`, `singleBolus`, `stop`
 * (true or false).
 *
 * @example
 * import { pumpCodec } from './pumpCodec.js';
 * pumpCodec.decode('NAME'); // Right({ profile: 'NAME' })
 * pumpCodec.decode({ kind: 'fixed-rate', reservoir: '20 mL', nominalFlow: '1 mL/day', flowTolerance: '15 %' });
 * // Right({ kind: 'fixed-rate', reservoir: 20 mL, nominalFlow: 1 mL/day, flowTolerance: 15 % })
 * pumpCodec.decode({ reservoir: '0 mL' }); // Left: NOT_POSITIVE at "reservoir"
 *
 * Implements REQ-WIRE-001, REQ-WIRE-005, REQ-PUMP-001, REQ-BOUND-001, REQ-LABEL-003, REQ-CAP-002.
 * @since 0.1.0
 */
export const pumpCodec: WireCodec<PumpInput> = wireCodec<PumpInput>('Pump', (u, c) => {
  if (typeof u === 'string') return pumpName.validate(u, c);
  if (isRecord(u)) return pumpObject.validate(u, c);
  return codedFailure(u, c, 'WRONG_TYPE', `expected a built-in pump profile name or a pump object, got ${jsonTypeOf(u)}`);
}, { title: 'Pump', anyOf: [{ ...profileName.schema, description: 'a built-in pump profile name (itdose pumps lists them)' }, pumpObject.schema] });
