import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { programPeriod, type DailyProgram } from './DailyProgram.js';
import type { ExactFraction } from './ExactFraction.js';
import { lcm } from './_internals/lcm.js';
import { modulo } from './_internals/programPieces.js';

/** The most the pump is asked to deliver at one instant, and when and of what it is made. */
export interface PeakFlow<N> {
  /** The total flow (base flow units: numerically uL/day), exact. */
  readonly flow: ExactFraction<N>;
  /** The instant (s after midnight, pump clock) the peak is first reached. */
  readonly at: N;
  /** The basal flow then. */
  readonly basal: N;
  /** The periodic boluses running then (indices into `periodicBoluses`). */
  readonly periodic: readonly number[];
  /** The patient bolus's flow (`volume ÷ duration`), counted in: a patient may start one at any instant. */
  readonly patient: ExactFraction<N> | undefined;
}

/**
 * The highest total flow a daily program can ask of the pump at one instant:
 * the basal step running then, every periodic bolus running then (each at
 * `volume ÷ duration`, a bolus started before midnight still running after
 * it), and a patient bolus started at that instant (the worst moment: the
 * lockout and the daily count do not stop a bolus during another one). The
 * total is constant between the starts of steps and boluses, so those
 * instants are the only candidates. Each candidate finds its step by a binary
 * search and looks only at the boluses starting within the longest bolus
 * duration before it: O(n log n) plus the boluses that overlap, for n steps
 * and boluses (at most 7 × 48 of each in a week program), never in its volumes.
 *
 * @example
 * import { peakFlow } from './peakFlow.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * // 0.3 mL/day, a periodic bolus of 0.01 mL over 10 min at 08:00 (1.44 mL/day), a patient bolus of the same
 * const p = { steps: [{ start: A.zero, flow: A.fromInteger(300n) }],
 *   periodicBoluses: [{ start: A.fromInteger(28_800n), volume: A.fromInteger(864_000n), duration: A.fromInteger(600n) }],
 *   patientBolus: { volume: A.fromInteger(864_000n), duration: A.fromInteger(600n), lockout: A.fromInteger(14_400n), maxPerDay: A.fromInteger(4n) } };
 * const r = peakFlow(A, p);
 * A.toDecimalString(A.floorDiv(r.flow.num, r.flow.den)); // "3180"  (0.3 + 1.44 + 1.44 mL/day)
 * A.toDecimalString(r.at); // "28800"
 *
 * Implements REQ-LIMIT-120.
 * @since 0.1.0
 */
export function peakFlow<N>(A: ExactArithmetic<N>, program: DailyProgram<N>): PeakFlow<N> {
  const day = programPeriod(A, program);
  const pb = program.patientBolus;
  const withPatient = pb !== undefined && A.compare(pb.maxPerDay, A.zero) > 0 ? pb : undefined;
  // every flow times one common denominator D (the lcm of the bolus durations), so that flows add as integers
  let D = A.one;
  for (const b of program.periodicBoluses) D = lcm(A, D, b.duration);
  if (withPatient !== undefined) D = lcm(A, D, withPatient.duration);
  const scaled = (volume: N, duration: N): N => A.mul(volume, A.floorDiv(D, duration));
  const boluses = program.periodicBoluses.map((b) => ({ start: modulo(A, b.start, day), duration: b.duration, flow: scaled(b.volume, b.duration) }));
  const patient = withPatient === undefined ? A.zero : scaled(withPatient.volume, withPatient.duration);
  // the last step starting at or before t (steps are sorted): a binary search
  const basalAt = (t: N): N => {
    let lo = -1;
    let hi = program.steps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (A.compare((program.steps[mid] as { readonly start: N }).start, t) <= 0) lo = mid;
      else hi = mid - 1;
    }
    return program.steps[lo]?.flow ?? A.zero;
  };
  // the boluses by start, and the longest: only those starting within the longest duration before t (the period's end too, across the wrap) can run at t
  const byStart = boluses.map((b, i) => ({ start: b.start, i })).sort((x, y) => A.compare(x.start, y.start));
  const longest = boluses.reduce((m, b) => (A.compare(b.duration, m) > 0 ? b.duration : m), A.zero);
  /** The positions in `byStart` of the boluses starting in `[from, to]`. */
  const startingIn = (from: N, to: N): number[] => {
    const out: number[] = [];
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (A.compare((byStart[mid] as { readonly start: N }).start, from) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < byStart.length && A.compare((byStart[k] as { readonly start: N }).start, to) <= 0; k++) out.push((byStart[k] as { readonly i: number }).i);
    return out;
  };
  const mayRunAt = (t: N): number[] => {
    const earliest = A.sub(t, longest);
    const near = startingIn(earliest, t);
    const wrapped = A.compare(earliest, A.zero) < 0 ? startingIn(A.add(earliest, day), day) : [];
    return [...new Set([...near, ...wrapped])].sort((x, y) => x - y);
  };
  // a periodic bolus runs on [start, start + duration) every day: at t in [0, 1 day) when (t − start) mod 1 day < duration
  const runsAt = (t: N, b: { readonly start: N; readonly duration: N }): boolean => {
    const since = A.compare(t, b.start) >= 0 ? A.sub(t, b.start) : A.add(A.sub(t, b.start), day);
    return A.compare(since, b.duration) < 0;
  };
  const total = (t: N): { readonly flow: N; readonly basal: N; readonly periodic: number[] } => {
    const basal = basalAt(t);
    let flow = A.add(A.mul(basal, D), patient);
    const periodic: number[] = [];
    for (const i of mayRunAt(t)) {
      const b = boluses[i];
      if (b === undefined || !runsAt(t, b)) continue;
      periodic.push(i);
      flow = A.add(flow, b.flow);
    }
    return { flow, basal, periodic };
  };
  let at = A.zero;
  let best = total(at);
  for (const t of [...program.steps.map((s) => s.start), ...boluses.map((b) => b.start)]) {
    const p = total(t);
    if (A.compare(p.flow, best.flow) > 0 || (A.compare(p.flow, best.flow) === 0 && A.compare(t, at) < 0)) {
      best = p;
      at = t;
    }
  }
  return {
    flow: { num: best.flow, den: D },
    at,
    basal: best.basal,
    periodic: best.periodic,
    patient: withPatient === undefined ? undefined : { num: withPatient.volume, den: withPatient.duration },
  };
}
