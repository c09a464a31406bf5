import type { ExactArithmetic } from '../arith/ExactArithmetic.js';
import { quotientDownForLowerBound, quotientUpForUpperBound } from '../rounding/directedRounding.js';
import { DAY_SECONDS, programPeriod, type DailyProgram } from './DailyProgram.js';
import { periodWindowExtremes } from './_internals/periodWindowScan.js';
import { MAX_BASE_FRACTION_DIGITS } from '../request/bounds.js';
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
 * For a program of a longer period (a week program) the daily volume is no
 * longer every window's: the heaviest 24 h window over every start in the
 * week (windows across midnight and across Sunday → Monday too) replaces it,
 * rounded up on a grid finer than any input (REQ-WEEK-002).
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
 * Implements REQ-DOSE-002, REQ-DOSE-003, REQ-ROUND-003, REQ-WEEK-002.
 * @since 0.1.0
 */
export function worst24hVolume<N>(A: ExactArithmetic<N>, program: DailyProgram<N>): VolumeBound<N> {
  const daily = isDaily(A, program);
  // a longer period (a week program): the heaviest 24 h window of the week, rounded up to the base unit
  const most = daily ? undefined : periodWindowExtremes(A, program).most;
  const window = most === undefined ? undefined : quotientUpForUpperBound(A, most.num, most.den, windowGrid(A));
  const base = window === undefined ? dailyVolume(A, program) : window.value;
  const baseRounded = window?.changed ?? false;
  const pb = program.patientBolus;
  if (pb === undefined) return { volume: base, rounded: baseRounded };
  const f = patientBolusesIn24h(A, pb);
  const part = quotientUpForUpperBound(A, A.mul(pb.volume, f.partSeconds), pb.duration, A.one);
  return { volume: A.add(A.add(base, A.mul(pb.volume, f.whole)), part.value), rounded: part.changed || baseRounded };
}

/**
 * The grid a week program's window volume is rounded to (up for the worst,
 * down for the least): 10^−MAX_BASE_FRACTION_DIGITS base units, finer than any
 * volume a request can carry, so that a window that delivers a whole number of
 * steps and boluses (seven equal days: every window is the daily volume) is
 * exact, as the daily program's is; only a window that cuts a bolus at a
 * fraction with no finite decimal is rounded, by less than the grid.
 */
const windowGrid = <N>(A: ExactArithmetic<N>): N => A.fromDecimalString(`0.${'0'.repeat(MAX_BASE_FRACTION_DIGITS - 1)}1`);

/** Whether the program repeats every 24 h (no `period`, or a period of one day). */
const isDaily = <N>(A: ExactArithmetic<N>, program: DailyProgram<N>): boolean => A.compare(programPeriod(A, program), A.fromInteger(DAY_SECONDS)) === 0;

/**
 * The least volume the program delivers in any 24-hour window: the daily
 * volume (patient boluses are optional, so they count for nothing). For a
 * program of a longer period (a week program) the lightest 24 h window over
 * every start in the week, rounded down on a grid finer than any input (REQ-WEEK-002).
 *
 * @example
 * import { least24hVolume } from './worst24hVolume.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * A.toDecimalString(least24hVolume(A, { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }).volume); // "25920000"
 *
 * Implements REQ-DOSE-004 (least 24 h), REQ-WEEK-002.
 * @since 0.1.0
 */
export function least24hVolume<N>(A: ExactArithmetic<N>, program: DailyProgram<N>): VolumeBound<N> {
  if (isDaily(A, program)) return { volume: dailyVolume(A, program), rounded: false };
  const least = periodWindowExtremes(A, program).least;
  const r = quotientDownForLowerBound(A, least.num, least.den, windowGrid(A));
  return { volume: r.value, rounded: r.changed };
}
