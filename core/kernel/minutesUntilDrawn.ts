import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { DAY_SECONDS, programPeriod, type DailyProgram } from './DailyProgram.js';
import { max } from './_internals/arith.js';
import { prepareDraw } from './_internals/preparedDraw.js';

/**
 * Whole minutes from the fill until `volume` has been drawn (earliest case,
 * {@link cumulativeVolume}), rounded down: the largest `m` with the draw at
 * `m` minutes not past `volume`. When a basal step has zero flow the draw can
 * pause, and the result is the largest `m` with the draw strictly below
 * `volume`, which is never later. `undefined` only when the program draws
 * nothing at all (and the volume is not already reached at the fill); for any
 * other program the answer is exact, however large the volume.
 *
 * How: the draw adds the same volume every 24 h apart from the patient
 * boluses, which add `maxPerDay` boluses a day (or, when the lockout and the
 * count allow a bolus every lockout, one per lockout: `volume × 24 h /
 * lockout` a day, to within one bolus). With `T` the daily draw, `e` that
 * one bolus (0 for a daily patient schedule) and `K` the terms the draw
 * rounds up (each by less than a base unit), the draw after `k` whole days is
 * within `k·T − e` and `k·T + e + K`, so the answer lies between
 * `floor((volume − e − K − 1) / T)` days and `floor((volume + e) / T) + 1`
 * days; a binary search over the whole minutes in between finds it, each step
 * evaluating the exact draw (`prepareDraw`).
 *
 * A program of a longer period (a week program) brackets the same way in
 * whole periods: everything above holds with "day" read as "period" and the
 * patient boluses of a period `maxPerDay × days` (REQ-WEEK-002).
 *
 * Work: O(n log n) to prepare (n the program's basal steps and periodic
 * boluses), then about log2(1440 × (2 + (2e + K + 1) / T)) steps of the
 * search (about 12 for any program whose daily draw exceeds its rounded
 * terms), each O(log n) plus the boluses running at that minute. None of it
 * depends on the volume, the answer's size, the count of patient boluses a
 * day or the days simulated.
 *
 * @example
 * import { minutesUntilDrawn } from './minutesUntilDrawn.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * // 38 mL at 0.3 mL/day: 3040 h = 182400 min
 * const p = { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] };
 * A.toDecimalString(minutesUntilDrawn(A, p, A.zero, A.fromInteger(38n * 86400000n)) ?? A.zero); // "182400"
 *
 * Implements REQ-RES-001, REQ-ROUND-004, REQ-WORK-101.
 * @since 0.1.0
 */
export function minutesUntilDrawn<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, fillClock: N, volume: N): N | undefined {
  return drawnMinutes(A, program, fillClock)(volume);
}

/**
 * {@link minutesUntilDrawn} for several volumes after the same fill: the
 * program is prepared once (`prepareDraw`), and each volume then costs only
 * its search.
 *
 * @example
 * import { drawnMinutes } from './minutesUntilDrawn.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * const p = { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] };
 * const minutes = drawnMinutes(A, p, A.zero);
 * A.toDecimalString(minutes(A.fromInteger(38n * 86400000n)) ?? A.zero); // "182400"
 *
 * Implements REQ-RES-001, REQ-ROUND-004, REQ-WORK-101.
 * @since 0.1.0
 */
export function drawnMinutes<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, fillClock: N): (volume: N) => N | undefined {
  const draw = prepareDraw(A, program, fillClock);
  const strictlyIncreasing = program.steps.every((s) => A.compare(s.flow, A.zero) > 0);
  // The draw of one period (a day; a week for a week program) T = perDay / dayDen, and e, the most the patient boluses stray from k periods of them.
  const day = A.fromInteger(DAY_SECONDS);
  const period = programPeriod(A, program);
  const daysPerPeriod = A.floorDiv(period, day);
  const pb = program.patientBolus;
  const patient = pb !== undefined && A.compare(pb.maxPerDay, A.zero) > 0 ? pb : undefined;
  const train = patient !== undefined && A.compare(A.mul(patient.maxPerDay, patient.lockout), day) >= 0;
  const dayDen = patient !== undefined && train ? patient.lockout : A.one;
  const perDay =
    patient === undefined ? draw.daily
    : train ? A.add(A.mul(draw.daily, patient.lockout), A.mul(patient.volume, period))
    : A.add(draw.daily, A.mul(A.mul(patient.maxPerDay, patient.volume), daysPerPeriod));
  const stray = patient !== undefined && train ? patient.volume : A.zero;
  const sixty = A.fromInteger(60n);
  const minutesPerDay = A.mul(A.fromInteger(1440n), daysPerPeriod);
  const two = A.fromInteger(2n);
  return (volume) => {
    const within = (m: N): boolean => {
      const c = A.compare(draw.at(A.mul(m, sixty)), volume);
      return strictlyIncreasing ? c <= 0 : c < 0;
    };
    if (!within(A.zero)) return A.zero;
    // Nothing is ever drawn: the draw stays 0, within the volume for ever.
    if (A.compare(perDay, A.zero) <= 0) return undefined;
    const fewestDays = A.floorDiv(A.mul(A.sub(A.sub(A.sub(volume, stray), draw.roundedTerms), A.one), dayDen), perDay);
    const mostDays = A.floorDiv(A.mul(A.add(volume, stray), dayDen), perDay);
    // invariant: within(lo), !within(hi)
    let lo = max(A, A.mul(fewestDays, minutesPerDay), A.zero);
    let hi = A.mul(A.add(mostDays, A.one), minutesPerDay);
    while (A.compare(A.sub(hi, lo), A.one) > 0) {
      const mid = A.floorDiv(A.add(lo, hi), two);
      if (within(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  };
}
