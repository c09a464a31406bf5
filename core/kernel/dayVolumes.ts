import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { DAY_SECONDS, programPeriod, type DailyProgram } from './DailyProgram.js';

/**
 * The volume each calendar day of the program's period is given without
 * patient boluses: the basal steps' flow over the part of the day each covers,
 * plus the periodic boluses starting that day (a bolus running past midnight
 * counts whole on its starting day, as a prescription gives it). One entry for
 * a daily program (its daily volume), seven for a week program (Monday first).
 * Not a 24 h bound: a window across midnight can exceed every entry (see
 * `worst24hVolume`).
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
  const days = Number(A.toDecimalString(A.floorDiv(period, day)));
  const out: N[] = Array.from({ length: days }, () => A.zero);
  const add = (k: number, v: N): void => {
    out[k] = A.add(out[k] ?? A.zero, v);
  };
  program.steps.forEach((s, i) => {
    const end = program.steps[i + 1]?.start ?? period;
    // the step split at every midnight it crosses
    for (let from = s.start; A.compare(from, end) < 0;) {
      const k = A.floorDiv(from, day);
      const midnight = A.mul(A.add(k, A.one), day);
      const to = A.compare(midnight, end) < 0 ? midnight : end;
      add(Number(A.toDecimalString(k)), A.mul(s.flow, A.sub(to, from)));
      from = to;
    }
  });
  for (const b of program.periodicBoluses) add(Number(A.toDecimalString(A.floorDiv(b.start, day))), b.volume);
  return out;
}
