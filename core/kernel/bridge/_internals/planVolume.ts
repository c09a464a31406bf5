import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { programPeriod } from '../../DailyProgram.js';
import { dailyVolume } from '../../dailyVolume.js';
import type { Fraction } from '../../_internals/fraction.js';
import { programPieces } from '../../_internals/programPieces.js';
import { buildVolumeCurve, timeReaching, volumeAt, type VolumeCurve } from '../../_internals/volumeCurve.js';
import type { DeliveryPlan } from '../DeliveryPlan.js';
import { planPieces, prefixTotals } from './planCurve.js';

/**
 * The volume a plan has moved by any time, in O(log n) per question after
 * O(n log n) set-up (n: the prefix segments and the program's steps and
 * boluses), whatever the time: the work never grows with the days run or the
 * volume asked for.
 *
 * The prefix is a short list of segments; after it the program repeats
 * every period (a day; a week for a week program, REQ-WEEK-007). From one
 * period after the program's start on, every period moves exactly the
 * program's volume of one period (a periodic bolus that the clock started
 * before the program, given or not, runs under 24 h and has ended by then),
 * so the curve is built over the prefix and the program's first two periods
 * only and extended by whole periods.
 *
 * Implements REQ-WORK-001.
 */
export interface PlanVolume<N> {
  /** The scale of every volume (a multiple of every bolus duration, so that all are exact). */
  readonly scale: N;
  /** Where the program starts (the prefix's end). */
  readonly programStart: N;
  /** The scaled volume moved in `[0, t]`, `t >= 0`. */
  at(t: N): N;
  /** The first time the true volume moved reaches `target` (a fraction); `undefined` when it never does. */
  firstReaching(target: Fraction<N>): Fraction<N> | undefined;
}

/**
 * Builds the {@link PlanVolume} of `plan`; `running` says whether a periodic
 * bolus that the program's clock started before the program's start and that
 * would still be running then is given (see `planPieces`). `scale` must be a
 * multiple of every bolus duration of the plan (see `planScale`).
 */
export function planVolume<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, running: boolean, scale: N): PlanVolume<N> {
  // the program's period (a day, or a week): every "day" below is one period
  const day = programPeriod(A, plan.program);
  const { end: ps } = prefixTotals(A, plan);
  const hasPrefix = A.compare(ps, A.zero) > 0;
  const prefix: VolumeCurve<N> | undefined = hasPrefix ? buildVolumeCurve(A, planPieces(A, plan, ps, running), A.zero, ps, scale) : undefined;
  const prefixVolume = prefix === undefined ? A.zero : (prefix.volumes[prefix.volumes.length - 1] ?? A.zero);
  const twoDays = A.add(ps, A.add(day, day));
  const program = buildVolumeCurve(A, programPieces(A, plan.program, ps, twoDays, plan.programClock, running), ps, twoDays, scale);
  const daily = A.mul(dailyVolume(A, plan.program), scale);
  const oneDay = A.add(ps, day);
  const atTwoDays = volumeAt(A, program, twoDays);

  const at = (t: N): N => {
    if (prefix !== undefined && A.compare(t, ps) <= 0) return volumeAt(A, prefix, t);
    if (A.compare(t, twoDays) <= 0) return A.add(prefixVolume, volumeAt(A, program, t));
    // t = ps + (k + 1) days + r with k >= 1 whole days past the second, r in [0, 1 day)
    const k = A.floorDiv(A.sub(t, oneDay), day);
    return A.add(A.add(prefixVolume, volumeAt(A, program, A.sub(t, A.mul(k, day)))), A.mul(k, daily));
  };

  const firstReaching = (target: Fraction<N>): Fraction<N> | undefined => {
    if (prefix !== undefined) {
      const inPrefix = timeReaching(A, prefix, target);
      if (inPrefix !== undefined) return inPrefix;
    }
    // what is left after the prefix, as a fraction of true volume: target − prefixVolume / scale
    const rest: Fraction<N> = { num: A.sub(A.mul(target.num, scale), A.mul(prefixVolume, target.den)), den: A.mul(target.den, scale) };
    const inTwoDays = timeReaching(A, program, rest);
    if (inTwoDays !== undefined) return inTwoDays;
    if (A.compare(daily, A.zero) <= 0) return undefined;
    // scaled: rest.num / target.den > atTwoDays; skip k whole days so that what is left lies in
    // (volume at one day, atTwoDays]: the curve reaches it within its second day
    const over = A.sub(rest.num, A.mul(atTwoDays, target.den));
    const k = A.ceilDiv(over, A.mul(daily, target.den));
    const left: Fraction<N> = { num: A.sub(rest.num, A.mul(A.mul(k, daily), target.den)), den: rest.den };
    const t = timeReaching(A, program, left);
    if (t === undefined) return undefined;
    return { num: A.add(t.num, A.mul(A.mul(k, day), t.den)), den: t.den };
  };

  return { scale, programStart: ps, at, firstReaching };
}
