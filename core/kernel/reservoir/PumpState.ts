import type { DailyProgram } from '../DailyProgram.js';
import type { ExactFraction } from '../ExactFraction.js';

/**
 * The state of a simulated pump: the reservoir, the program, the pump clock,
 * the boluses in progress, the patient-bolus history, the fluid in the dead
 * volume and what has reached the catheter tip. Base units throughout.
 *
 * Implements REQ-RES-005 (an empty reservoir delivers nothing).
 * @since 0.1.0
 */
export interface PumpState<N> {
  /** Real seconds since the simulation started. */
  readonly time: N;
  /** The pump clock at `time`, s after midnight in `[0, 86400)`. */
  readonly clock: N;
  readonly program: DailyProgram<N>;
  /** Volume left in the reservoir; never negative. */
  readonly reservoir: ExactFraction<N>;
  /** The low-reservoir alarm volume. */
  readonly alarmVolume: N;
  /** Each drug's concentration in the reservoir. */
  readonly concentrations: readonly N[];
  /** Boluses started (periodic or patient) that may still be running. */
  readonly boluses: readonly RunningBolus<N>[];
  /** Real start times of the accepted patient boluses of the last 24 h. */
  readonly patientStarts: readonly N[];
  /** The fluid between the reservoir and the catheter tip, from the tip back (its total is the dead volume). */
  readonly deadVolume: readonly FluidSlice<N>[];
  /** Total volume drawn from the reservoir since the start (all fills). */
  readonly drawn: ExactFraction<N>;
  /** Each drug's total mass delivered at the catheter tip since the start. */
  readonly atTip: readonly ExactFraction<N>[];
  /** When the reservoir first reached the alarm volume since the last fill (real s), if it has. */
  readonly alarmAt?: ExactFraction<N>;
  /** When the reservoir ran empty since the last fill (real s), if it has. */
  readonly dryAt?: ExactFraction<N>;
  /** The outcome of the last patient-bolus request. */
  readonly lastRequest?: PatientRequestOutcome;
  /** The outcome of the last refill (REQ-XREFILL-005). */
  readonly lastRefill?: RefillOutcome;
}

/**
 * Whether a refill was done: `accepted`; `REFILL_DRUGS_MISMATCH` (the code of
 * `core/errors/codes.ts`): its concentrations do not name the drugs the pump
 * tracks at the catheter tip (`atTip`), one each in the same order, so it was
 * refused and the pump left as it was: a drug is never dropped or added
 * silently.
 *
 * Implements REQ-XREFILL-005.
 * @since 0.1.0
 */
export type RefillOutcome = 'accepted' | 'REFILL_DRUGS_MISMATCH';

/** A bolus of `volume` spread evenly over `[start, start + duration)` (real s). */
export interface RunningBolus<N> {
  readonly start: N;
  readonly duration: N;
  readonly volume: N;
}

/** A slice of fluid in the dead volume. */
export interface FluidSlice<N> {
  readonly volume: ExactFraction<N>;
  readonly concentrations: readonly N[];
}

/**
 * Why a patient-bolus request was or was not given: `accepted`; `lockout`
 * (too soon after the last start); `count` (the rolling 24 h count is used
 * up); `none` (the program has no patient bolus); `empty` (the reservoir is
 * empty).
 * @since 0.1.0
 */
export type PatientRequestOutcome = 'accepted' | 'lockout' | 'count' | 'none' | 'empty';

/**
 * What happens to the pump, in order: it runs for `seconds`; the patient asks
 * for a bolus; the reservoir is emptied and refilled with `volume` of a fluid
 * (each drug's concentration); a new program is started; the pump clock is
 * set by `jump` seconds.
 * @since 0.1.0
 */
export type PumpEvent<N> =
  | { readonly kind: 'run'; readonly seconds: N }
  | { readonly kind: 'patientBolus' }
  | { readonly kind: 'refill'; readonly volume: N; readonly concentrations: readonly N[] }
  | { readonly kind: 'program'; readonly program: DailyProgram<N> }
  | { readonly kind: 'clock'; readonly jump: N };
