import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { isRate } from './planCurve.js';
import { DAY_SECONDS } from '../../DailyProgram.js';
import { max, min } from '../../_internals/arith.js';
import type { NonEmpty, ScanInterval } from '../../_internals/windowScan.js';
import type { DeliveryPlan } from '../DeliveryPlan.js';
import type { PatientTrain } from './patientTrain.js';
import type { PlanVolume } from './planVolume.js';

/** What the cover of the window starts reads; volumes scaled as in the {@link PlanVolume}. */
export interface CoverInput<N> {
  readonly plan: DeliveryPlan<N>;
  readonly volume: PlanVolume<N>;
  readonly train: PatientTrain<N>;
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
 * How the window starts `[0, steadyFrom]` are covered: `blocks`, ranges to
 * cut at every corner of the delivery (see `blockIntervals`), and
 * `stretches`, ranges on which every window moves the queue on by the same
 * volume, each read as one scan interval. Their number is bounded by the
 * prefix's segments (two each) and two for the program, never by the days
 * the dead volume takes to flush; the blocks span at most a day per prefix
 * segment and two for the program's start. The blocks may overlap (prefix
 * segments shorter than a day); a start scanned twice changes nothing.
 *
 * Why a stretch is one interval: a window starting at `s` moves the fluid
 * queue from a position `a` in `[lo(s), hi(s)]` on by `x(s)` (see
 * `windowScan`). Inside one prefix segment (a window wholly in it) and from
 * one day after the program's start on (every day then moves the daily
 * volume) `x` is a constant, so a window's mass `G(a + x) − G(a)` depends on
 * `a` alone, and the extremes over the stretch are those over every `a`
 * reached: `[lo(start), hi(end)]`, since `lo` and `hi` are continuous and
 * never decrease. One interval with `lo` and `hi` running between those
 * values and `x` constant reaches exactly that set, and the scan of an
 * interval is exact over it.
 *
 * Implements REQ-WORK-001, REQ-BRIDGE-001.
 */
export function windowCover<N>(A: ExactArithmetic<N>, c: CoverInput<N>): { readonly blocks: NonEmpty<Block<N>>; readonly stretches: readonly ScanInterval<N>[] } {
  const day = A.fromInteger(DAY_SECONDS);
  const blocks: Block<N>[] = [];
  const stretches: ScanInterval<N>[] = [];
  const block = (u: N, w: N): void => {
    const a = max(A, u, A.zero);
    const b = min(A, w, c.steadyFrom);
    if (A.compare(a, b) < 0) blocks.push([a, b]);
  };
  const stretch = (from: N, to: N, x: N, patient: N): void => {
    const lo = { at0: c.volume.at(from), at1: c.volume.at(to) };
    const hi = { at0: A.add(lo.at0, c.train.at(from)), at1: A.add(lo.at1, c.train.at(to)) };
    stretches.push({ lo, hi, most: { at0: A.add(x, patient), at1: A.add(x, patient) }, least: { at0: x, at1: x } });
  };

  // the prefix: each segment's windows wholly inside it (a stretch), and the windows across its end
  let a = A.zero;
  for (const seg of c.plan.prefix) {
    const e = A.add(a, seg.duration);
    if (A.compare(seg.duration, A.zero) > 0) {
      const last = A.sub(e, day); // the last start of a window wholly inside the segment
      if (A.compare(last, a) > 0) {
        const flow = isRate(seg) ? A.mul(seg.flow, c.volume.scale) : A.mul(seg.volume, A.floorDiv(c.volume.scale, seg.duration));
        // no patient bolus before the program; a window starting a day before it or later is in a block
        stretch(a, last, A.mul(flow, day), A.zero);
      }
      // the last segment's end is the program's start, whose block follows
      if (A.compare(e, c.volume.programStart) < 0) block(A.sub(e, day), e);
    }
    a = e;
  }
  const ps = c.volume.programStart;
  // the program's start: windows from a day before it to a day after it (never empty: ps + 1 day <= steadyFrom)
  const start: Block<N> = [max(A, A.sub(ps, day), A.zero), min(A, A.add(ps, day), c.steadyFrom)];
  // from a day after the program's start on, every window moves the daily volume
  const periodic = A.add(ps, day);
  if (A.compare(c.steadyFrom, periodic) > 0) stretch(periodic, c.steadyFrom, c.daily, c.patientInWindow);

  return { blocks: [start, ...blocks], stretches };
}
