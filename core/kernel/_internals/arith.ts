import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';

/** Smaller of two values. */
export const min = <N>(A: ExactArithmetic<N>, a: N, b: N): N => (A.compare(a, b) <= 0 ? a : b);
/** Larger of two values. */
export const max = <N>(A: ExactArithmetic<N>, a: N, b: N): N => (A.compare(a, b) >= 0 ? a : b);
/** `x` clamped into `[lo, hi]` (lo <= hi). */
export const clamp = <N>(A: ExactArithmetic<N>, x: N, lo: N, hi: N): N => min(A, max(A, x, lo), hi);
/** Sum of a list. */
export const sum = <N>(A: ExactArithmetic<N>, xs: readonly N[]): N => xs.reduce((s, x) => A.add(s, x), A.zero);
