import type { Exact } from '../arith/decimalArithmetic.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { PumpInput } from './PumpInput.js';
import type { Weekday } from './Weekday.js';

/**
 * A decoded `compile` request of wire format v1 (see the codec in
 * `spec/codecs/`). All quantities are parsed and dimension-checked; clock
 * times are seconds after midnight (multiples of 60 below 86400); counts are
 * non-negative integers. Structural rules the codec already enforced: flex
 * steps sorted with the first at 00:00, no unknown fields, concentrations
 * positive, bolus durations positive.
 *
 * Implements REQ-WIRE-001 (compile request).
 * @since 0.1.0
 */
export interface CompileRequest {
  readonly pump: PumpInput;
  readonly reservoir: ReservoirFill;
  readonly therapy: Therapy;
  readonly titration?: Titration;
  /** Prescriber ceilings per drug name. */
  readonly limits: Readonly<Record<string, DrugLimits>>;
  readonly overrides: readonly Override[];
  /** One-off events on top of the program (an extension of wire format v1); absent when the request gives none. */
  readonly oneOff?: readonly OneOffRx[];
}

/**
 * A one-off event, timed from the fill (`after`): a clinician single bolus
 * (`dose` over `duration`, on top of the running program) or a stop (`for`
 * how long the pump delivers nothing).
 *
 * Implements REQ-ONEOFF-001.
 * @since 0.1.0
 */
export type OneOffRx =
  | { readonly kind: 'singleBolus'; readonly after: Quantity<'time', Exact>; readonly dose: Quantity<'mass', Exact>; readonly duration: Quantity<'time', Exact> }
  | { readonly kind: 'stop'; readonly after: Quantity<'time', Exact>; readonly for: Quantity<'time', Exact> };

/** What was put into the reservoir. */
export interface ReservoirFill {
  readonly fill: Quantity<'volume', Exact>;
  /** Seconds after midnight (pump clock); default 0. */
  readonly filledAt: bigint;
  /** The weekday of the fill (pump clock): required by a week program (`FILL_WEEKDAY_REQUIRED`), unused by a daily one. REQ-WEEK-003. */
  readonly filledOn?: Weekday;
  readonly drugs: readonly DrugInReservoir[];
}

/** One drug of the admixture; `concentration` absent only for the prescribed drug of a fixed-rate pump. */
export interface DrugInReservoir {
  readonly drug: string;
  readonly concentration?: Quantity<'concentration', Exact>;
}

/** The prescription. */
export interface Therapy {
  readonly drug: string;
  /** The basal form; for `mode: "week"` each day carries its own basal and periodic boluses, and `periodicBoluses` is empty. */
  readonly basal: ContinuousBasal | FlexBasal | WeekBasal;
  readonly periodicBoluses: readonly PeriodicBolusRx[];
  readonly patientBolus?: PatientBolusRx;
}

/** `mode: "continuous"`. */
export interface ContinuousBasal {
  readonly mode: 'continuous';
  readonly dose: Quantity<'doseRate', Exact>;
}

/** `mode: "flex"`: steps sorted, first at 0 s. */
export interface FlexBasal {
  readonly mode: 'flex';
  readonly steps: readonly { readonly start: bigint; readonly dose: Quantity<'doseRate', Exact> }[];
}

/**
 * `mode: "week"`: a program whose period is a week, one day's program per
 * weekday (all seven), each as a daily therapy gives it: a continuous dose or
 * flex steps from 00:00, and that day's periodic boluses. The patient bolus
 * (`Therapy.patientBolus`) is shared by every day.
 *
 * Implements REQ-WEEK-001.
 * @since 0.1.0
 */
export interface WeekBasal {
  readonly mode: 'week';
  readonly days: { readonly [D in Weekday]: DayTherapy };
}

/** One weekday of a week program: its basal (continuous or flex, clock times within the day) and its periodic boluses. @since 0.1.0 */
export interface DayTherapy {
  readonly basal: ContinuousBasal | FlexBasal;
  readonly periodicBoluses: readonly PeriodicBolusRx[];
}

/** A bolus every day at `start` (seconds after midnight). */
export interface PeriodicBolusRx {
  readonly start: bigint;
  readonly dose: Quantity<'mass', Exact>;
  readonly duration: Quantity<'time', Exact>;
}

/** The patient-activated bolus. */
export interface PatientBolusRx {
  readonly dose: Quantity<'mass', Exact>;
  readonly duration: Quantity<'time', Exact>;
  readonly lockout: Quantity<'time', Exact>;
  readonly maxPerDay: bigint;
}

/** The previous prescription, for the titration rule. */
export interface Titration {
  readonly previousDose: Quantity<'doseRate', Exact>;
  readonly since: Quantity<'time', Exact>;
}

/** A prescriber's ceiling for one drug. */
export interface DrugLimits {
  readonly maxDaily?: Quantity<'doseRate', Exact>;
}

/** The soft limits an override can pass, with the dimension of the value it allows. */
export interface OverridableLimits {
  readonly maxDaily: 'doseRate';
  readonly maxConcentration: 'concentration';
  /** An extension of wire format v1 (no library drug has a maximum bolus yet). */
  readonly maxBolus: 'mass';
}

/**
 * An override of one soft limit of one drug, bounded: `limit` names the soft
 * limit it passes and `upTo` the most it allows (a quantity of that limit's
 * dimension: a daily dose for `maxDaily`, a concentration for
 * `maxConcentration`, a mass for `maxBolus`), with the prescriber's reason.
 * The value checked must stay at or below `upTo`; no override passes a hard
 * limit or an absolute ceiling.
 *
 * Implements REQ-LIMIT-101.
 * @since 0.1.0
 */
export type Override = {
  readonly [K in keyof OverridableLimits]: {
    readonly code: string;
    readonly drug: string;
    readonly limit: K;
    readonly upTo: Quantity<OverridableLimits[K], Exact>;
    readonly reason: string;
  };
}[keyof OverridableLimits];
