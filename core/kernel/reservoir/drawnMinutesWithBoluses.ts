import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { max } from '../_internals/arith.js';

/**
 * The minutes until a volume has been drawn (earliest case, floored to the
 * minute) when one-off single boluses are drawn on top of what `minutesUntil`
 * counts (the program's earliest-case draw from the fill, `drawnMinutes`):
 * each bolus is counted whole at its start (`start` in seconds from the
 * fill), so the draw counted is never less than the true one and the time is
 * never later. Stops are not counted (they only delay the draw): the answer
 * is the earlier side of the truth, as the alarm and refill times must be.
 *
 * With the boluses sorted by start, the earliest time the program's draw plus
 * the first `k` boluses reaches the volume is `max(start of bolus k,
 * time the program alone draws volume − their sum)`; the answer is the least
 * over `k` from 0 to the count (at most 8 one-offs: at most 9 searches).
 *
 * @example
 * import { drawnMinutesWithBoluses } from './drawnMinutesWithBoluses.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // the program draws 1 base unit a minute; a bolus of 100 at 10 minutes
 * const f = drawnMinutesWithBoluses(A, (v) => (A.compare(v, A.zero) <= 0 ? A.zero : v), [{ start: A.fromInteger(600n), volume: A.fromInteger(100n) }]);
 * A.toDecimalString(f(A.fromInteger(150n)) ?? A.zero); // "50"  (50 drawn by the program at 50 min, plus the bolus)
 * A.toDecimalString(f(A.fromInteger(105n)) ?? A.zero); // "10"  (the bolus at 10 min takes it from 10 to 110)
 *
 * Implements REQ-ONEOFF-004, REQ-RES-001.
 * @since 0.1.0
 */
export function drawnMinutesWithBoluses<N>(
  A: ExactArithmetic<N>,
  minutesUntil: (volume: N) => N | undefined,
  boluses: readonly { readonly start: N; readonly volume: N }[],
): (volume: N) => N | undefined {
  const sorted = [...boluses].sort((x, y) => A.compare(x.start, y.start));
  const sixty = A.fromInteger(60n);
  return (volume: N): N | undefined => {
    let best = minutesUntil(volume);
    let sum = A.zero;
    for (const b of sorted) {
      sum = A.add(sum, b.volume);
      const program = minutesUntil(A.sub(volume, sum));
      if (program === undefined) continue;
      const t = max(A, A.floorDiv(b.start, sixty), program);
      if (best === undefined || A.compare(t, best) < 0) best = t;
    }
    return best;
  };
}
