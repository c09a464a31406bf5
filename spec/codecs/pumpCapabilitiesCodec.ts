import type { CapabilitiesInput } from '../../core/index.js';
import { booleanCodec } from './booleanCodec.js';
import { countCodec } from './countCodec.js';
import { strictObject } from './strictObject.js';
import type { WireCodec } from './WireCodec.js';

/**
 * What an integrator's pump can hold (`pump.capabilities` of a request, and
 * `capabilities` of a site pump profile): counts 0 to 48, flags true or
 * false; every field optional, unknown fields refused.
 *
 * @example
 * import { pumpCapabilitiesCodec } from './pumpCapabilitiesCodec.js';
 * pumpCapabilitiesCodec.decode({ doseChangesPerDay: 8 }); // Right({ doseChangesPerDay: 8n })
 *
 * Implements REQ-CAP-002, REQ-SITE-007.
 * @since 0.1.0
 */
export const pumpCapabilitiesCodec: WireCodec<CapabilitiesInput> = strictObject('PumpCapabilities', {}, {
  doseChangesPerDay: countCodec,
  periodicBolusesPerDay: countCodec,
  weekProgram: booleanCodec,
  patientBolus: booleanCodec,
  singleBolus: booleanCodec,
  stop: booleanCodec,
});
