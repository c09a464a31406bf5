import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import type { DailyProgram } from './DailyProgram.js';
import { cumulativeVolume } from './cumulativeVolume.js';

/** Doubling from one day stops here (2^40 days, about 3 billion years): beyond it the volume is never drawn. */
const MAX_DOUBLINGS = 40;

/**
 * Whole minutes from the fill until `volume` has been drawn (earliest case,
 * {@link cumulativeVolume}), rounded down: the largest `m` with the draw at
 * `m` minutes not past `volume`. When a basal step has zero flow the draw can
 * pause, and the result is the largest `m` with the draw strictly below
 * `volume`, which is never later. `undefined` when the program never draws
 * that much.
 *
 * @example
 * import { minutesUntilDrawn } from './minutesUntilDrawn.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * // 38 mL at 0.3 mL/day: 3040 h = 182400 min
 * const p = { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] };
 * A.toDecimalString(minutesUntilDrawn(A, p, A.zero, A.fromInteger(38n * 86400000n)) ?? A.zero); // "182400"
 *
 * Implements REQ-RES-001, REQ-ROUND-004.
 * @since 0.1.0
 */
export function minutesUntilDrawn<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, fillClock: N, volume: N): N | undefined {
  const sixty = A.fromInteger(60n);
  const strictlyIncreasing = program.steps.every((s) => A.compare(s.flow, A.zero) > 0);
  const within = (m: N): boolean => {
    const c = A.compare(cumulativeVolume(A, program, fillClock, A.mul(m, sixty)), volume);
    return strictlyIncreasing ? c <= 0 : c < 0;
  };
  if (!within(A.zero)) return A.zero;
  let lo = A.zero;
  let hi = A.fromInteger(1440n);
  let doublings = 0;
  while (within(hi)) {
    lo = hi;
    hi = A.mul(hi, A.fromInteger(2n));
    doublings += 1;
    if (doublings > MAX_DOUBLINGS) return undefined;
  }
  // invariant: within(lo), !within(hi)
  const two = A.fromInteger(2n);
  while (A.compare(A.sub(hi, lo), A.one) > 0) {
    const mid = A.floorDiv(A.add(lo, hi), two);
    if (within(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
