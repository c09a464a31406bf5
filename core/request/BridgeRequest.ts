import type { Exact } from '../arith/decimalArithmetic.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { DrugInReservoir, DrugLimits, Override, Therapy } from './CompileRequest.js';
import type { PumpInput } from './PumpInput.js';
import type { Weekday } from './Weekday.js';

/**
 * The catheter between the pump and the spinal tip: its volume, or its
 * implanted length and volume per length (Prometra: length × 0.0026 mL/cm).
 * @since 0.1.0
 */
export type CatheterInput =
  | { readonly volume: Quantity<'volume', Exact> }
  | { readonly length: Quantity<'length', Exact>; readonly volumePerLength: Quantity<'volumePerLength', Exact> };

/**
 * A decoded `bridge` request (wire format v1): a refill that changes the drug
 * or its concentration. The old fluid still fills the dead volume (the pump's
 * internal volume and the catheter); the new fluid and therapy follow it.
 *
 * Implements REQ-BRIDGE-001.
 * @since 0.1.0
 */
export interface BridgeRequest {
  readonly pump: PumpInput;
  readonly catheter: CatheterInput;
  readonly old: {
    /** The old fluid: every drug with its concentration. */
    readonly drugs: readonly DrugInReservoir[];
    /** The flow the old fluid ran at (its daily dose ÷ its concentration). */
    readonly rate: Quantity<'flow', Exact>;
  };
  readonly new: {
    readonly drugs: readonly DrugInReservoir[];
    readonly therapy: Therapy;
    /** The new fill; the pump's reservoir capacity when absent (a full refill). */
    readonly fill?: Quantity<'volume', Exact>;
    /** Pump clock time of the refill, s after midnight (default 0). */
    readonly filledAt: bigint;
    /** The weekday of the refill (pump clock): required by a week program (`FILL_WEEKDAY_REQUIRED`), unused by a daily one. REQ-WEEK-007. */
    readonly filledOn?: Weekday;
  };
  readonly limits: Readonly<Record<string, DrugLimits>>;
  readonly overrides: readonly Override[];
}
