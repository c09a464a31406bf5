import type { Exact } from '../arith/decimalArithmetic.js';
import type { CompileResult, RoundingRecord } from '../compile/CompileResult.js';
import type { EngineWarning } from '../errors/EngineError.js';
import type { LimitApplied } from '../limits/LimitApplied.js';

/** The most and the least mass of one drug at the catheter tip in any 24 h window (base mass units). */
export interface TipRange {
  readonly worst24h: Exact;
  readonly least24h: Exact;
}

/** One drug across the change: its concentrations, its prescribed range and its tip doses. */
export interface BridgeDrug {
  readonly drug: string;
  /** In the old fluid (zero when absent). */
  readonly oldConcentration: Exact;
  /** In the new fluid (zero when absent). */
  readonly newConcentration: Exact;
  /** The prescribed range of a 24 h dose: from the lower of the old daily dose and the new least 24 h to the higher of the old daily dose and the new worst 24 h. */
  readonly range: { readonly lower: Exact; readonly upper: Exact };
  /** With the bridge (or, when the fluid does not change, the new program from the refill). */
  readonly tip: TipRange;
  /** The new program pushing the old fluid, no bridge. */
  readonly withoutBridge: TipRange;
  /**
   * The 24 h windows across the refill (starting in the day before it, ending
   * after it: the old fluid at `old.rate`, then what `tip` and `withoutBridge`
   * deliver from the refill on). Implements REQ-XREFILL-003.
   */
  readonly acrossRefill: { readonly tip: TipRange; readonly withoutBridge: TipRange };
  /** The unit doses are printed in. */
  readonly unit: 'mg' | 'mcg';
}

/**
 * The result of a successful `bridge`: the dead volume, the bridge step (if
 * the fluid changes), the new program (as `compile` gives it), and every
 * drug's tip doses with and without the bridge.
 *
 * Implements REQ-BRIDGE-001, REQ-BRIDGE-002, REQ-BRIDGE-006.
 * @since 0.1.0
 */
export interface BridgeResult {
  readonly deadVolume: Exact;
  readonly internalVolume: Exact;
  readonly catheterVolume: Exact;
  /** The bridge: the old fluid at `flow` from the refill until `after` seconds; absent when old and new fluid are the same. */
  readonly bridge?: {
    readonly flow: Exact;
    readonly after: Exact;
    readonly basis: 'new dose from old fluid' | 'old rate';
    readonly rounded: 'later' | 'earlier';
    /** When the last of the old fluid leaves the tip with the bridge (s, rounded down). */
    readonly flushedAfter: Exact;
  };
  /** The new program as compile gives it (its doses are the steady state, after the change). */
  readonly newProgram: CompileResult;
  readonly drugs: readonly BridgeDrug[];
  readonly overdoseWithoutBridge: boolean;
  readonly underdoseWithoutBridge: boolean;
  /** True when a patient bolus makes the tip doses bounds over every way of taking it. */
  readonly patientBolusBound: boolean;
  readonly roundings: readonly RoundingRecord[];
  readonly limits: readonly LimitApplied[];
  readonly warnings: readonly EngineWarning[];
}
