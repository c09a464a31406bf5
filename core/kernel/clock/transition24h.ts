import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { quotientDownForLowerBound, quotientUpForUpperBound, type Rounded } from '../../rounding/directedRounding.js';
import { DAY_SECONDS, type DailyProgram, type PatientBolus } from '../DailyProgram.js';
import type { ExactFraction } from '../ExactFraction.js';
import { worst24hVolume } from '../worst24hVolume.js';
import { max, min } from '../_internals/arith.js';
import { curveScale } from '../_internals/flowPieces.js';
import { programPieces } from '../_internals/programPieces.js';
import { buildVolumeCurve } from '../_internals/volumeCurve.js';
import { windowIntervals } from '../_internals/windowIntervals.js';
import { scanWindows } from '../_internals/windowScan.js';

/**
 * A switch, at one real instant, from one time-of-day program reading the pump
 * clock to another (the same program after a clock change, or a new program).
 * @since 0.1.0
 */
export interface ProgramTransition<N> {
  /** The program running (for ever) before the switch. */
  readonly before: DailyProgram<N>;
  /** Its pump clock at the switch (s after midnight). */
  readonly clockBefore: N;
  /** The program running after the switch. */
  readonly after: DailyProgram<N>;
  /** The pump clock at the switch as the program after it reads it (any value; taken modulo 24 h). */
  readonly clockAfter: N;
}

/** The most and the least volume delivered in any real-time 24 h window (base volume units). */
export interface Window24hVolumes<N> {
  /** Rounded up to the base volume unit; includes patient boluses placed adversarially. */
  readonly worst: Rounded<N>;
  /** Rounded down; no patient bolus. */
  readonly least: Rounded<N>;
  /** The same two before rounding, as exact fractions of base volume units: for comparing with exact figures (a daily volume on a fine rate grid need not be a whole base unit). */
  readonly exact: { readonly worst: ExactFraction<N>; readonly least: ExactFraction<N> };
}

/**
 * The most and the least volume the pump delivers in any real-time 24-hour
 * window when it switches from one time-of-day program to another: a pump
 * clock change (daylight saving, travel) repeats or skips a stretch of the
 * program; a program change can put the heavy hours of both programs in one
 * day.
 *
 * Semantics: basal steps follow the clock; a periodic bolus starts when the
 * clock reaches its start time and then runs its duration in real time (a
 * bolus running at the switch completes; a start the clock jumps over is
 * skipped; a start the clock passes again is repeated); patient-bolus lockout
 * and count run in real time. The basal and periodic delivery of every window
 * is found exactly (the window volume is piecewise linear in its start, with
 * corners where either end meets a piece boundary; every corner from a day
 * before the switch to a day after is evaluated). Patient boluses add the
 * most that fits a 24 h window under either program's limits (the larger
 * volume, the shorter duration and lockout, the larger count: a bound that
 * also holds for a window spanning both).
 *
 * @example
 * import { transition24h } from './transition24h.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * const flex = { steps: [{ start: A.zero, flow: A.fromInteger(480n) }, { start: A.fromInteger(3_600n), flow: A.fromInteger(1_440n) }, { start: A.fromInteger(7_200n), flow: A.fromInteger(480n) }], periodicBoluses: [] };
 * // 0.48 mL/day, 1.44 mL/day from 01:00 to 02:00; clock set back 1 h at 02:00: the high step runs twice
 * const r = transition24h(A, { before: flex, clockBefore: A.fromInteger(7_200n), after: flex, clockAfter: A.fromInteger(3_600n) });
 * A.toDecimalString(r.worst.value); // "48384000"  (0.48 mL/day × 22 h + 1.44 mL/day × 2 h = 0.56 mL; 0.52 mL on a normal day)
 *
 * Implements REQ-CLOCK-001, REQ-CLOCK-003, REQ-ROUND-003.
 * @since 0.1.0
 */
export function transition24h<N>(A: ExactArithmetic<N>, t: ProgramTransition<N>): Window24hVolumes<N> {
  const day = A.fromInteger(DAY_SECONDS);
  const two = A.mul(day, A.fromInteger(2n));
  const three = A.mul(day, A.fromInteger(3n));
  // Real time 0 is a day before the switch; the first program has been running for ever.
  const pieces = [
    ...programPieces(A, t.before, A.zero, day, A.sub(t.clockBefore, day), true),
    ...programPieces(A, t.after, day, three, t.clockAfter, false),
  ];
  const scale = curveScale(A, pieces);
  const curve = buildVolumeCurve(A, pieces, A.zero, three, scale);
  const patient = A.mul(patientBound(A, t.before.patientBolus, t.after.patientBolus), scale);
  // every window start from a day before the switch to a day after; real time 0 is a day before it
  const intervals = windowIntervals(A, curve, undefined, patient, A.sub(A.zero, day), two);
  const { most, least } = scanWindows(A, intervals, { bounds: [], concentrations: [], after: A.one });
  const worst = { num: most.num, den: A.mul(most.den, scale) };
  const fewest = { num: least.num, den: A.mul(least.den, scale) };
  return {
    worst: quotientUpForUpperBound(A, worst.num, worst.den, A.one),
    least: quotientDownForLowerBound(A, fewest.num, fewest.den, A.one),
    exact: { worst, least: fewest },
  };
}

/** The most patient-bolus volume in a 24 h window under either program (see {@link transition24h}). */
function patientBound<N>(A: ExactArithmetic<N>, a: PatientBolus<N> | undefined, b: PatientBolus<N> | undefined): N {
  const merged = a === undefined ? b : b === undefined ? a : {
    volume: max(A, a.volume, b.volume),
    duration: min(A, a.duration, b.duration),
    lockout: min(A, a.lockout, b.lockout),
    maxPerDay: max(A, a.maxPerDay, b.maxPerDay),
  };
  if (merged === undefined) return A.zero;
  const none = { steps: [{ start: A.zero, flow: A.zero }], periodicBoluses: [] };
  return worst24hVolume(A, { ...none, patientBolus: merged }).volume;
}
