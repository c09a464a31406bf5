import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { max, min } from './arith.js';
import { pieceEnd, pieceStart, scaledFlow, type FlowPiece } from './flowPieces.js';
import type { Fraction } from './fraction.js';

/**
 * The cumulative volume of a set of pieces from `times[0]`, as an exact
 * piecewise-linear curve: `volumes[i]` at `times[i]`, slope `slopes[i]` on
 * `[times[i], times[i + 1]]`. Every volume and slope is `scale` times the true
 * value, so that all of them are exact (see `curveScale`).
 */
export interface VolumeCurve<N> {
  readonly scale: N;
  readonly times: readonly N[];
  readonly volumes: readonly N[];
  readonly slopes: readonly N[];
}

/** Sorts and removes duplicates. */
export function sortedDistinct<N>(A: ExactArithmetic<N>, xs: readonly N[]): N[] {
  const sorted = [...xs].sort((a, b) => A.compare(a, b));
  return sorted.filter((x, i) => i === 0 || A.compare(x, sorted[i - 1] as N) !== 0);
}

/**
 * Builds the curve of `pieces` over `[from, to]` (`from < to`), with a
 * breakpoint at every piece boundary and at every time in `extra` inside the
 * range. The volume at `from` is zero.
 */
export function buildVolumeCurve<N>(A: ExactArithmetic<N>, pieces: readonly FlowPiece<N>[], from: N, to: N, scale: N, extra: readonly N[] = []): VolumeCurve<N> {
  const events: { t: N; d: N }[] = [];
  const inside = (t: N): boolean => A.compare(t, from) > 0 && A.compare(t, to) < 0;
  for (const p of pieces) {
    const s = max(A, pieceStart(A, p), from);
    const e = min(A, pieceEnd(A, p), to);
    if (A.compare(s, e) >= 0) continue;
    const f = scaledFlow(A, p, scale);
    events.push({ t: s, d: f }, { t: e, d: A.sub(A.zero, f) });
  }
  events.sort((a, b) => A.compare(a.t, b.t));
  const times = sortedDistinct(A, [from, to, ...events.map((e) => e.t).filter(inside), ...extra.filter(inside)]);
  const volumes: N[] = [A.zero];
  const slopes: N[] = [];
  let slope = A.zero;
  let k = 0;
  for (let i = 0; i + 1 < times.length; i++) {
    const t = times[i] as N;
    while (k < events.length && A.compare((events[k] as { t: N }).t, t) <= 0) {
      slope = A.add(slope, (events[k] as { d: N }).d);
      k++;
    }
    slopes.push(slope);
    volumes.push(A.add(volumes[i] as N, A.mul(slope, A.sub(times[i + 1] as N, t))));
  }
  return { scale, times, volumes, slopes };
}

/** Index `i` of the curve interval `[times[i], times[i + 1]]` holding `t` (clamped to the curve's range). */
function intervalOf<N>(A: ExactArithmetic<N>, c: VolumeCurve<N>, t: N): number {
  let lo = 0;
  let hi = c.times.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (A.compare(c.times[mid] as N, t) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(lo, 0);
}

/** The scaled cumulative volume at `t`, `times[0] <= t <= times[last]`. */
export function volumeAt<N>(A: ExactArithmetic<N>, c: VolumeCurve<N>, t: N): N {
  const i = intervalOf(A, c, t);
  return A.add(c.volumes[i] as N, A.mul(c.slopes[i] ?? A.zero, A.sub(t, c.times[i] as N)));
}

/**
 * The first time the curve reaches the true volume `target` (a fraction), as
 * an exact fraction of seconds; `undefined` if it does not within the curve.
 */
export function timeReaching<N>(A: ExactArithmetic<N>, c: VolumeCurve<N>, target: Fraction<N>): Fraction<N> | undefined {
  // the scaled volume v reaches the target when v × target.den >= target.num × scale
  const goal = A.mul(target.num, c.scale);
  for (let i = 0; i + 1 < c.times.length; i++) {
    if (A.compare(A.mul(c.volumes[i + 1] as N, target.den), goal) >= 0) {
      const v0 = A.mul(c.volumes[i] as N, target.den);
      if (A.compare(v0, goal) >= 0) return { num: c.times[i] as N, den: A.one };
      const den = A.mul(c.slopes[i] as N, target.den);
      return { num: A.add(A.mul(c.times[i] as N, den), A.sub(goal, v0)), den };
    }
  }
  return undefined;
}
