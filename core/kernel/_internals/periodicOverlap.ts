import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { clamp, max, min } from './arith.js';

/**
 * Measure of `[0, t] ∩ ⋃_{k ≥ 0} [a + kP, a + kP + d]` for `t >= 0`,
 * `0 <= a`, `0 <= d <= P`: how long a train of intervals starting at `a`
 * and repeating every `P` has been on by time `t`.
 */
export function trainOnTime<N>(A: ExactArithmetic<N>, t: N, a: N, d: N, P: N): N {
  const q = A.sub(t, a);
  if (A.compare(q, A.zero) <= 0) return A.zero;
  const j = A.floorDiv(q, P);
  return A.add(A.mul(j, d), min(A, A.sub(q, A.mul(j, P)), d));
}

/**
 * Measure of `[0, t] ∩ ⋃_{k ∈ Z} [a + kP, a + kP + d]` for `t >= 0`, any `a`,
 * `0 <= d <= P`: how long a daily-repeating interval has been on during the
 * first `t` seconds after an origin (including an interval already running at
 * the origin).
 */
export function periodicOnTime<N>(A: ExactArithmetic<N>, t: N, a: N, d: N, P: N): N {
  const shifted = A.sub(a, A.mul(A.floorDiv(a, P), P)); // a mod P, in [0, P)
  const spill = clamp(A, A.sub(A.add(shifted, d), P), A.zero, max(A, t, A.zero)); // the copy started at shifted − P
  return A.add(trainOnTime(A, t, shifted, d, P), min(A, spill, t));
}
