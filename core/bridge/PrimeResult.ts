import type { Exact } from '../arith/decimalArithmetic.js';
import type { CompileResult, RoundingRecord } from '../compile/CompileResult.js';
import type { EngineWarning } from '../errors/EngineError.js';
import type { LimitApplied } from '../limits/LimitApplied.js';
import type { TipRange } from './BridgeResult.js';

/** One drug through a priming. */
export interface PrimeDrug {
  readonly drug: string;
  readonly concentration: Exact;
  /** The mass the priming bolus itself delivers at the tip (plug flow): zero when the path held no drug. */
  readonly primingBolusAtTip: Exact;
  /** The bounds the prescriber checks: the worst counts every primed volume as drug reaching the tip, the least counts none of it (drug mixes at high flow). */
  readonly tip: TipRange;
  /** The same under plug flow alone (what the stated contents give if nothing mixes). */
  readonly plugFlow: TipRange;
  readonly unit: 'mg' | 'mcg';
}

/**
 * The result of a successful `prime`: the priming bolus, when drug first
 * reaches the tip, and every drug's tip doses from the start of the priming.
 *
 * Implements REQ-PRIME-001, REQ-PRIME-002, REQ-PRIME-003.
 * @since 0.1.0
 */
export interface PrimeResult {
  readonly deadVolume: Exact;
  readonly internalVolume: Exact;
  readonly catheterVolume: Exact;
  readonly priming: {
    readonly volume: Exact;
    /** The pump's maximum bolus rate, the priming flow. */
    readonly rate: Exact;
    /** Whole seconds, rounded up. */
    readonly seconds: Exact;
  };
  /** Seconds from the start of priming until drug first reaches the tip (plug flow), rounded down. */
  readonly drugAtTipAfter: Exact | undefined;
  readonly newProgram: CompileResult;
  readonly drugs: readonly PrimeDrug[];
  readonly patientBolusBound: boolean;
  readonly roundings: readonly RoundingRecord[];
  readonly limits: readonly LimitApplied[];
  readonly warnings: readonly EngineWarning[];
}
