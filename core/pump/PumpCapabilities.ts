import type { Confidence, Grade } from '../library/Sourced.js';

/**
 * What a pump can hold, each known capability with where it comes from: a
 * cited public source (a built-in profile) or the integrator's profile (the
 * request's `pump.capabilities`). An absent capability is unknown: it is not
 * checked, and the integrator's profile is the place to supply it.
 *
 * - `doseChangesPerDay`: the most basal steps a daily program may have (the
 *   step at 00:00 counts as one);
 * - `periodicBolusesPerDay`: the most periodic boluses in a daily program;
 * - `weekProgram`: whether the program may differ from day to day;
 * - `patientBolus`, `singleBolus`, `stop`: whether the pump can give a patient
 *   bolus, a clinician single bolus, or stop for a while.
 *
 * Implements REQ-CAP-001.
 * @since 0.1.0
 */
export interface PumpCapabilities {
  readonly doseChangesPerDay?: Capability<bigint>;
  readonly periodicBolusesPerDay?: Capability<bigint>;
  readonly weekProgram?: Capability<boolean>;
  readonly patientBolus?: Capability<boolean>;
  readonly singleBolus?: Capability<boolean>;
  readonly stop?: Capability<boolean>;
}

/** One capability: its value and its source (`grade` C for a public source, `E` for the integrator's profile). @since 0.1.0 */
export interface Capability<T> {
  readonly value: T;
  readonly source: string;
  readonly grade: Grade;
  readonly confidence: Confidence;
  readonly note?: string;
}

/** The names of the capabilities, in a fixed order. @since 0.1.0 */
export const CAPABILITY_NAMES = ['doseChangesPerDay', 'periodicBolusesPerDay', 'weekProgram', 'patientBolus', 'singleBolus', 'stop'] as const;

/** A capability's name. @since 0.1.0 */
export type CapabilityName = (typeof CAPABILITY_NAMES)[number];

/**
 * The capabilities a request's pump object may give (`pump.capabilities`),
 * from the integrator's own profile: counts are integers from 0 to 48 (the
 * engine's bound on steps and periodic boluses a day).
 *
 * Implements REQ-CAP-002.
 * @since 0.1.0
 */
export interface CapabilitiesInput {
  readonly doseChangesPerDay?: bigint;
  readonly periodicBolusesPerDay?: bigint;
  readonly weekProgram?: boolean;
  readonly patientBolus?: boolean;
  readonly singleBolus?: boolean;
  readonly stop?: boolean;
}

/**
 * What a program asks of the pump, in the terms of {@link PumpCapabilities}.
 * `weekProgram` is true for a program that differs from day to day.
 *
 * Implements REQ-CAP-003.
 * @since 0.1.0
 */
export interface ProgramSummary {
  readonly stepsPerDay: bigint;
  readonly periodicBolusesPerDay: bigint;
  readonly weekProgram: boolean;
  readonly patientBolus: boolean;
  readonly singleBolus: boolean;
  readonly stop: boolean;
}
