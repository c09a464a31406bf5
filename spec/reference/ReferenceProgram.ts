import { Rational } from './Rational.js';

/** Seconds in a day, the program's period unless it gives one. */
export const DAY = Rational.of(86_400n);

/** Seconds in a week, the period of a week program. */
export const WEEK = Rational.of(604_800n);

/** The program's period: `period`, or a day. */
export const periodOf = (program: ReferenceProgram): Rational => program.period ?? DAY;

/**
 * A daily program in the reference's simple units: times in s, volumes in mL,
 * flows in mL/s. Every step carries its own end, so no reader has to look at
 * the next step.
 *
 * @example
 * import { Rational } from './Rational.js';
 * import type { ReferenceProgram } from './ReferenceProgram.js';
 * // 0.3 mL/day all day
 * const p: ReferenceProgram = { steps: [{ start: Rational.ZERO, end: Rational.of(86_400n), rate: Rational.of(1n, 288_000n) }], periodicBoluses: [] };
 *
 * Implements REQ-REF-003.
 * @since 0.1.0
 */
export interface ReferenceProgram {
  readonly steps: readonly { readonly start: Rational; readonly end: Rational; readonly rate: Rational }[];
  readonly periodicBoluses: readonly { readonly start: Rational; readonly volume: Rational; readonly duration: Rational }[];
  readonly patientBolus?: {
    readonly volume: Rational;
    readonly duration: Rational;
    readonly lockout: Rational;
    readonly maxPerDay: number;
  };
  /** The period, s: absent for a day; `WEEK` for a week program (steps and boluses then start within the week from Monday 00:00). */
  readonly period?: Rational;
}

