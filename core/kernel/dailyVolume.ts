import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { programPeriod, type DailyProgram } from './DailyProgram.js';
import { sum } from './_internals/arith.js';

/**
 * The volume one day of the program delivers without patient boluses: every
 * basal step's flow times its length, plus every periodic bolus. Because the
 * program repeats every 24 h, this is also exactly what it delivers in *any*
 * 24-hour window, whatever instant the window starts at. For a program with
 * a longer `period` (a week program) it is the volume of one whole period
 * (REQ-WEEK-001).
 *
 * @example
 * import { dailyVolume } from './dailyVolume.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * // 0.3 mL/day (300 base flow units) all day: 0.3 mL = 300 × 86400 base volume units
 * const v = dailyVolume(A, { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] });
 * A.toDecimalString(v); // "25920000"
 *
 * Implements REQ-DOSE-001 (perDay), REQ-DOSE-002 (any-window basal total).
 * @since 0.1.0
 */
export function dailyVolume<N>(A: ExactArithmetic<N>, program: DailyProgram<N>): N {
  const day = programPeriod(A, program);
  const basal = program.steps.map((step, i) => {
    const end = program.steps[i + 1]?.start ?? day;
    return A.mul(step.flow, A.sub(end, step.start));
  });
  return A.add(sum(A, basal), sum(A, program.periodicBoluses.map((b) => b.volume)));
}
