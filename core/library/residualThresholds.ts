import type { SourcedValue } from './Sourced.js';
import { sv } from './_internals/sourced.js';
import { ownTable } from '../request/ownProperties.js';

/** A published residual-discrepancy threshold for one reservoir size. */
export interface ResidualThreshold {
  readonly reservoir: SourcedValue<'volume'>;
  /** A discrepancy strictly greater than this is flagged. */
  readonly threshold: SourcedValue<'volume'>;
}

const MAINO = 'Maino et al., Neuromodulation 2017;20:733-9';
const WORDING = 'treat a discrepancy over 1 mL in a 20 mL pump, or over 2 mL in a 40 mL pump, as possibly consequential (pocket fill)';

/**
 * Residual-volume discrepancies (expected minus measured residual at a
 * refill) that may signal a pocket fill, a stalled pump or a catheter fault,
 * by reservoir size. Only these sizes have a published threshold; for any
 * other size the request must give its own (`refill-check` refuses without).
 *
 * @example
 * import { RESIDUAL_THRESHOLDS } from './residualThresholds.js';
 * RESIDUAL_THRESHOLDS[1]?.threshold.value; // "2 mL" for a 40 mL reservoir (Maino 2017)
 *
 * Implements REQ-REFILL-001.
 * @since 0.1.0
 */
export const RESIDUAL_THRESHOLDS: readonly ResidualThreshold[] = ownTable([
  { reservoir: sv('C', '20 mL', 'volume', MAINO, WORDING), threshold: sv('C', '1 mL', 'volume', MAINO, WORDING) },
  { reservoir: sv('C', '40 mL', 'volume', MAINO, WORDING), threshold: sv('C', '2 mL', 'volume', MAINO, WORDING) },
]);
