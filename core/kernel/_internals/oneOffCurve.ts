import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import type { DailyProgram } from '../DailyProgram.js';
import type { OneOffEvent } from '../OneOffEvent.js';
import { max, min } from './arith.js';
import { pieceEnd, pieceStart, scaledFlow, type FlowPiece } from './flowPieces.js';
import { programPieces } from './programPieces.js';

/** Volume delivered from `from` on, times the scale given: exact at every time of `[from, to]`. */
export interface OneOffCurve<N> {
  /** The scaled volume delivered in `[from, t]`, for `t` in `[from, to]`. */
  at(t: N): N;
  /** A reader of {@link OneOffCurve.at} for times asked in increasing order: O(1) amortised each. */
  cursor(): (t: N) => N;
  /** Every time in `[from, to]` where the flow may change, sorted, without repeats. */
  readonly corners: readonly N[];
}

interface Segment<N> {
  readonly start: N;
  readonly end: N;
  /** Scaled flow. */
  readonly flow: N;
}

/** The parts of `[s, e)` outside every stop (the stops are sorted and do not overlap). */
function outsideStops<N>(A: ExactArithmetic<N>, s: N, e: N, stops: readonly (readonly [N, N])[]): (readonly [N, N])[] {
  const parts: (readonly [N, N])[] = [];
  let from = s;
  for (const [a, b] of stops) {
    if (A.compare(b, from) <= 0) continue;
    if (A.compare(a, e) >= 0) break;
    if (A.compare(a, from) > 0) parts.push([from, a]);
    from = max(A, from, b);
    if (A.compare(from, e) >= 0) return parts;
  }
  if (A.compare(from, e) < 0) parts.push([from, e]);
  return parts;
}

/**
 * What the pump delivers on `[from, to]` with the daily program running (the
 * clock reading `clockAtZero` at `t = 0`, boluses started before `from` still
 * running) and the one-off events: single boluses added, stops cutting every
 * flow out of their interval; volumes times `scale`, a multiple of every
 * periodic and single bolus duration (so every flow is exact). The curve is built once from at most
 * (days spanned + 1) × (steps + periodic boluses) + events pieces, sorted:
 * O(n log n), then O(log n) per question.
 */
export function oneOffCurve<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, clockAtZero: N, events: readonly OneOffEvent<N>[], from: N, to: N, scale: N): OneOffCurve<N> {
  const pieces: FlowPiece<N>[] = programPieces(A, program, from, to, A.add(clockAtZero, from), true);
  for (const e of events) if (e.kind === 'singleBolus') pieces.push({ kind: 'bolus', start: e.start, duration: e.duration, volume: e.volume });
  // only the stops that meet the span cut anything in it
  const stops = events.filter((e) => e.kind === 'stop').map((e) => [e.start, A.add(e.start, e.duration)] as const)
    .filter(([a, b]) => A.compare(a, to) < 0 && A.compare(b, from) > 0)
    .sort((x, y) => A.compare(x[0], y[0]));
  const segments: Segment<N>[] = [];
  for (const p of pieces) {
    const s = max(A, pieceStart(A, p), from);
    const e = min(A, pieceEnd(A, p), to);
    if (A.compare(s, e) >= 0) continue;
    const flow = scaledFlow(A, p, scale);
    for (const [a, b] of outsideStops(A, s, e, stops)) segments.push({ start: a, end: b, flow });
  }
  // flow changes: +flow at a start, −flow at an end
  const changes = segments.flatMap((g) => [{ t: g.start, d: g.flow }, { t: g.end, d: A.sub(A.zero, g.flow) }]);
  changes.push({ t: from, d: A.zero }, { t: to, d: A.zero });
  changes.sort((x, y) => A.compare(x.t, y.t));
  const corners: N[] = [];
  const volumes: N[] = [];
  const flows: N[] = [];
  let flow = A.zero;
  let volume = A.zero;
  for (const c of changes) {
    const last = corners[corners.length - 1];
    if (last === undefined || A.compare(last, c.t) < 0) {
      if (last !== undefined) volume = A.add(volume, A.mul(flow, A.sub(c.t, last)));
      corners.push(c.t);
      volumes.push(volume);
      flows.push(flow);
    }
    flow = A.add(flow, c.d);
    flows[flows.length - 1] = flow;
  }
  const at = (t: N): N => {
    // the last corner at or before t
    let lo = 0;
    let hi = corners.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (A.compare(corners[mid] ?? t, t) <= 0) lo = mid;
      else hi = mid - 1;
    }
    const c = corners[lo] ?? from;
    return A.add(volumes[lo] ?? A.zero, A.mul(flows[lo] ?? A.zero, A.sub(t, c)));
  };
  const cursor = (): ((t: N) => N) => {
    let k = 0;
    return (t: N): N => {
      while (k + 1 < corners.length && A.compare(corners[k + 1] ?? t, t) <= 0) k += 1;
      return A.add(volumes[k] ?? A.zero, A.mul(flows[k] ?? A.zero, A.sub(t, corners[k] ?? from)));
    };
  };
  return { at, corners, cursor };
}
