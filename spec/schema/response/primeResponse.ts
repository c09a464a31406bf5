import { DOSES, LIMIT_APPLIED, PROGRAM_FIELDS, PROGRAM_OPTIONAL, RESERVOIR, ROUNDING, WORST_LEAST } from './compileParts.js';
import { array, boolean, byName, nullable, object, quantityText, type Static } from './Shape.js';

/**
 * The fields of a `prime` answer: the priming bolus, when drug reaches the
 * tip, and the program after it (docs/wire-extensions.md).
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export const PRIME_RESPONSE = object({
  priming: object({ volume: quantityText('volume'), rate: quantityText('flow'), ratePerHour: quantityText('flow'), duration: quantityText('time') }),
  drugAtTipAfter: nullable(quantityText('time')),
  deadVolume: quantityText('volume'),
  catheterVolume: quantityText('volume'),
  internalVolume: quantityText('volume'),
  primingBolusAtTip: byName(quantityText('mass'), 'the drug the priming bolus delivers at the tip, per drug'),
  tipDoses: byName(WORST_LEAST, 'per drug'),
  tipDosesPlugFlow: byName(WORST_LEAST, 'per drug, under plug flow'),
  patientBolusBound: boolean('the tip doses bound every way of taking the patient bolus'),
  program: object({ after: quantityText('time'), ...PROGRAM_FIELDS }, PROGRAM_OPTIONAL),
  doses: DOSES,
  reservoir: RESERVOIR,
  roundings: array(ROUNDING),
  limitsApplied: array(LIMIT_APPLIED),
});

/** A `prime` answer's fields. @since 0.1.0 */
export type PrimeResponse = Static<typeof PRIME_RESPONSE>;
