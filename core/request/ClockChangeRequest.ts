import type { Exact } from '../arith/decimalArithmetic.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { CompileRequest } from './CompileRequest.js';
import type { Weekday } from './Weekday.js';

/**
 * A decoded `clock-change` request (a wire extension, see
 * docs/wire-extensions.md): a compile request plus the clock change: at the
 * pump clock time `at` (s after midnight) the clock is set by `jump` (a
 * signed duration, −24 h < jump < 24 h). A week program also needs `on`, the
 * weekday (pump clock) of the change (`MISSING_FIELD` without it); a daily
 * program does not read it.
 *
 * Implements REQ-CLOCK-002, REQ-WEEK-006.
 * @since 0.1.0
 */
export interface ClockChangeRequest extends CompileRequest {
  readonly clockChange: { readonly at: bigint; readonly jump: Quantity<'time', Exact>; readonly on?: Weekday };
}
