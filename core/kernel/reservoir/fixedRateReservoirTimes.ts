import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';

/** A fixed-rate pump's fill (base units; the tolerance in percent). */
export interface FixedRateFill<N> {
  readonly fill: N;
  readonly lowReservoirAlarm: N;
  readonly nominalFlow: N;
  /** The flow tolerance in percent, e.g. 15 for ±15 %. */
  readonly tolerancePercent: N;
}

/**
 * Whole minutes from the fill until a fixed-rate pump reaches its
 * low-reservoir alarm volume and until it is empty, at the top of its flow
 * tolerance, `nominal × (1 + tolerance/100)` (the most flow, so the earliest
 * alarm), rounded down (earlier). Exact without a division: the minutes are
 * the largest `m` with `m × 60 s × nominal × (100 + tolerance) ≤ 100 × volume`.
 * A fill at or below the alarm volume alarms at once (0).
 *
 * @example
 * import { fixedRateReservoirTimes } from './fixedRateReservoirTimes.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // 20 mL, alarm 2 mL, 1 mL/day nominal, +15 %: 18 mL ÷ 1.15 mL/day = 15.65... days → 22539 min
 * const t = fixedRateReservoirTimes(A, { fill: A.fromInteger(20n * 86_400_000n), lowReservoirAlarm: A.fromInteger(2n * 86_400_000n),
 *   nominalFlow: A.fromInteger(1_000n), tolerancePercent: A.fromInteger(15n) });
 * A.toDecimalString(t.lowAlarmAfterMinutes); // "22539"
 *
 * Implements REQ-RES-002, REQ-ROUND-004.
 * @since 0.1.0
 */
export function fixedRateReservoirTimes<N>(A: ExactArithmetic<N>, f: FixedRateFill<N>): { readonly lowAlarmAfterMinutes: N; readonly emptyAfterMinutes: N } {
  const hundred = A.fromInteger(100n);
  const perMinute = A.mul(A.mul(f.nominalFlow, A.add(hundred, f.tolerancePercent)), A.fromInteger(60n)); // 100 × volume per minute
  const minutes = (v: N): N => (A.compare(v, A.zero) <= 0 ? A.zero : A.floorDiv(A.mul(v, hundred), perMinute));
  return { lowAlarmAfterMinutes: minutes(A.sub(f.fill, f.lowReservoirAlarm)), emptyAfterMinutes: minutes(f.fill) };
}
