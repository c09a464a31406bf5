import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { DAY_SECONDS, type PatientBolus } from '../DailyProgram.js';
import { min } from './arith.js';
import { trainOnTime } from './periodicOverlap.js';

/**
 * How long the patient boluses taken as early as the lockout and the rolling
 * 24 h count allow (the first at 0) have been running by `t`, in closed form:
 * with `maxPerDay × lockout ≥ 24 h` a train of period `lockout`; otherwise,
 * each day, `maxPerDay` boluses `lockout` apart from the day's start.
 *
 * The daily case needs no loop over the boluses: they never cross midnight
 * (the last ends by `maxPerDay × lockout < 24 h`, as `duration ≤ lockout`),
 * so each whole day adds `maxPerDay × duration`, and in the rest `r` of a day
 * the boluses are the train of period `lockout` cut off after `maxPerDay`:
 * `min(trainOnTime(r), maxPerDay × duration)`. `maxPerDay` is a
 * non-negative integer and `0 < duration ≤ lockout`; 0 for `t ≤ 0`.
 */
export function earliestPatientOnTime<N>(A: ExactArithmetic<N>, pb: PatientBolus<N>, t: N): N {
  const day = A.fromInteger(DAY_SECONDS);
  if (A.compare(t, A.zero) <= 0) return A.zero;
  if (A.compare(A.mul(pb.maxPerDay, pb.lockout), day) >= 0) return trainOnTime(A, t, A.zero, pb.duration, pb.lockout);
  const perDay = A.mul(pb.maxPerDay, pb.duration);
  const days = A.floorDiv(t, day);
  const rest = A.sub(t, A.mul(days, day));
  return A.add(A.mul(days, perDay), min(A, trainOnTime(A, rest, A.zero, pb.duration, pb.lockout), perDay));
}
