import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';

/**
 * A fixed-rate pump's flow at the top of its tolerance,
 * `nominal × (100 + tolerance) / 100`, exactly (the division by 100 is exact
 * for decimals; an arithmetic on scaled integers carries it in its scale). The
 * worst-case dose and the reservoir times of a fixed-rate pump use this flow.
 *
 * @example
 * import { flowAtToleranceTop } from './flowAtToleranceTop.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // 1 mL/day at +15 %: 1.15 mL/day
 * A.toDecimalString(flowAtToleranceTop(A, A.fromInteger(1_000n), A.fromInteger(15n))); // "1150"
 *
 * Implements REQ-RES-004.
 * @since 0.1.0
 */
export function flowAtToleranceTop<N>(A: ExactArithmetic<N>, nominal: N, tolerancePercent: N): N {
  return A.mul(A.mul(nominal, A.add(A.fromInteger(100n), tolerancePercent)), A.fromDecimalString('0.01'));
}
