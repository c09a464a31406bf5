import type { Exact } from '../arith/decimalArithmetic.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { PumpInput } from './PumpInput.js';

/**
 * A decoded `refill-check` request (wire format v1): the pump, and the
 * residual volume expected at the refill and the one drained and measured.
 * `discrepancyThreshold` is the integrator's threshold for a reservoir size
 * with no published one (it may also tighten a published one, never loosen it).
 *
 * Implements REQ-REFILL-001, REQ-REFILL-002.
 * @since 0.1.0
 */
export interface RefillCheckRequest {
  readonly pump: PumpInput;
  readonly expectedResidual: Quantity<'volume', Exact>;
  readonly measuredResidual: Quantity<'volume', Exact>;
  readonly discrepancyThreshold?: Quantity<'volume', Exact>;
}
