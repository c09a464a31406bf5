import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { DAY_SECONDS, programPeriod, type DailyProgram } from '../../DailyProgram.js';
import { dailyVolume } from '../../dailyVolume.js';
import { worst24hVolume } from '../../worst24hVolume.js';

/**
 * The most patient-bolus volume one 24 h window may add to the program's
 * own delivery (unscaled, rounded up as `worst24hVolume` rounds it): for a
 * daily program its worst 24 h less its day; for a program of a longer period
 * (a week program, whose worst 24 h is its heaviest window plus the patient
 * boluses) the patient boluses alone, the same figure for a daily program.
 * Implements REQ-WEEK-007.
 */
export function patientAllowance<N>(A: ExactArithmetic<N>, program: DailyProgram<N>): N {
  if (A.compare(programPeriod(A, program), A.fromInteger(DAY_SECONDS)) === 0) return A.sub(worst24hVolume(A, program).volume, dailyVolume(A, program));
  const pb = program.patientBolus;
  return pb === undefined ? A.zero : worst24hVolume(A, { steps: [{ start: A.zero, flow: A.zero }], periodicBoluses: [], patientBolus: pb }).volume;
}
