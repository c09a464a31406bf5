import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { floorToGridTowardLessDrug, type Rounded } from '../../rounding/directedRounding.js';
import type { PrefixSegment } from '../bridge/DeliveryPlan.js';

/** A priming bolus as the pump gives it. */
export interface PrimingBolus<N> {
  /** The volume, floored to the bolus volume grid (toward less drug), at most the volume to prime. */
  readonly volume: Rounded<N>;
  /**
   * Whole seconds it takes at the pump's maximum bolus rate, rounded up (the
   * pump cannot go faster). The bolus is modelled as its volume spread evenly
   * over these seconds, a flow never above the maximum bolus rate.
   */
  readonly seconds: N;
  /** The bolus as the first segment of a delivery plan. */
  readonly segment: PrefixSegment<N>;
}

/**
 * The priming bolus that fills `volume` of fluid path (the pump's internal
 * volume and the catheter, or the part of it that is empty) at the pump's
 * maximum bolus rate. A zero volume (nothing to prime) gives a zero bolus.
 *
 * What reaches the tip during it depends on what the path held: air or saline
 * (nothing), or drug (a bolus of it at the maximum rate); the caller states
 * that in the plan's `FluidPath` and `tipDose24h` accounts for it.
 *
 * @example
 * import { primingBolus } from './primingBolus.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // 0.25 mL at 1 mL/h (24 000 base flow units) on a 0.000001 mL grid: 15 min
 * const p = primingBolus(A, A.fromInteger(21_600_000n), A.fromInteger(24_000n), A.fromDecimalString('86.4'));
 * A.toDecimalString(p.seconds); // "900"
 *
 * Implements REQ-PRIME-001, REQ-ROUND-002.
 * @since 0.1.0
 */
export function primingBolus<N>(A: ExactArithmetic<N>, volume: N, maxBolusRate: N, volumeGrid: N): PrimingBolus<N> {
  const v = floorToGridTowardLessDrug(A, volume, volumeGrid);
  const seconds = A.compare(v.value, A.zero) > 0 ? A.ceilDiv(v.value, maxBolusRate) : A.zero;
  return { volume: v, seconds, segment: { duration: seconds, volume: v.value } };
}
