import type { Exact } from '../arith/decimalArithmetic.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { CapabilitiesInput } from '../pump/PumpCapabilities.js';

/**
 * A pump as a request gives it, after decoding: either a built-in profile name
 * with the parameters the request supplies, or a full profile. Every parameter
 * is optional here; `resolvePump` merges it with the named built-in profile and
 * refuses (PUMP_PARAMETER_MISSING, naming the field) when a calculation needs a
 * parameter that neither gives. Nothing is ever filled with a guess.
 *
 * Implements REQ-PUMP-001 (profiles never guessed).
 * @since 0.1.0
 */
export interface PumpInput {
  /** Built-in profile name (`"pump": "NAME"`, or `"profile": "NAME"` inside an object). */
  readonly profile?: string;
  readonly kind?: 'programmable' | 'fixed-rate';
  readonly reservoir?: Quantity<'volume', Exact>;
  readonly lowReservoirAlarm?: Quantity<'volume', Exact>;
  readonly rateResolution?: Quantity<'flow', Exact>;
  readonly minRate?: Quantity<'flow', Exact>;
  readonly maxRate?: Quantity<'flow', Exact>;
  readonly maxBolusRate?: Quantity<'flow', Exact>;
  /** Grid of programmed bolus volumes; when absent volumes are floored to 1e-6 mL. */
  readonly bolusVolumeResolution?: Quantity<'volume', Exact>;
  readonly internalVolume?: Quantity<'volume', Exact>;
  readonly nominalFlow?: Quantity<'flow', Exact>;
  readonly flowTolerance?: Quantity<'percent', Exact>;
  /**
   * What the pump's labelling approves (an extension): the integrator's table
   * for a pump whose labelling the built-in library does not carry, or a
   * narrower one for a built-in labelled pump (a wider one is refused).
   */
  readonly labelledUse?: LabelledUseInput;
  /** What the pump can hold, from the integrator's profile (an extension; see `capabilitiesOfPump`). */
  readonly capabilities?: CapabilitiesInput;
}

/**
 * One concentration range of a labelled drug, both ends included.
 * @since 0.1.0
 */
export interface LabelledRangeInput {
  readonly min: Quantity<'concentration', Exact>;
  readonly max: Quantity<'concentration', Exact>;
}

/**
 * One drug the pump's labelling approves; no `concentrations`: any.
 * @since 0.1.0
 */
export interface LabelledDrugInput {
  readonly drug: string;
  readonly concentrations?: readonly LabelledRangeInput[];
}

/**
 * The request's labelled-use table: its source (the labelling it comes from,
 * named in every OFF_LABEL_FOR_PUMP warning) and the drugs. Bounded: at most
 * `MAX_LABELLED_DRUGS` drugs of `MAX_LABELLED_RANGES` ranges each.
 *
 * Implements REQ-LABEL-003.
 * @since 0.1.0
 */
export interface LabelledUseInput {
  readonly source: string;
  readonly drugs: readonly LabelledDrugInput[];
}

/** The path in the request where each pump parameter came from (for error messages). */
export type PumpField = Exclude<keyof PumpInput, 'profile' | 'kind' | 'labelledUse' | 'capabilities'>;
