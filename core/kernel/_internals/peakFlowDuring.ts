import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { DAY_SECONDS, type DailyProgram } from '../DailyProgram.js';
import type { ExactFraction } from '../ExactFraction.js';
import { lcm } from './lcm.js';
import { modulo } from './programPieces.js';

/**
 * The highest total flow the pump is asked for while a one-off bolus of
 * `volume` over `duration` runs from clock time `start` (taken modulo 24 h):
 * the bolus, the basal step, every periodic bolus running then and a patient
 * bolus started at that instant (as `peakFlow` counts it). The total is
 * constant between the starts of steps and boluses, so the bolus's start and
 * every such start within it are the only candidates: at most
 * 1 + 48 + 48 instants, each summing at most 48 periodic boluses.
 */
export function peakFlowDuring<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, start: N, volume: N, duration: N): ExactFraction<N> {
  const day = A.fromInteger(DAY_SECONDS);
  const pb = program.patientBolus;
  const patient = pb !== undefined && A.compare(pb.maxPerDay, A.zero) > 0 ? pb : undefined;
  let D = duration;
  for (const b of program.periodicBoluses) D = lcm(A, D, b.duration);
  if (patient !== undefined) D = lcm(A, D, patient.duration);
  const scaled = (v: N, d: N): N => A.mul(v, A.floorDiv(D, d));
  const s0 = modulo(A, start, day);
  const into = (t: N, from: N): N => modulo(A, A.sub(t, from), day); // how long after `from` (clock) the instant t comes
  const base = A.add(scaled(volume, duration), patient === undefined ? A.zero : scaled(patient.volume, patient.duration));
  const total = (t: N): N => {
    let basal = A.zero;
    for (const s of program.steps) if (A.compare(s.start, t) <= 0) basal = s.flow;
    let flow = A.add(base, A.mul(basal, D));
    for (const b of program.periodicBoluses) if (A.compare(into(t, modulo(A, b.start, day)), b.duration) < 0) flow = A.add(flow, scaled(b.volume, b.duration));
    return flow;
  };
  let best = total(s0);
  for (const t of [...program.steps.map((s) => s.start), ...program.periodicBoluses.map((b) => modulo(A, b.start, day))]) {
    if (A.compare(into(t, s0), duration) >= 0) continue;
    const f = total(t);
    if (A.compare(f, best) > 0) best = f;
  }
  return { num: best, den: D };
}
