import type { Exact } from '../arith/decimalArithmetic.js';
import type { Confidence } from '../library/Sourced.js';
import type { PumpProfile } from '../library/pumps.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { PumpField } from '../request/PumpInput.js';

/** Where a resolved pump parameter came from. */
export interface ParameterOrigin {
  /** `profile`: a built-in fact or default; `request`: supplied by the request. */
  readonly from: 'profile' | 'request';
  /** The citation of a profile fact; `"request"` for a request value. */
  readonly source: string;
  readonly confidence?: Confidence;
}

/** The parameters every pump has. */
interface ResolvedPumpCommon {
  /** The built-in profile that was merged in, with all its facts and sources; absent for a request-only profile. */
  readonly profile?: PumpProfile;
  readonly reservoir?: Quantity<'volume', Exact>;
  readonly lowReservoirAlarm?: Quantity<'volume', Exact>;
  readonly internalVolume?: Quantity<'volume', Exact>;
  /** The origin of every parameter present. */
  readonly origins: Readonly<Partial<Record<PumpField, ParameterOrigin>>>;
}

/** A programmable pump: the engine solves the rate. */
export interface ProgrammablePump extends ResolvedPumpCommon {
  readonly kind: 'programmable';
  readonly rateResolution?: Quantity<'flow', Exact>;
  readonly minRate?: Quantity<'flow', Exact>;
  readonly maxRate?: Quantity<'flow', Exact>;
  readonly maxBolusRate?: Quantity<'flow', Exact>;
  readonly bolusVolumeResolution?: Quantity<'volume', Exact>;
}

/** A fixed-rate pump: the engine solves the concentration. */
export interface FixedRatePump extends ResolvedPumpCommon {
  readonly kind: 'fixed-rate';
  readonly nominalFlow?: Quantity<'flow', Exact>;
  readonly flowTolerance?: Quantity<'percent', Exact>;
}

/** `T` with the fields of `F` that `T` has made required. */
export type WithRequired<T, F extends PumpField> = T & { readonly [K in Extract<F, keyof T>]-?: Exclude<T[K], undefined> };

/**
 * A pump after `resolvePump` merged a built-in profile with the request: a
 * programmable or a fixed-rate variant (switch on `kind`). The type
 * parameter lists the fields the caller asked for: in the variant that has
 * such a field it is guaranteed present, so
 * `ResolvedPump<'reservoir' | 'minRate'>` has `reservoir` in both variants and
 * `minRate` in the programmable one. Fields of one kind are never present in
 * the other.
 *
 * @example
 * import type { ResolvedPump } from './ResolvedPump.js';
 * declare const p: ResolvedPump<'reservoir' | 'minRate'>;
 * // p.reservoir.base is 3 456 000 000 for 40 mL (base volume unit: 1/86400 uL)
 * // if (p.kind === 'programmable') p.minRate.base is 48 for SynchroMed II (0.048 mL/day = 48 uL/day)
 *
 * Implements REQ-PUMP-001, REQ-PUMP-004.
 * @since 0.1.0
 */
export type ResolvedPump<F extends PumpField = never> = WithRequired<ProgrammablePump, F> | WithRequired<FixedRatePump, F>;

/**
 * The parameters that belong to every pump; the other two lists belong to one kind only.
 *
 * @example
 * import { COMMON_PUMP_FIELDS, FIXED_RATE_PUMP_FIELDS } from './ResolvedPump.js';
 * COMMON_PUMP_FIELDS.includes('reservoir'); // true (e.g. 40 mL)
 * FIXED_RATE_PUMP_FIELDS.includes('maxRate'); // false
 *
 * Implements REQ-PUMP-005.
 * @since 0.1.0
 */
export const COMMON_PUMP_FIELDS: readonly PumpField[] = ['reservoir', 'lowReservoirAlarm', 'internalVolume'];
/** The parameters that belong to programmable pumps only. */
export const PROGRAMMABLE_PUMP_FIELDS: readonly PumpField[] = ['rateResolution', 'minRate', 'maxRate', 'maxBolusRate', 'bolusVolumeResolution'];
/** The parameters that belong to fixed-rate pumps only. */
export const FIXED_RATE_PUMP_FIELDS: readonly PumpField[] = ['nominalFlow', 'flowTolerance'];
