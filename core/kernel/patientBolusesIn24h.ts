import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { DAY_SECONDS, type PatientBolus } from './DailyProgram.js';
import { min } from './_internals/arith.js';

/**
 * The most patient-bolus delivery, counted in boluses as an exact fraction
 * `whole + part/duration`, that fits in any 24-hour window.
 *
 * With lockout `L >= d` (bolus duration) and at most `n` starts in any rolling
 * 24 h: let `k = floor(24 h / L)` and `r = 24 h − kL`. Starts at `0, L, … , kL`
 * deliver `k` whole boluses and `min(r, d)/d` of one more; spacing can do no
 * better, since each lockout period holds at most `d` seconds of delivery.
 * The count bounds it too: a bolus cut by the window's start and one cut by
 * its end together deliver at most one bolus, and both starts lie in one
 * rolling 24 h, so no window holds more than `n` boluses. Hence
 * `min(n, k + min(r, d)/d)`.
 *
 * @example
 * import { patientBolusesIn24h } from './patientBolusesIn24h.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * // 10-minute bolus, 8 h lockout, 6 allowed per day: only 3 fit
 * const f = patientBolusesIn24h(A, { volume: A.one, duration: A.fromInteger(600n), lockout: A.fromInteger(28800n), maxPerDay: A.fromInteger(6n) });
 * A.toDecimalString(f.whole); // "3"
 * A.toDecimalString(f.partSeconds); // "0"
 *
 * Implements REQ-DOSE-003 (patient boluses placed adversarially).
 * @since 0.1.0
 */
export function patientBolusesIn24h<N>(A: ExactArithmetic<N>, pb: PatientBolus<N>): { readonly whole: N; readonly partSeconds: N } {
  const day = A.fromInteger(DAY_SECONDS);
  const k = A.floorDiv(day, pb.lockout);
  if (A.compare(k, pb.maxPerDay) >= 0) {
    return { whole: pb.maxPerDay, partSeconds: A.zero };
  }
  const r = A.sub(day, A.mul(k, pb.lockout));
  return { whole: k, partSeconds: min(A, r, pb.duration) };
}
