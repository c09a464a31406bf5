import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { quotientUpForUpperBound } from '../rounding/directedRounding.js';
import type { DailyProgram } from './DailyProgram.js';
import { dailyVolume } from './dailyVolume.js';
import { patientBolusesIn24h } from './patientBolusesIn24h.js';

/** A 24 h volume bound and whether rounding (up, for an upper bound) shaped it. */
export interface VolumeBound<N> {
  readonly volume: N;
  readonly rounded: boolean;
}

/**
 * The most volume the program can deliver in any 24-hour window starting at
 * any instant: the daily volume (exact for every window, the program being
 * 24 h-periodic) plus the patient boluses placed adversarially
 * ({@link patientBolusesIn24h}). A fractional bolus is rounded *up* to the
 * base volume unit (1/86400 uL), so the bound is never below the truth.
 *
 * @example
 * import { worst24hVolume } from './worst24hVolume.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * // 0.3 mL/day basal, 0.01 mL bolus, 10 min, 4 h lockout, 4 per day: 0.34 mL
 * const b = worst24hVolume(A, {
 *   steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [],
 *   patientBolus: { volume: A.fromInteger(864000n), duration: A.fromInteger(600n), lockout: A.fromInteger(14400n), maxPerDay: A.fromInteger(4n) },
 * });
 * A.toDecimalString(b.volume); // "29376000"  (0.34 mL × 86 400 000)
 *
 * Implements REQ-DOSE-002, REQ-DOSE-003, REQ-ROUND-003.
 * @since 0.1.0
 */
export function worst24hVolume<N>(A: ExactArithmetic<N>, program: DailyProgram<N>): VolumeBound<N> {
  const base = dailyVolume(A, program);
  const pb = program.patientBolus;
  if (pb === undefined) return { volume: base, rounded: false };
  const f = patientBolusesIn24h(A, pb);
  const part = quotientUpForUpperBound(A, A.mul(pb.volume, f.partSeconds), pb.duration, A.one);
  return { volume: A.add(A.add(base, A.mul(pb.volume, f.whole)), part.value), rounded: part.changed };
}

/**
 * The least volume the program delivers in any 24-hour window: the daily
 * volume (patient boluses are optional, so they count for nothing).
 *
 * @example
 * import { least24hVolume } from './worst24hVolume.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * A.toDecimalString(least24hVolume(A, { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }).volume); // "25920000"
 *
 * Implements REQ-DOSE-004 (least 24 h).
 * @since 0.1.0
 */
export function least24hVolume<N>(A: ExactArithmetic<N>, program: DailyProgram<N>): VolumeBound<N> {
  return { volume: dailyVolume(A, program), rounded: false };
}
