import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../../DailyProgram.js';
import { max, min } from '../../_internals/arith.js';
import type { DeliveryPlan } from '../DeliveryPlan.js';
import type { PlanVolume } from './planVolume.js';

/** What the choice of blocks reads; volumes scaled as in the {@link PlanVolume}. */
export interface BlockChoice<N> {
  readonly plan: DeliveryPlan<N>;
  readonly volume: PlanVolume<N>;
  /** The layer bounds (queue positions where a layer ends), scaled. */
  readonly bounds: readonly N[];
  /** The program's daily volume, scaled. */
  readonly daily: N;
  /** The most patient volume a window may add, scaled. */
  readonly patientInWindow: N;
  /** The last window start scanned (the steady state from there on). */
  readonly steadyFrom: N;
}

/** A closed range `[u, w]` of window starts, `u < w`. */
export type Block<N> = readonly [N, N];

/**
 * The ranges of window starts in `[0, steadyFrom]` that must be scanned one
 * by one; every other start lies in a stretch whose extremes are at its ends,
 * and every such end lies in a returned range. The count of ranges is bounded
 * by the prefix's segments and the layers (one for the first window, 1 + 2
 * per layer bound for each prefix segment, one for the program's first days,
 * 2 × 3 per layer bound and one for the last day after it), never by the days the
 * dead volume takes to flush.
 *
 * Why the rest can be skipped: a window starting at `s` moves the fluid queue
 * from a position in `[lo(s), hi(s)]` on by `x(s)` (see `windowScan`). Inside
 * one prefix segment (a window wholly in it) and from one day after the
 * program's start on (every day then moves the daily volume), `x` is
 * constant, and `lo` and `hi` never decrease. The window mass for a queue
 * start `a` is then `g(a) = G(a + x) − G(a)`, piecewise linear in `a` with
 * corners at the bounds `b` and `b − x`. Over a stretch in which neither `lo`
 * nor `hi` meets a corner, `g(lo(s))` and `g(hi(s))` are monotone in `s`
 * and the corners strictly between them do not change, so the extremes over
 * the stretch are at its two ends. The places where `lo` meets a corner
 * (`lo` equal to `b`, `b − x` or, for the most, `b − x − patientInWindow`)
 * are each met once (or over a flat part shorter than a day), and the range
 * around each is returned. The places where `hi` meets a corner `κ` need no
 * range of their own: there `g(hi) = g(κ)`, and `lo`, which never
 * decreases and passes every corner before the steady state, meets `κ` later
 * in a returned range, where `g(κ) = g(lo)` is evaluated; a `κ` that `lo`
 * passed before this stretch is below `lo`, so `hi` does not meet it in it.
 *
 * Implements REQ-WORK-001, REQ-BRIDGE-001.
 */
export function windowBlocks<N>(A: ExactArithmetic<N>, c: BlockChoice<N>): Block<N>[] {
  const day = A.fromInteger(DAY_SECONDS);
  const blocks: Block<N>[] = [];
  const add = (u: N, w: N): void => {
    const a = max(A, u, A.zero);
    const b = min(A, w, c.steadyFrom);
    if (A.compare(a, b) < 0) blocks.push([a, b]);
  };

  // (a) the prefix: the first window, the windows across each segment's end, and the crossings inside each segment
  add(A.zero, A.one);
  let a = A.zero;
  for (const seg of c.plan.prefix) {
    const e = A.add(a, seg.duration);
    if (A.compare(seg.duration, A.zero) > 0) {
      add(A.sub(e, day), e);
      const flow = 'flow' in seg ? A.mul(seg.flow, c.volume.scale) : A.mul(seg.volume, A.floorDiv(c.volume.scale, seg.duration));
      const last = A.sub(e, day); // the last start of a window wholly inside the segment
      if (A.compare(last, a) > 0 && A.compare(flow, A.zero) > 0) {
        const x = A.mul(flow, day);
        const atA = c.volume.at(a);
        for (const b of c.bounds) {
          for (const target of [b, A.sub(b, x)]) {
            // lo(s) = atA + flow × (s − a) meets target at s = a + (target − atA) / flow
            const num = A.add(A.mul(a, flow), A.sub(target, atA));
            if (A.compare(num, A.mul(a, flow)) <= 0 || A.compare(num, A.mul(last, flow)) >= 0) continue;
            const f = A.floorDiv(num, flow);
            const u = max(A, a, f);
            const w = min(A, last, A.add(f, A.one));
            if (A.compare(u, w) < 0) blocks.push([u, w]);
          }
        }
      }
    }
    a = e;
  }
  const ps = c.volume.programStart;

  // (b) the program's start: windows from a day before it to a day after it
  add(A.sub(ps, day), A.add(ps, day));

  // (c) from a day after the program's start on, whole days s_k = ps + k days, k = 1 … K
  const K = A.floorDiv(A.sub(c.steadyFrom, ps), day);
  if (A.compare(K, A.one) > 0) {
    const at = (k: N): N => A.add(ps, A.mul(k, day));
    const lo = (k: N): N => c.volume.at(at(k));
    // the largest k in [1, K] for which `holds` (monotone: true, then false), zero for none
    const largest = (holds: (k: N) => boolean): N => {
      let yes = A.zero;
      let no = A.add(K, A.one);
      while (A.compare(A.sub(no, yes), A.one) > 0) {
        const mid = A.floorDiv(A.add(yes, no), A.fromInteger(2n));
        if (holds(mid)) yes = mid;
        else no = mid;
      }
      return yes;
    };
    const lastBlock = A.sub(K, A.one);
    for (const b of c.bounds) {
      for (const target of [b, A.sub(b, c.daily), A.sub(A.sub(b, c.daily), c.patientInWindow)]) {
        const below = largest((k) => A.compare(lo(k), target) < 0); // the day in which lo first reaches target
        const notAbove = largest((k) => A.compare(lo(k), target) <= 0); // the day in which lo last equals it
        for (let k = max(A, below, A.one); A.compare(k, min(A, notAbove, lastBlock)) <= 0; k = A.add(k, A.one)) add(at(k), at(A.add(k, A.one)));
      }
    }
    add(at(lastBlock), c.steadyFrom);
  }

  // merge overlapping ranges
  blocks.sort((x, y) => A.compare(x[0], y[0]));
  const merged: Block<N>[] = [];
  for (const [u, w] of blocks) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && A.compare(u, prev[1]) <= 0) merged[merged.length - 1] = [prev[0], max(A, prev[1], w)];
    else merged.push([u, w]);
  }
  return merged;
}
