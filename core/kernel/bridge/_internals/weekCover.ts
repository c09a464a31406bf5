import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../../DailyProgram.js';
import { min } from '../../_internals/arith.js';
import type { NonEmpty } from '../../_internals/windowScan.js';
import type { PatientTrain } from './patientTrain.js';
import type { PlanVolume } from './planVolume.js';
import type { Block } from './windowCover.js';

/** What the cover of a week program's window starts reads; volumes scaled as in the {@link PlanVolume}. */
export interface WeekCoverInput<N> {
  readonly volume: PlanVolume<N>;
  readonly train: PatientTrain<N>;
  /** The layer bounds of the fluid queue (scaled, increasing). */
  readonly bounds: readonly N[];
  /** The most patient volume a window may add, scaled. */
  readonly patientInWindow: N;
  /** The program's period (a week), s. */
  readonly period: N;
  /** The last window start the scan must reach (a period past the steady state). */
  readonly until: N;
}

/**
 * The blocks of window starts a week program's tip-dose scan cuts at every
 * corner, out of `[0, until]`: the starts up to a day after the program's
 * start (the prefix, and the program's first day, where a bolus the clock
 * started before it may still run); then of the program's periodic starts
 * only one period of those whose windows lie wholly in the first layer of the
 * queue, every start whose window may meet a layer bound, and one period of
 * those whose windows lie wholly past the last bound. At most the prefix, a
 * day, the starts near the layer bounds and two periods, whatever the days
 * the flush takes.
 *
 * Why a skipped start changes nothing: from a day after the program's start
 * on, a window starting at `s` moves the same volume `x(s)` as one starting
 * a period later (the program repeats, and a bolus started before the program
 * has ended), and adds the same patient allowance. A window that lies wholly
 * in one layer of concentration `c` moves the mass `c · x(s)` (most: with the
 * allowance), whatever the queue position, so over a stretch of such starts
 * the extremes are `c` times the extremes of `x`, which a period of them
 * already holds (a stretch shorter than a period is scanned whole). Whether a
 * window lies in the first layer (its end, with every patient bolus taken and
 * the allowance, at or before the first bound) or past the last (its start,
 * with none, at or after the last bound) is monotone in `s`, so it holds from
 * or up to a whole day found by evaluating those positions day by day (at
 * most `until` / 1 day evaluations).
 *
 * Implements REQ-WEEK-007, REQ-WORK-001.
 */
export function weekCover<N>(A: ExactArithmetic<N>, c: WeekCoverInput<N>): NonEmpty<Block<N>> {
  const day = A.fromInteger(DAY_SECONDS);
  const until = c.until;
  const from = min(A, A.add(c.volume.programStart, day), until); // periodic from here on
  const first = c.bounds[0];
  const last = c.bounds[c.bounds.length - 1];
  // the last whole day (from `from`) whose window ends, with every patient bolus taken, at or before the first bound
  let inFirst: N | undefined;
  // the first whole day whose window starts, without patient boluses, at or after the last bound
  let pastLast: N | undefined;
  for (let s = from; A.compare(s, until) <= 0; s = A.add(s, day)) {
    const end = A.add(A.add(c.volume.at(A.add(s, day)), c.train.at(s)), c.patientInWindow);
    if (first !== undefined && A.compare(end, first) <= 0) inFirst = s;
    if (last === undefined || A.compare(c.volume.at(s), last) >= 0) {
      pastLast = s;
      break;
    }
  }
  const blocks: Block<N>[] = [];
  const block = (u: N, w: N): void => {
    const b = min(A, w, until);
    if (A.compare(u, b) < 0) blocks.push([u, b]);
  };
  // the prefix and the program's first day; never empty: the program starts before `until`
  const head: Block<N> = [A.zero, from];
  // the starts in the first layer: one period of them (or all, when fewer)
  let next = from;
  if (inFirst !== undefined) {
    block(from, A.add(from, c.period));
    next = inFirst;
  }
  // the starts that may meet a bound, then one period past the last bound (or the rest, when no day is past it)
  if (pastLast === undefined) block(next, until);
  else {
    block(next, pastLast);
    block(pastLast, A.add(pastLast, c.period));
  }
  return A.compare(from, A.zero) > 0 ? [head, ...blocks] : blocks.length > 0 ? [blocks[0] as Block<N>, ...blocks.slice(1)] : [[A.zero, until]];
}
