import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { DAY_SECONDS, programPeriod, type DailyProgram } from './DailyProgram.js';

/**
 * The volume each calendar day of the program's period is given without
 * patient boluses: the basal steps' flow over the part of the day each covers,
 * plus the periodic boluses starting that day (a bolus running past midnight
 * counts whole on its starting day, as a prescription gives it). One entry for
 * a daily program (its daily volume), seven for a week program (Monday first).
 * Not a 24 h bound: a window across midnight can exceed every entry (see
 * `worst24hVolume`). Work: O(days × n) for the n steps and boluses (seven
 * days of at most 672 in a week program).
 *
 * @example
 * import { dayVolumes } from './dayVolumes.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * dayVolumes(A, { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }).map(A.toDecimalString); // ["25920000"]
 *
 * Implements REQ-WEEK-002 (perWeekday).
 * @since 0.1.0
 */
export function dayVolumes<N>(A: ExactArithmetic<N>, program: DailyProgram<N>): N[] {
  const day = A.fromInteger(DAY_SECONDS);
  const period = programPeriod(A, program);
  const out: N[] = [];
  // each day [midnight, midnight + 24 h) of the period: the part of every step inside it, and the boluses starting in it
  for (let midnight = A.zero; A.compare(midnight, period) < 0; midnight = A.add(midnight, day)) {
    const next = A.add(midnight, day);
    let v = A.zero;
    program.steps.forEach((s, i) => {
      const end = program.steps[i + 1]?.start ?? period;
      const from = A.compare(s.start, midnight) > 0 ? s.start : midnight;
      const to = A.compare(end, next) < 0 ? end : next;
      if (A.compare(from, to) < 0) v = A.add(v, A.mul(s.flow, A.sub(to, from)));
    });
    for (const b of program.periodicBoluses) {
      if (A.compare(b.start, midnight) >= 0 && A.compare(b.start, next) < 0) v = A.add(v, b.volume);
    }
    out.push(v);
  }
  return out;
}
