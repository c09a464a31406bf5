import { DOSES, LIMIT_APPLIED, PROGRAM_FIELDS, PROGRAM_OPTIONAL, ROUNDING, WORST_LEAST } from './compileParts.js';
import { array, boolean, byName, object, oneOf, quantityText, type Static } from './Shape.js';

/** A drug's tip doses from the refill on, and over the windows across the refill (`acrossRefill`). */
const TIP_DOSES = object({
  worst24h: quantityText('mass', 'the most of any 24 h window from the refill on; printed up'),
  least24h: quantityText('mass', 'the least of any 24 h window from the refill on; printed down'),
  acrossRefill: WORST_LEAST,
});

/**
 * The fields of a `bridge` answer: the bridge program, the new daily program
 * after it, and the tip doses with and without the bridge
 * (docs/wire-extensions.md).
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export const BRIDGE_RESPONSE = object({
  program: object({
    steps: array(object({ after: quantityText('time'), rate: quantityText('flow'), ratePerHour: quantityText('flow'), fluid: oneOf(['old'] as const) }), 'the bridge: the old fluid at this flow until the switch'),
    newProgram: object({ after: quantityText('time', 'when the new daily program starts, from the refill'), ...PROGRAM_FIELDS }, PROGRAM_OPTIONAL),
  }),
  deadVolume: quantityText('volume'),
  catheterVolume: quantityText('volume'),
  internalVolume: quantityText('volume'),
  tipDoses: byName(TIP_DOSES, 'with the bridge, per drug'),
  withoutBridge: byName(TIP_DOSES, 'the new program at once, per drug'),
  prescribedRange: byName(object({ lower: quantityText('mass'), upper: quantityText('mass') }), 'between the old and the new daily dose, per drug'),
  concentrations: byName(object({ old: quantityText('concentration'), new: quantityText('concentration') }), 'per drug'),
  overdoseWithoutBridge: boolean('some drug without a bridge leaves its range upward'),
  underdoseWithoutBridge: boolean('some drug without a bridge leaves its range downward'),
  patientBolusBound: boolean('the tip doses bound every way of taking the patient bolus'),
  doses: DOSES,
  roundings: array(ROUNDING),
  limitsApplied: array(LIMIT_APPLIED),
}, {
  bridge: object({
    rate: quantityText('flow'),
    until: quantityText('time'),
    basis: oneOf(['new dose from old fluid', 'old rate'] as const),
    switchRounded: oneOf(['later', 'earlier'] as const),
    oldFluidOutAfter: quantityText('time'),
  }),
});

/** A `bridge` answer's fields. @since 0.1.0 */
export type BridgeResponse = Static<typeof BRIDGE_RESPONSE>;

