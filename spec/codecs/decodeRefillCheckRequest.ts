import type * as E from 'fp-ts/lib/Either.js';
import { INPUT_BOUNDS, type EngineError, type RefillCheckRequest } from '../../core/index.js';
import { decodeWith } from './decodeWith.js';
import { pumpCodec } from './pumpCodec.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';

/** The codec of a `refillCheck` request; its `schema` is the request's JSON Schema. @since 0.1.0 */
export const refillCheckRequestCodec = strictObject(
  'RefillCheckRequest',
  { pump: pumpCodec, expectedResidual: quantityCodec('volume', 'nonNegative', INPUT_BOUNDS.reservoirVolume), measuredResidual: quantityCodec('volume', 'nonNegative', INPUT_BOUNDS.reservoirVolume) },
  { discrepancyThreshold: quantityCodec('volume', 'positive', INPUT_BOUNDS.reservoirVolume) },
);

/**
 * Decodes a parsed `refill-check` request of wire format v1:
 * `{ pump, expectedResidual, measuredResidual, discrepancyThreshold? }`.
 * Strict: unknown fields are refused with their path; residuals are
 * non-negative volumes; `discrepancyThreshold` (the integrator's threshold for
 * a reservoir size with no published one) is a positive volume; each volume
 * is at most the largest sourced reservoir, 40 mL (`QUANTITY_ABOVE_BOUND`).
 * Never throws.
 *
 * @example
 * import { decodeRefillCheckRequest } from './decodeRefillCheckRequest.js';
 * decodeRefillCheckRequest({ pump: 'synchromed-ii-40', expectedResidual: '10 mL', measuredResidual: '7.5 mL' });
 * // Right: { pump: { profile: 'synchromed-ii-40' }, expectedResidual: 10 mL, measuredResidual: 7.5 mL }
 * decodeRefillCheckRequest({ pump: 'synchromed-ii-40', expectedResidual: '10 mL', measuredResidal: '7.5 mL' });
 * // Left: UNKNOWN_FIELD at "measuredResidal", MISSING_FIELD at "measuredResidual" (in path order)
 *
 * Implements REQ-REFILL-001, REQ-REFILL-002, REQ-WIRE-002, REQ-WIRE-003, REQ-BOUND-001.
 * @since 0.1.0
 */
export function decodeRefillCheckRequest(u: unknown): E.Either<EngineError[], RefillCheckRequest> {
  return decodeWith(refillCheckRequestCodec, u);
}
