import type { Exact } from '../arith/decimalArithmetic.js';
import type { TipRange } from '../bridge/BridgeResult.js';
import type { CompileResult } from '../compile/CompileResult.js';
import type { EngineWarning } from '../errors/EngineError.js';
import type { LimitApplied } from '../limits/LimitApplied.js';
import type { Weekday } from '../request/Weekday.js';

/** One drug across a clock change: the program's own 24 h extremes and those of real-time windows across the change. */
export interface ClockChangeDrug {
  readonly drug: string;
  readonly normal: TipRange;
  readonly acrossChange: TipRange;
  readonly unit: 'mg' | 'mcg';
}

/**
 * The result of a successful `clock-change`.
 *
 * Implements REQ-CLOCK-001, REQ-CLOCK-002, REQ-WEEK-006.
 * @since 0.1.0
 */
export interface ClockChangeResult {
  readonly compiled: CompileResult;
  /** The clock time of the change (s after midnight) and the jump (s). */
  readonly at: bigint;
  readonly jump: Exact;
  /** A week program: the weekday of the change (pump clock, before it). REQ-WEEK-006. */
  readonly on?: Weekday;
  readonly drugs: readonly ClockChangeDrug[];
  readonly limits: readonly LimitApplied[];
  readonly warnings: readonly EngineWarning[];
}
