import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { DAY_SECONDS, type DailyProgram } from './DailyProgram.js';
import type { ExactFraction } from './ExactFraction.js';
import { addFractions, compareFractions, type Fraction } from './_internals/fraction.js';
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
 * instants are the only candidates; the work is quadratic in the program's
 * size (at most 48 steps and 48 periodic boluses), never in its volumes.
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
  const day = A.fromInteger(DAY_SECONDS);
  const pb = program.patientBolus;
  const patient: Fraction<N> | undefined = pb !== undefined && A.compare(pb.maxPerDay, A.zero) > 0 ? { num: pb.volume, den: pb.duration } : undefined;
  const basalAt = (t: N): N => {
    let flow = A.zero;
    for (const s of program.steps) if (A.compare(s.start, t) <= 0) flow = s.flow;
    return flow;
  };
  // a periodic bolus runs on [start, start + duration) every day: at t when (t − start) mod 1 day < duration
  const running = (t: N): number[] =>
    program.periodicBoluses.flatMap((b, i) => (A.compare(modulo(A, A.sub(t, b.start), day), b.duration) < 0 ? [i] : []));
  const at = (t: N): PeakFlow<N> => {
    const periodic = running(t);
    let flow: Fraction<N> = { num: basalAt(t), den: A.one };
    for (const i of periodic) {
      const b = program.periodicBoluses[i];
      if (b !== undefined) flow = addFractions(A, flow, { num: b.volume, den: b.duration });
    }
    if (patient !== undefined) flow = addFractions(A, flow, patient);
    return { flow, at: t, basal: basalAt(t), periodic, patient };
  };
  let best = at(A.zero);
  const candidates = [...program.steps.map((s) => s.start), ...program.periodicBoluses.map((b) => modulo(A, b.start, day))];
  for (const t of candidates) {
    const p = at(t);
    if (compareFractions(A, p.flow, best.flow) > 0 || (compareFractions(A, p.flow, best.flow) === 0 && A.compare(p.at, best.at) < 0)) best = p;
  }
  return best;
}
