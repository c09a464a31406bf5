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
 * Where no layer bound lies strictly between queue positions `from` and `to`
 * (they are in one layer, or both past the last bound): the index of that
 * fluid in `concentrations`, `bounds.length` for the fluid after the last
 * bound; `undefined` when a bound lies between them.
 */
function oneFluid<N>(A: ExactArithmetic<N>, bounds: readonly N[], from: N, to: N): number | undefined {
  for (const [k, b] of bounds.entries()) {
    if (A.compare(b, from) <= 0) continue; // the range lies past this layer
    return A.compare(b, to) >= 0 ? k : undefined; // the first bound above `from`
  }
  return bounds.length;
}

/** A window start and end to evaluate, as queue positions times `d`. */
interface Candidate<N> {
  readonly a: N;
  readonly y: N;
  readonly d: N;
}

/**
 * A candidate window as the volume it takes from each layer and from the
 * fluid after the last bound (times `d`): the same for every drug, so that a
 * drug's mass is `Σ concentration × weight`, the queue mass from `a` to `y`
 * (see {@link queueMass}).
 */
interface Weighed<N> {
  readonly weights: readonly N[];
  readonly d: N;
}

/** The volume between queue positions `a` and `y` (times `d`) in each layer of `bounds`, then after the last. */
function weigh<N>(A: ExactArithmetic<N>, bounds: readonly N[], { a, y, d }: Candidate<N>): Weighed<N> {
  const weights: N[] = [];
  let prev = A.zero;
  for (const b of bounds) {
    const bd = A.mul(b, d);
    const part = (p: N): N => A.sub(min(A, max(A, p, prev), bd), prev);
    weights.push(A.sub(part(y), part(a)));
    prev = bd;
  }
  const tail = (p: N): N => A.sub(max(A, p, prev), prev);
  weights.push(A.sub(tail(y), tail(a)));
  return { weights, d };
}

/** What one interval and mode leave to evaluate for every fluid: one fluid's layer and the extreme `x`, or the candidate windows. */
type Candidates<N> = { readonly kind: 'one fluid'; readonly layer: number; readonly x: N } | { readonly kind: 'windows'; readonly windows: NonEmpty<Weighed<N>> };

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
 * So evaluating every such place is exhaustive. When no bound lies strictly
 * between the least position a window of the interval starts at and the most
 * it reaches, every window moves fluid of one concentration `c` (never
 * negative) and the extreme is `c` times the extreme of `x`, at an end.
 */
function intervalCandidates<N>(A: ExactArithmetic<N>, iv: ScanInterval<N>, bounds: readonly N[], mode: 'most' | 'least'): Candidates<N> {
  const x = mode === 'most' ? iv.most : iv.least;
  const loX = sumLinear(A, iv.lo, x);
  const hiX = sumLinear(A, iv.hi, x);
  const layer = oneFluid(A, bounds, min(A, iv.lo.at0, iv.lo.at1), max(A, hiX.at0, hiX.at1));
  if (layer !== undefined) {
    // every window of the interval moves fluid of one concentration c >= 0: its mass is c·x, linear in θ
    return { kind: 'one fluid', layer, x: mode === 'most' ? max(A, x.at0, x.at1) : min(A, x.at0, x.at1) };
  }
  const corners = [A.zero, ...bounds];
  const thetas: Fraction<N>[] = [{ num: A.zero, den: A.one }, { num: A.one, den: A.one }];
  const push = (t: Fraction<N> | undefined): void => {
    if (t !== undefined) thetas.push(t);
  };
  for (const b of bounds) {
    for (const f of [iv.lo, iv.hi, loX, hiX]) push(crossing(A, f, b));
  }
  corners.forEach((ci, i) => corners.slice(i + 1).forEach((cj) => push(crossing(A, x, A.sub(cj, ci)))));
  // θ = 0 at the queue position lo first, so there is always a candidate
  const windows: [Candidate<N>, ...Candidate<N>[]] = [{ a: iv.lo.at0, y: A.add(iv.lo.at0, x.at0), d: A.one }];
  for (const { num: p, den: d } of thetas) {
    const lo = valueAt(A, iv.lo, p, d);
    const hi = valueAt(A, iv.hi, p, d);
    const xd = valueAt(A, x, p, d);
    const starts = [lo, hi];
    for (const b of bounds) {
      const bd = A.mul(b, d);
      for (const a of [bd, A.sub(bd, xd)]) {
        if (A.compare(a, lo) > 0 && A.compare(a, hi) < 0) starts.push(a);
      }
    }
    for (const a of starts) windows.push({ a, y: A.add(a, xd), d });
  }
  const [w0, ...ws] = windows;
  return { kind: 'windows', windows: [weigh(A, bounds, w0), ...ws.map((w) => weigh(A, bounds, w))] };
}

/** The concentration of layer `k` of the queue, `q.after` past the last bound (as {@link queueMass} reads them). */
const concentrationOf = <N>(A: ExactArithmetic<N>, q: Queue<N>, k: number): N => (k < q.bounds.length ? (q.concentrations[k] ?? A.zero) : q.after);

