import type { Exact } from '../arith/decimalArithmetic.js';
import type { EngineWarning } from '../errors/EngineError.js';
import type { DailyProgram } from '../kernel/DailyProgram.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { LimitApplied } from '../limits/LimitApplied.js';
import type { TitrationApplied } from '../limits/checkTitration.js';
import type { Weekday } from '../request/Weekday.js';

/**
 * A rounding that changed a value: nothing is ever rounded silently.
 * @since 0.1.0
 */
export interface RoundingRecord {
  /** Dotted path of the output field that was rounded, e.g. `program.steps.0.rate`. */
  readonly what: string;
  /** The exact value before rounding, in wire form (rounded at 1e-9 of the unit, up, if it has no finite decimal). */
  readonly from: string;
  readonly to: string;
  readonly direction: 'toward less drug' | 'up (upper bound)' | 'down (lower bound)' | 'earlier';
  readonly why: string;
}

/** Per-drug doses of the compiled program. */
export interface DrugDoses {
  readonly concentration: Quantity<'concentration', Exact>;
  readonly perDay: Quantity<'mass', Exact>;
  readonly worst24h: Quantity<'mass', Exact>;
  readonly least24h: Quantity<'mass', Exact>;
  /** The mass unit doses are printed in (`mg` or `mcg`). */
  readonly unit: 'mg' | 'mcg';
  /** A week program: each weekday's dose without patient boluses, Monday first (`perDay` is the heaviest). REQ-WEEK-002. */
  readonly perWeekday?: readonly Quantity<'mass', Exact>[];
}

/**
 * What a week program compiled to, for the integrator and for a pump's
 * capability check: how many dose changes and periodic boluses its busiest
 * day holds, and the weekday by which to refill.
 *
 * Implements REQ-WEEK-001, REQ-WEEK-003.
 * @since 0.1.0
 */
export interface WeekSummary {
  /** The most basal steps (dose changes, the 00:00 step included) any one weekday holds. */
  readonly mostStepsInOneDay: number;
  /** The most periodic boluses any one weekday holds. */
  readonly mostPeriodicBolusesInOneDay: number;
  /** The weekday of the fill. */
  readonly filledOn: Weekday;
  /** The weekday `refillWithin` days after the fill (the fill's weekday when it is 0); `undefined` when nothing bounds the refill. */
  readonly refillByWeekday: Weekday | undefined;
}

/** Reservoir times from the fill; minutes (integers), `undefined` = never. */
export interface ReservoirTimes {
  readonly lowAlarmAfterMinutes: Exact | undefined;
  readonly emptyAfterMinutes: Exact | undefined;
  readonly refillWithinDays: Exact | undefined;
  /** What bounds `refillWithin`: the low-reservoir alarm or a drug's stability limit (with its source). */
  readonly refillBoundBy: string;
}

/**
 * The result of a successful compile: the program in exact base units (the
 * one delivery representation), per-drug doses, reservoir times, and every
 * rounding, limit and warning that shaped it.
 *
 * Implements REQ-PROG-001, REQ-ROUND-002.
 * @since 0.1.0
 */
export interface CompileResult {
  readonly kind: 'programmable' | 'fixed-rate';
  readonly program: DailyProgram<Exact>;
  /** Fixed-rate pumps: the concentration to compound per drug; programmable: empty. */
  readonly concentrations: Readonly<Record<string, Quantity<'concentration', Exact>>>;
  /** The drugs of the reservoir, in request order. */
  readonly drugs: readonly string[];
  readonly doses: Readonly<Record<string, DrugDoses>>;
  readonly reservoir: ReservoirTimes;
  readonly roundings: readonly RoundingRecord[];
  /** Every limit checked against the worst 24 h, concentration and bolus, with its source and outcome. */
  readonly limits: readonly LimitApplied[];
  /** The titration rules checked, when the request gave the previous prescription. */
  readonly titration: readonly TitrationApplied[];
  readonly warnings: readonly EngineWarning[];
  /** The one-off events, when the request gave any (an extension). */
  readonly oneOff?: OneOffResult;
  /** Present for a week program only (`program.period` a week). */
  readonly week?: WeekSummary;
}

/**
 * A one-off event as the pump gets it: a single bolus's volume (floored to
 * the bolus volume grid) over its duration, or a stop; `after` in seconds
 * from the fill.
 * @since 0.1.0
 */
export type OneOffProgramEvent =
  | { readonly kind: 'singleBolus'; readonly after: Exact; readonly volume: Exact; readonly duration: Exact }
  | { readonly kind: 'stop'; readonly after: Exact; readonly for: Exact };

/**
 * The one-off events and, per drug, the most and least of every 24 h window
 * that contains part of one (patient boluses adversarial in the most, none in
 * the least).
 *
 * Implements REQ-ONEOFF-002.
 * @since 0.1.0
 */
export interface OneOffResult {
  readonly program: readonly OneOffProgramEvent[];
  readonly doses: Readonly<Record<string, { readonly worst24h: Quantity<'mass', Exact>; readonly least24h: Quantity<'mass', Exact>; readonly unit: 'mg' | 'mcg' }>>;
}
