import type { Exact } from '../arith/decimalArithmetic.js';
import type { Quantity } from '../quantity/Quantity.js';

/**
 * A decoded `convert` request (wire format v1): a systemic opioid dose by one
 * route, to be converted to a starting dose by another. Routes are checked by
 * the core (`oral`, `intravenous`, `epidural`, `intrathecal`), as is the
 * optional `ratio`, a plain positive decimal string (`"300"` for 300:1).
 *
 * Implements REQ-CONV-002.
 * @since 0.1.0
 */
export interface ConvertRequest {
  readonly drug: string;
  readonly from: { readonly route: string; readonly dose: Quantity<'doseRate', Exact> };
  readonly to: { readonly route: string };
  readonly ratio?: string;
}
