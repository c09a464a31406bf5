import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { DAY_SECONDS, programPeriod, type DailyProgram } from '../DailyProgram.js';
import { curveScale } from './flowPieces.js';
import type { Fraction } from './fraction.js';
import { programPieces } from './programPieces.js';
import { buildVolumeCurve, sortedDistinct, volumeAt } from './volumeCurve.js';

/** The most and the least volume some 24 h window delivers, exact, and a window start giving each. */
export interface WindowVolumeExtremes<N> {
  readonly most: Fraction<N>;
  readonly mostFrom: N;
  readonly least: Fraction<N>;
  readonly leastFrom: N;
}

/**
 * The most and the least basal plus periodic-bolus volume (no patient
 * boluses) of any 24 h window of a program of any period (a week program's
 * 168 h included), over every window start in one period, windows across the
 * period's end (Sunday → Monday) too.
 *
 * The cumulative volume `C` of the program running for ever is piecewise
 * linear with corners where a step or a bolus starts or ends; the window
 * volume `W(s) = C(s + 24 h) − C(s)` is then piecewise linear in `s` with
 * corners only where `s` or `s + 24 h` is a corner of `C`, and periodic in the
 * period. So its extremes are at those starts in `[0, period]`, each evaluated
 * exactly (volumes scaled by the least common multiple of the bolus
 * durations).
 *
 * Work: O(n log n) for the n steps and boluses of one period and the day
 * after it (at most 2 × 8 days of entries, every count bounded).
 */
export function periodWindowExtremes<N>(A: ExactArithmetic<N>, program: DailyProgram<N>): WindowVolumeExtremes<N> {
  const day = A.fromInteger(DAY_SECONDS);
  const period = programPeriod(A, program);
  const end = A.add(period, day);
  // the program running before 0 too: a bolus the previous period started and still running at 0 counts
  const pieces = programPieces(A, program, A.zero, end, A.zero, true);
  const scale = curveScale(A, pieces);
  const curve = buildVolumeCurve(A, pieces, A.zero, end, scale);
  const inPeriod = (s: N): boolean => A.compare(s, A.zero) >= 0 && A.compare(s, period) <= 0;
  const starts = sortedDistinct(A, curve.times.flatMap((t) => [t, A.sub(t, day)]).filter(inPeriod));
  const windowAt = (s: N): N => A.sub(volumeAt(A, curve, A.add(s, day)), volumeAt(A, curve, s));
  let most = windowAt(A.zero);
  let mostFrom = A.zero;
  let least = most;
  let leastFrom = A.zero;
  for (const s of starts) {
    const w = windowAt(s);
    if (A.compare(w, most) > 0) {
      most = w;
      mostFrom = s;
    }
    if (A.compare(w, least) < 0) {
      least = w;
      leastFrom = s;
    }
  }
  return { most: { num: most, den: scale }, mostFrom, least: { num: least, den: scale }, leastFrom };
}