/** The extreme of one fluid queue over one interval's candidates. */
function extremeOf<N>(A: ExactArithmetic<N>, c: Candidates<N>, q: Queue<N>, mode: 'most' | 'least'): Fraction<N> {
  if (c.kind === 'one fluid') return { num: A.mul(concentrationOf(A, q, c.layer), c.x), den: A.one };
  const mass = ({ weights, d }: Weighed<N>): Fraction<N> => {
    let num = A.zero;
    weights.forEach((w, k) => {
      num = A.add(num, A.mul(concentrationOf(A, q, k), w));
    });
    return { num, den: d };
  };
  const [first, ...rest] = c.windows;
  let best = mass(first);
  for (const w of rest) {
    const m = mass(w);
    if (mode === 'most' ? compareFractions(A, m, best) > 0 : compareFractions(A, m, best) < 0) best = m;
  }
  return best;
}

/** One interval's candidate windows for both modes. */
interface IntervalCandidates<N> {
  readonly forMost: Candidates<N>;
  readonly forLeast: Candidates<N>;
}

const candidatesOf = <N>(A: ExactArithmetic<N>, iv: ScanInterval<N>, bounds: readonly N[]): IntervalCandidates<N> =>
  ({ forMost: intervalCandidates(A, iv, bounds, 'most'), forLeast: intervalCandidates(A, iv, bounds, 'least') });

/** The most and least of one queue over one interval's candidates. */
const extremes = <N>(A: ExactArithmetic<N>, c: IntervalCandidates<N>, q: Queue<N>): { most: Fraction<N>; least: Fraction<N> } =>
  ({ most: extremeOf(A, c.forMost, q, 'most'), least: extremeOf(A, c.forLeast, q, 'least') });

/**
 * The most and the least queue mass any window moves out, over all the
 * intervals (see {@link intervalCandidates}), for each fluid of `fluids` (one
 * per drug; they share the layer `bounds`, so each interval's candidate
 * windows are found once for all of them). There is at least one interval and
 * each gives at least one candidate window, so every fluid has a most and a
 * least.
 */
export function scanWindowsEach<N>(A: ExactArithmetic<N>, intervals: NonEmpty<ScanInterval<N>>, bounds: readonly N[], fluids: readonly { readonly concentrations: readonly N[]; readonly after: N }[]): readonly { readonly most: Fraction<N>; readonly least: Fraction<N> }[] {
  const [first, ...rest] = candidatesAll(A, intervals, bounds);
  const most = byLayer(A, [first.forMost, ...rest.map((c) => c.forMost)], 'most');
  const least = byLayer(A, [first.forLeast, ...rest.map((c) => c.forLeast)], 'least');
  return fluids.map((f) => {
    const q = { bounds, concentrations: f.concentrations, after: f.after };
    return { most: extremeOfAll(A, most, q, 'most'), least: extremeOfAll(A, least, q, 'least') };
  });
}

/**
 * The candidates of every interval for one mode, with the one-fluid ones
 * folded into one per layer: the extreme `x` over every interval that moves
 * only that layer's fluid. Exact for every fluid queue on these bounds: a
 * layer's mass is `c · x` with `c >= 0` the same for all those intervals, so
 * the extreme of the masses is `c` times the extreme of `x`. The drugs then
 * cost one product per layer instead of one per interval.
 */
function byLayer<N>(A: ExactArithmetic<N>, all: NonEmpty<Candidates<N>>, mode: 'most' | 'least'): NonEmpty<Candidates<N>> {
  const layers = new Map<number, N>();
  const windows: Candidates<N>[] = [];
  for (const c of all) {
    if (c.kind === 'windows') {
      windows.push(c);
      continue;
    }
    const known = layers.get(c.layer);
    layers.set(c.layer, known === undefined ? c.x : mode === 'most' ? max(A, known, c.x) : min(A, known, c.x));
  }
  const folded: Candidates<N>[] = [...windows, ...[...layers].map(([layer, x]) => ({ kind: 'one fluid' as const, layer, x }))];
  const [head, ...tail] = folded;
  return head === undefined ? all : [head, ...tail];
}

/** The extreme of one fluid queue over candidates. */
function extremeOfAll<N>(A: ExactArithmetic<N>, [first, ...rest]: NonEmpty<Candidates<N>>, q: Queue<N>, mode: 'most' | 'least'): Fraction<N> {
  let best = extremeOf(A, first, q, mode);
  for (const c of rest) {
    const x = extremeOf(A, c, q, mode);
    if (mode === 'most' ? compareFractions(A, x, best) > 0 : compareFractions(A, x, best) < 0) best = x;
  }
  return best;
}

/** {@link scanWindowsEach} for one fluid queue. */
export function scanWindows<N>(A: ExactArithmetic<N>, intervals: NonEmpty<ScanInterval<N>>, q: Queue<N>): { readonly most: Fraction<N>; readonly least: Fraction<N> } {
  return extremesOver(A, candidatesAll(A, intervals, q.bounds), q);
}

/** Every interval's candidate windows (one or more intervals in, as many out). */
function candidatesAll<N>(A: ExactArithmetic<N>, [first, ...rest]: NonEmpty<ScanInterval<N>>, bounds: readonly N[]): NonEmpty<IntervalCandidates<N>> {
  return [candidatesOf(A, first, bounds), ...rest.map((iv) => candidatesOf(A, iv, bounds))];
}

/** The most and the least of one queue over every interval's candidates. */
function extremesOver<N>(A: ExactArithmetic<N>, [first, ...rest]: NonEmpty<IntervalCandidates<N>>, q: Queue<N>): { most: Fraction<N>; least: Fraction<N> } {
  const best = extremes(A, first, q);
  for (const c of rest) {
    const { most, least } = extremes(A, c, q);
    if (compareFractions(A, most, best.most) > 0) best.most = most;
    if (compareFractions(A, least, best.least) < 0) best.least = least;
  }
  return best;
}
