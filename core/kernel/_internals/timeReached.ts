import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import type { Fraction } from './fraction.js';
import type { VolumeCurve } from './volumeCurve.js';

declare const reached: unique symbol;

/**
 * A true volume `target` that `curve` reaches by its last time. Only
 * {@link reachedBy} makes one, after checking it, so {@link timeReached}
 * always has an answer.
 */
export interface ReachedVolume<N> {
  readonly curve: VolumeCurve<N>;
  readonly target: Fraction<N>;
  readonly [reached]: true;
}

/** `scaled × target.den`, the curve's scaled volume in the target's units. */
const inTargetUnits = <N>(A: ExactArithmetic<N>, scaled: N, target: Fraction<N>): N => A.mul(scaled, target.den);

/**
 * `target` as a {@link ReachedVolume} when the curve gets to it by its last
 * time (its last volume is at least the target), else `undefined`.
 */
export function reachedBy<N>(A: ExactArithmetic<N>, curve: VolumeCurve<N>, target: Fraction<N>): ReachedVolume<N> | undefined {
  const last = curve.volumes[curve.volumes.length - 1] as N;
  return A.compare(inTargetUnits(A, last, target), A.mul(target.num, curve.scale)) >= 0 ? ({ curve, target } as ReachedVolume<N>) : undefined;
}

/**
 * The first time the curve reaches a volume it reaches by its end, as an
 * exact fraction of seconds. A binary search over the curve's intervals for
 * the first whose end reaches it (the last one does), then the exact crossing
 * inside it (its start when the volume is reached there already).
 */
export function timeReached<N>(A: ExactArithmetic<N>, r: ReachedVolume<N>): Fraction<N> {
  const { curve: c, target } = r;
  const goal = A.mul(target.num, c.scale);
  const reaches = (k: number): boolean => A.compare(inTargetUnits(A, c.volumes[k] as N, target), goal) >= 0;
  // the first interval i (in [0, intervals − 1]) whose end volume reaches the goal; the last one's does
  let lo = 0;
  let hi = Math.max(c.times.length - 2, 0);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reaches(mid + 1)) hi = mid;
    else lo = mid + 1;
  }
  const v0 = inTargetUnits(A, c.volumes[lo] as N, target);
  if (A.compare(v0, goal) >= 0) return { num: c.times[lo] as N, den: A.one };
  const den = inTargetUnits(A, c.slopes[lo] as N, target);
  return { num: A.add(A.mul(c.times[lo] as N, den), A.sub(goal, v0)), den };
}
