import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../DailyProgram.js';
import { sortedDistinct, volumeAt, type VolumeCurve } from './volumeCurve.js';
import type { NonEmpty, ScanInterval } from './windowScan.js';

/**
 * Cuts the window starts `[0, until]` where any input of a window's mass has
 * a corner: the delivery curve's breakpoints `b` and `b − 24 h`, the patient
 * curve's breakpoints, and `patientFrom` (windows starting at or after it
 * count `patientInWindow` more). On each piece the queue position before the
 * window (`lo` without patient boluses, `hi` with every earlier one taken) and
 * what the window moves (`least`, and `most` with the patient allowance) are
 * linear; each piece is taken closed, so the supremum over a half-open end is
 * kept. Without a patient curve `hi` is `lo`. There is always at least one
 * interval: for `until` 0 (or below) the one window start 0, as the interval
 * `[0, 0]`.
 */
export function windowIntervals<N>(
  A: ExactArithmetic<N>,
  curve: VolumeCurve<N>,
  patient: VolumeCurve<N> | undefined,
  patientInWindow: N,
  patientFrom: N,
  until: N,
): NonEmpty<ScanInterval<N>> {
  const day = A.fromInteger(DAY_SECONDS);
  const inside = (t: N): boolean => A.compare(t, A.zero) > 0 && A.compare(t, until) <= 0;
  const later = sortedDistinct(A, [until, patientFrom, ...curve.times, ...curve.times.map((t) => A.sub(t, day)), ...(patient?.times ?? [])].filter(inside));
  const interval = (b0: N, b1: N): ScanInterval<N> => {
    const lo0 = volumeAt(A, curve, b0);
    const lo1 = volumeAt(A, curve, b1);
    const x0 = A.sub(volumeAt(A, curve, A.add(b0, day)), lo0);
    const x1 = A.sub(volumeAt(A, curve, A.add(b1, day)), lo1);
    const p = A.compare(b0, patientFrom) >= 0 ? patientInWindow : A.zero;
    return {
      lo: { at0: lo0, at1: lo1 },
      hi: patient === undefined ? { at0: lo0, at1: lo1 } : { at0: A.add(lo0, volumeAt(A, patient, b0)), at1: A.add(lo1, volumeAt(A, patient, b1)) },
      most: { at0: A.add(x0, p), at1: A.add(x1, p) },
      least: { at0: x0, at1: x1 },
    };
  };
  // the cuts are 0 and then every later corner up to `until`
  const first = interval(A.zero, later[0] ?? A.zero);
  return [first, ...later.slice(1).map((b1, i) => interval(later[i] as N, b1))];
}
