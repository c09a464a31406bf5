import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { quotientUpForUpperBound } from '../rounding/directedRounding.js';
import { programPeriod, type DailyProgram } from './DailyProgram.js';
import { earliestPatientOnTime } from './_internals/earliestPatientOnTime.js';
import { periodicOnTime } from './_internals/periodicOverlap.js';

/**
 * The volume drawn from the reservoir in the first `t` seconds after a fill at
 * pump clock time `fillClock` (seconds after midnight), with every patient
 * bolus taken as early as the lockout and the rolling 24 h count allow (first
 * at the fill; if `maxPerDay × lockout < 24 h`, `maxPerDay` boluses `lockout`
 * apart, then the same again 24 h later). Bolus volumes delivered partly are
 * rounded *up* to the base volume unit, so the result is never below the true
 * draw (the alarm never comes later than computed).
 *
 * Work: one term per basal step and per periodic bolus, and one for the
 * patient bolus in closed form, whatever `t`, `maxPerDay` or the lockout.
 *
 * @example
 * import { cumulativeVolume } from './cumulativeVolume.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * const p = { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] };
 * A.toDecimalString(cumulativeVolume(A, p, A.zero, A.fromInteger(86400n))); // "25920000"  (0.3 mL)
 *
 * Implements REQ-RES-001 (earliest-case reservoir draw), REQ-WORK-101.
 * @since 0.1.0
 */
export function cumulativeVolume<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, fillClock: N, t: N): N {
  const day = programPeriod(A, program);
  let total = A.zero;
  program.steps.forEach((step, i) => {
    const end = program.steps[i + 1]?.start ?? day;
    const on = periodicOnTime(A, t, A.sub(step.start, fillClock), A.sub(end, step.start), day);
    total = A.add(total, A.mul(step.flow, on));
  });
  for (const b of program.periodicBoluses) {
    const on = periodicOnTime(A, t, A.sub(b.start, fillClock), b.duration, day);
    total = A.add(total, quotientUpForUpperBound(A, A.mul(b.volume, on), b.duration, A.one).value);
  }
  const pb = program.patientBolus;
  if (pb !== undefined && A.compare(pb.maxPerDay, A.zero) > 0) {
    const on = earliestPatientOnTime(A, pb, t);
    total = A.add(total, quotientUpForUpperBound(A, A.mul(pb.volume, on), pb.duration, A.one).value);
  }
  return total;
}
