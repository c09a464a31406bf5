import type { Exact } from '../arith/decimalArithmetic.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { CatheterInput } from './BridgeRequest.js';
import type { CompileRequest } from './CompileRequest.js';

/**
 * What a part of the fluid path holds before the priming bolus: `empty` (air,
 * saline or spinal fluid: no drug) or `drug` (the reservoir's fluid).
 * @since 0.1.0
 */
export type PathContents = 'empty' | 'drug';

/**
 * A decoded `prime` request (a wire extension, see docs/wire-extensions.md):
 * a compile request (the fluid now in the reservoir and the therapy that
 * follows the priming) plus the catheter, what the pump's internal volume and
 * the catheter hold, and optionally the priming volume.
 *
 * Implements REQ-PRIME-001, REQ-PRIME-003.
 * @since 0.1.0
 */
export interface PrimeRequest extends CompileRequest {
  readonly catheter: CatheterInput;
  readonly contents: { readonly pumpInternal: PathContents; readonly catheter: PathContents };
  /** The priming volume; the whole dead volume when absent. */
  readonly volume?: Quantity<'volume', Exact>;
}
