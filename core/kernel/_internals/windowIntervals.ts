import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../DailyProgram.js';
import { sortedDistinct, volumeAt, type VolumeCurve } from './volumeCurve.js';
import type { ScanInterval } from './windowScan.js';

/**
 * Cuts the window starts `[0, until]` where any input of a window's mass has
 * a corner: the delivery curve's breakpoints `b` and `b − 24 h`, the patient
 * curve's breakpoints, and `patientFrom` (windows starting at or after it
 * count `patientInWindow` more). On each piece the queue position before the
 * window (`lo` without patient boluses, `hi` with every earlier one taken) and
 * what the window moves (`least`, and `most` with the patient allowance) are
 * linear; each piece is taken closed, so the supremum over a half-open end is
 * kept. Without a patient curve `hi` is `lo`.
 */
export function windowIntervals<N>(
  A: ExactArithmetic<N>,
  curve: VolumeCurve<N>,
  patient: VolumeCurve<N> | undefined,
  patientInWindow: N,
  patientFrom: N,
  until: N,
): ScanInterval<N>[] {
  const day = A.fromInteger(DAY_SECONDS);
  const within = (t: N): boolean => A.compare(t, A.zero) >= 0 && A.compare(t, until) <= 0;
  const cuts = sortedDistinct(A, [A.zero, until, patientFrom, ...curve.times, ...curve.times.map((t) => A.sub(t, day)), ...(patient?.times ?? [])].filter(within));
  const intervals: ScanInterval<N>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const b0 = cuts[i] as N;
    const b1 = cuts[i + 1] as N;
    const lo0 = volumeAt(A, curve, b0);
    const lo1 = volumeAt(A, curve, b1);
    const x0 = A.sub(volumeAt(A, curve, A.add(b0, day)), lo0);
    const x1 = A.sub(volumeAt(A, curve, A.add(b1, day)), lo1);
    const p = A.compare(b0, patientFrom) >= 0 ? patientInWindow : A.zero;
    intervals.push({
      lo: { at0: lo0, at1: lo1 },
      hi: patient === undefined ? { at0: lo0, at1: lo1 } : { at0: A.add(lo0, volumeAt(A, patient, b0)), at1: A.add(lo1, volumeAt(A, patient, b1)) },
      most: { at0: A.add(x0, p), at1: A.add(x1, p) },
      least: { at0: x0, at1: x1 },
    });
  }
  return intervals;
}
