import { anyJson, array, boolean, object, oneOf, quantityText, text, type Static } from './Shape.js';
import { CONVERSION_RECORD, DRUG_RECORD, PUMP_RECORD } from './libraryRecords.js';

/**
 * The fields of a `convert` answer (wire format v1).
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export const CONVERT_RESPONSE = object({
  dose: quantityText('doseRate', 'the intrathecal (or epidural) starting dose in mg/day, rounded toward less drug'),
  ratio: text('the ratio used, e.g. "300" for 300:1'),
  source: text('the library chain\'s citation, or the request'),
});
/** A `convert` answer's fields. @since 0.1.0 */
export type ConvertResponse = Static<typeof CONVERT_RESPONSE>;

/**
 * The fields of a `refill-check` answer (wire format v1).
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export const REFILL_CHECK_RESPONSE = object({
  discrepancy: quantityText('volume'),
  flag: boolean('above the threshold for the reservoir size'),
  threshold: quantityText('volume'),
  source: text('where the threshold comes from'),
  reservoir: quantityText('volume'),
  measuredVsExpected: oneOf(['lower', 'higher', 'equal'] as const, 'the measured residual against the expected one'),
});
/** A `refill-check` answer's fields. @since 0.1.0 */
export type RefillCheckResponse = Static<typeof REFILL_CHECK_RESPONSE>;

/**
 * The fields of the `drugs` listing: the library as it is held, each record
 * with the source and confidence of every number, described field for field
 * (`DRUG_RECORD`, `CONVERSION_RECORD`).
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export const DRUGS_RESPONSE = object({
  version: text('the drug library version'),
  confidence: anyJson('what each confidence grade means'),
  drugs: array(DRUG_RECORD, 'the drugs of the library, each field as the library holds it'),
  conversions: array(CONVERSION_RECORD, 'the opioid conversion chains'),
});
/** The `drugs` listing's fields. @since 0.1.0 */
export type DrugsResponse = Static<typeof DRUGS_RESPONSE>;

/**
 * The fields of the `pumps` listing: the built-in profiles, each fact with its
 * source, and the residual thresholds.
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export const PUMPS_RESPONSE = object({
  version: text('the pump library version'),
  rules: anyJson('how the profile fields are used'),
  pumps: array(PUMP_RECORD, 'the built-in profiles, then the site\'s'),
  residualThresholds: anyJson('refill-check thresholds by reservoir size, with sources'),
});
/** The `pumps` listing's fields. @since 0.1.0 */
export type PumpsResponse = Static<typeof PUMPS_RESPONSE>;

/** The fields of the `version` answer: none beyond `warnings` and `versions`. @since 0.1.0 */
export const VERSION_RESPONSE = object({});
