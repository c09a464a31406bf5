import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { DAY_SECONDS, type DailyProgram } from './DailyProgram.js';
import type { ExactFraction } from './ExactFraction.js';
import type { OneOffEvent } from './OneOffEvent.js';
import { max, min } from './_internals/arith.js';
import { oneOffCurve } from './_internals/oneOffCurve.js';
import { lcm } from './_internals/lcm.js';

/** The most and the least volume (exact fractions, base volume units) of the 24 h windows that contain part of a one-off event. */
export interface OneOffWindows<N> {
  readonly most: ExactFraction<N>;
  readonly least: ExactFraction<N>;
}

/**
 * The most and the least volume the pump delivers, without patient boluses,
 * in any 24-hour window `[s, s + 24 h]` that contains part of a one-off event
 * (a single bolus on top of the program, or a stop): `s` from a day before an
 * event's start to its end. The program runs by its clock (`clockAtZero` at
 * `t = 0`, where the events' starts are counted from), started long before;
 * see {@link OneOffEvent} for what a stop cuts.
 *
 * Exact: a window's volume `V(s + 24 h) − V(s)` is piecewise linear in `s`,
 * with corners only where `s` or `s + 24 h` meets a corner of the delivery
 * (a step, a bolus's start or end, an event's start or end), so its extremes
 * over each event's range of starts lie at those places or at the range's
 * ends, and every one is evaluated. Patient boluses are left to the caller
 * (placed adversarially for the worst, none for the least).
 *
 * Bounded work: each event's window starts are scanned over its span plus
 * a day before it (a single bolus lasts under a day); for a stop longer than
 * two days only the starts within a day of either end (every window wholly
 * inside the stop delivers nothing, no other event overlapping it), so each
 * event reads at most two stretches of three days: at most
 * 8 events × 6 days × (48 steps + 48 periodic boluses) pieces, whatever the
 * events' starts and lengths; `undefined` when there is no event. Events
 * must not overlap.
 *
 * @example
 * import { oneOff24h } from './oneOff24h.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * // 0.3 mL/day; a single bolus of 0.05 mL over 1 h one day after the fill
 * const w = oneOff24h(A, { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }, A.zero,
 *   [{ kind: 'singleBolus', start: A.fromInteger(86_400n), duration: A.fromInteger(3600n), volume: A.fromInteger(4_320_000n) }]);
 * A.toDecimalString(A.floorDiv(w!.most.num, w!.most.den)); // "30240000"  (0.35 mL × 86 400 000)
 *
 * Implements REQ-ONEOFF-002, REQ-WORK-001.
 * @since 0.1.0
 */
export function oneOff24h<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, clockAtZero: N, events: readonly OneOffEvent<N>[]): OneOffWindows<N> | undefined {
  const day = A.fromInteger(DAY_SECONDS);
  let scale = A.one;
  for (const b of program.periodicBoluses) scale = lcm(A, scale, b.duration);
  for (const e of events) if (e.kind === 'singleBolus') scale = lcm(A, scale, e.duration);
  let most: N | undefined;
  let least: N | undefined;
  const scan = (first: N, last: N): void => {
    const curve = oneOffCurve(A, program, clockAtZero, events, first, A.add(last, day), scale);
    // the window starts in increasing order: the corners and the corners a day back, merged (both sorted)
    const inside = (x: N): boolean => A.compare(x, first) > 0 && A.compare(x, last) < 0;
    const here = curve.corners.filter(inside);
    const back = curve.corners.map((c) => A.sub(c, day)).filter(inside);
    const starts: N[] = [first];
    let i = 0;
    let j = 0;
    while (i < here.length || j < back.length) {
      const a = here[i];
      const b = back[j];
      if (b === undefined || (a !== undefined && A.compare(a, b) <= 0)) {
        if (a !== undefined) starts.push(a);
        i += 1;
      } else {
        starts.push(b);
        j += 1;
      }
    }
    starts.push(last);
    const atStart = curve.cursor();
    const atEnd = curve.cursor();
    for (const s of starts) {
      const w = A.sub(atEnd(A.add(s, day)), atStart(s));
      most = most === undefined ? w : max(A, most, w);
      least = least === undefined ? w : min(A, least, w);
    }
  };
  for (const ev of events) {
    const first = A.sub(ev.start, day);
    const last = A.add(ev.start, ev.duration);
    if (ev.kind === 'stop' && A.compare(ev.duration, A.add(day, day)) > 0) {
      // a window wholly inside a stop delivers nothing (no other event overlaps it): scan only the windows that reach past either end
      scan(first, A.add(ev.start, day));
      scan(A.sub(last, A.add(day, day)), last);
      least = least === undefined ? A.zero : min(A, least, A.zero);
    } else {
      scan(first, last);
    }
  }
  return most === undefined || least === undefined ? undefined : { most: { num: most, den: scale }, least: { num: least, den: scale } };
}
