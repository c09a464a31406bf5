import { hasOwn } from '../request/ownProperties.js';

/**
 * The one internal representation of delivery over time: a pump's daily
 * program in exact base units. Every reader (the worst-case analysis, the
 * reservoir timeline, the bridge, the firmware image, the charts) reads this.
 *
 * Units (see `core/quantity/units.ts`): times in seconds, flows in base flow
 * units (numerically uL/day), volumes in base volume units (1/86400 uL), so
 * that `flow × seconds` is a volume with no division.
 *
 * The program repeats every `period` seconds of pump clock time: 24 h
 * (86400 s) when `period` is absent, a week (604800 s, from Monday 00:00) for
 * a week program (REQ-WEEK-001).
 *
 * The kernel functions exported for integrators (generic over
 * `ExactArithmetic`) take programs, not requests, and do not re-validate
 * them: the request-level functions (`compile`, `bridge`, ...) build programs
 * from guarded requests, on null prototypes. A caller that builds a program
 * itself must give sorted steps from 0, finite values of its number type and
 * own fields only (REQ-EMBED-001 covers the request-level entries).
 *
 * Implements REQ-PROG-001 (single delivery representation).
 * @since 0.1.0
 */
export interface DailyProgram<N> {
  /** Basal steps, sorted by `start`; the first starts at 0; each runs to the next, the last to the period's end. */
  readonly steps: readonly BasalStep<N>[];
  /** Boluses given every period at `start` (may run past midnight; `duration` < 86400). */
  readonly periodicBoluses: readonly PeriodicBolus<N>[];
  /** The patient-activated bolus, when the program has one. */
  readonly patientBolus?: PatientBolus<N>;
  /**
   * The period, seconds: absent for 24 h (86400); `WEEK_SECONDS` for a week
   * program, whose steps and periodic boluses start within the week from
   * Monday 00:00. A whole number of days. Patient boluses keep their rolling
   * 24 h count. Implements REQ-WEEK-001.
   */
  readonly period?: N;
}

/** A basal step: from `start` (s after midnight) at `flow` until the next step. */
export interface BasalStep<N> {
  readonly start: N;
  readonly flow: N;
}

/** A bolus of `volume`, delivered evenly over `duration` seconds from `start`, every day. */
export interface PeriodicBolus<N> {
  readonly start: N;
  readonly volume: N;
  readonly duration: N;
}

/**
 * A patient-activated bolus: `volume` over `duration` seconds; successive
 * starts at least `lockout` apart; at most `maxPerDay` starts in any rolling
 * 24 h. `duration <= lockout`.
 */
export interface PatientBolus<N> {
  readonly volume: N;
  readonly duration: N;
  readonly lockout: N;
  /** A non-negative integer. */
  readonly maxPerDay: N;
}

/** Seconds in a day, the program's period unless it gives one. */
export const DAY_SECONDS = 86_400n;

/** Seconds in a week, the period of a week program (REQ-WEEK-001). @since 0.1.0 */
export const WEEK_SECONDS = 604_800n;

/**
 * The program's period in seconds: `period` (an own field), or 24 h when absent.
 *
 * @example
 * import { programPeriod } from './DailyProgram.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * A.toDecimalString(programPeriod(A, { steps: [{ start: A.zero, flow: A.one }], periodicBoluses: [] })); // "86400"
 *
 * Implements REQ-WEEK-001.
 * @since 0.1.0
 */
export function programPeriod<N>(A: { readonly fromInteger: (n: bigint) => N }, program: DailyProgram<N>): N {
  // an own field only: a `period` inherited through a prototype is never read (REQ-EMBED-003)
  return hasOwn(program, 'period') && program.period !== undefined ? program.period : A.fromInteger(DAY_SECONDS);
}
