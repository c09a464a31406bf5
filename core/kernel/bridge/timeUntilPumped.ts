import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { quotientDownForLowerBound, quotientUpForUpperBound, type Rounded } from '../../rounding/directedRounding.js';
import type { DeliveryPlan } from './DeliveryPlan.js';
import { planScale } from './_internals/planCurve.js';
import { planVolume } from './_internals/planVolume.js';

/**
 * When the pump, running `plan` from `t = 0` (patient boluses not taken), has
 * moved `volume` out: the time the fluid that stood `volume` back from the tip
 * arrives there (the end of the flush of a dead volume, the first drug at the
 * tip after a priming). Seconds, `earliest` rounded down and `latest` up.
 * `undefined` when the plan never moves that much. The work is O(n log n) in
 * the plan's size, whatever the volume or the time it takes (see `planVolume`).
 *
 * @example
 * import { timeUntilPumped } from './timeUntilPumped.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // 0.25 mL at 0.3 mL/day: 20 h
 * const t = timeUntilPumped(A, { prefix: [], program: { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }, programClock: A.zero },
 *   A.fromInteger(21_600_000n));
 * A.toDecimalString(t!.earliest.value); // "72000"
 *
 * Implements REQ-BRIDGE-001, REQ-PRIME-002, REQ-ROUND-004, REQ-WORK-001.
 * @since 0.1.0
 */
export function timeUntilPumped<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, volume: N): { readonly earliest: Rounded<N>; readonly latest: Rounded<N> } | undefined {
  const t = planVolume(A, plan, false, planScale(A, plan)).firstReaching({ num: volume, den: A.one });
  if (t === undefined) return undefined;
  return { earliest: quotientDownForLowerBound(A, t.num, t.den, A.one), latest: quotientUpForUpperBound(A, t.num, t.den, A.one) };
}
