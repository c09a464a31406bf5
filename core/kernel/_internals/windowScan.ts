import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { max, min } from './arith.js';
import { compareFractions, type Fraction } from './fraction.js';

/** A function linear on an interval, by its values at the interval's two ends. */
export interface Linear<N> {
  readonly at0: N;
  readonly at1: N;
}

/** A list with at least one element: a function over it always has a first element to start from. */
export type NonEmpty<T> = readonly [T, ...T[]];

/**
 * One interval of window start times `s` on which every input is linear:
 * the queue position reached before the window lies in `[lo(s), hi(s)]`
 * (how far the fluid queue had moved when the window opened: `lo` without
 * patient boluses, `hi` with every earlier one taken), and the window moves
 * the queue on by `most(s)` at most and by `least(s)` at least.
 */
export interface ScanInterval<N> {
  readonly lo: Linear<N>;
  readonly hi: Linear<N>;
  readonly most: Linear<N>;
  readonly least: Linear<N>;
}

/**
 * The fluid queue the pump pushes out of the catheter tip, first out first:
 * layer `k` lies between queue positions `bounds[k − 1]` (0 for the first)
 * and `bounds[k]` and holds `concentrations[k]`; past the last bound comes
 * fluid of concentration `after`.
 */
export interface Queue<N> {
  readonly bounds: readonly N[];
  readonly concentrations: readonly N[];
  readonly after: N;
}

/** The mass in the queue between positions 0 and `y`, every position multiplied by `d`. */
export function queueMass<N>(A: ExactArithmetic<N>, q: Queue<N>, y: N, d: N): N {
  let mass = A.zero;
  let prev = A.zero;
  q.bounds.forEach((b, k) => {
    const bd = A.mul(b, d);
    const inLayer = A.sub(min(A, max(A, y, prev), bd), prev);
    mass = A.add(mass, A.mul(q.concentrations[k] ?? A.zero, inLayer));
    prev = bd;
  });
  return A.add(mass, A.mul(q.after, A.sub(max(A, y, prev), prev)));
}

const valueAt = <N>(A: ExactArithmetic<N>, f: Linear<N>, p: N, d: N): N => A.add(A.mul(f.at0, d), A.mul(p, A.sub(f.at1, f.at0)));

/** θ = p / d in (0, 1) where `f(θ) = target`, if `f` crosses it inside the interval. */
function crossing<N>(A: ExactArithmetic<N>, f: Linear<N>, target: N): Fraction<N> | undefined {
  let p = A.sub(target, f.at0);
  let d = A.sub(f.at1, f.at0);
  if (A.compare(d, A.zero) === 0) return undefined;
  if (A.compare(d, A.zero) < 0) {
    p = A.sub(A.zero, p);
    d = A.sub(A.zero, d);
  }
  return A.compare(p, A.zero) > 0 && A.compare(p, d) < 0 ? { num: p, den: d } : undefined;
}

const sumLinear = <N>(A: ExactArithmetic<N>, f: Linear<N>, g: Linear<N>): Linear<N> => ({ at0: A.add(f.at0, g.at0), at1: A.add(f.at1, g.at1) });

/**
 * The extreme (`'most'` or `'least'`) queue mass a window moves out, over
 * every window start in the interval and every queue position in
 * `[lo, hi]`, as an exact fraction.
 *
 * The mass is `M(s, a) = G(a + x(s)) − G(a)` with `G` the queue mass
 * function, piecewise linear with corners at the layer bounds. For a fixed
 * start, the extreme over `a` is at `lo`, `hi`, a bound `κ`, or `κ − x`; as a
 * function of `s` each such candidate is linear between the places where `lo`,
 * `hi`, `lo + x` or `hi + x` meets a bound or `x` equals a difference of
 * bounds. Between those places the extreme over `a` is a maximum (minimum) of
 * linear functions, so convex (concave), and takes its extreme at an end.
 * So evaluating every such place is exhaustive.
 */
function intervalExtreme<N>(A: ExactArithmetic<N>, iv: ScanInterval<N>, q: Queue<N>, mode: 'most' | 'least'): Fraction<N> {
  const x = mode === 'most' ? iv.most : iv.least;
  const loX = sumLinear(A, iv.lo, x);
  const hiX = sumLinear(A, iv.hi, x);
  const corners = [A.zero, ...q.bounds];
  const thetas: Fraction<N>[] = [{ num: A.zero, den: A.one }, { num: A.one, den: A.one }];
  const push = (t: Fraction<N> | undefined): void => {
    if (t !== undefined) thetas.push(t);
  };
  for (const b of q.bounds) {
    for (const f of [iv.lo, iv.hi, loX, hiX]) push(crossing(A, f, b));
  }
  corners.forEach((ci, i) => corners.slice(i + 1).forEach((cj) => push(crossing(A, x, A.sub(cj, ci)))));
  const better = (a: Fraction<N>, b: Fraction<N>): boolean => (mode === 'most' ? compareFractions(A, a, b) > 0 : compareFractions(A, a, b) < 0);
  /** The mass a window moves from queue position `a`, the window moving it on by `xd` (both times `d`). */
  const moved = (a: N, xd: N, d: N): Fraction<N> => ({ num: A.sub(queueMass(A, q, A.add(a, xd), d), queueMass(A, q, a, d)), den: d });
  // The first candidate (θ = 0, the queue position lo) starts the search, so there is always a result.
  let best = moved(iv.lo.at0, x.at0, A.one);
  for (const { num: p, den: d } of thetas) {
    const lo = valueAt(A, iv.lo, p, d);
    const hi = valueAt(A, iv.hi, p, d);
    const xd = valueAt(A, x, p, d);
    const starts = [lo, hi];
    for (const b of q.bounds) {
      const bd = A.mul(b, d);
      for (const a of [bd, A.sub(bd, xd)]) {
        if (A.compare(a, lo) > 0 && A.compare(a, hi) < 0) starts.push(a);
      }
    }
    for (const a of starts) {
      const m = moved(a, xd, d);
      if (better(m, best)) best = m;
    }
  }
  return best;
}

/**
 * The most and the least queue mass any window moves out, over all the
 * intervals (see {@link intervalExtreme}). There is at least one interval, so
 * there is always a most and a least.
 */
export function scanWindows<N>(A: ExactArithmetic<N>, intervals: NonEmpty<ScanInterval<N>>, q: Queue<N>): { readonly most: Fraction<N>; readonly least: Fraction<N> } {
  const [first, ...rest] = intervals;
  let most = intervalExtreme(A, first, q, 'most');
  let least = intervalExtreme(A, first, q, 'least');
  for (const iv of rest) {
    const hiM = intervalExtreme(A, iv, q, 'most');
    const loM = intervalExtreme(A, iv, q, 'least');
    if (compareFractions(A, hiM, most) > 0) most = hiM;
    if (compareFractions(A, loM, least) < 0) least = loM;
  }
  return { most, least };
}
