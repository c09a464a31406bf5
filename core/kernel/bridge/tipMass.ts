import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { quotientDownForLowerBound, quotientUpForUpperBound, type Rounded } from '../../rounding/directedRounding.js';
import { queueMass } from '../_internals/windowScan.js';
import type { DeliveryPlan, FluidPath } from './DeliveryPlan.js';
import { layerBounds, planScale } from './_internals/planCurve.js';
import { planVolume } from './_internals/planVolume.js';

/**
 * The mass of each drug delivered at the catheter tip from `t = 0` to `t`
 * (`t >= 0`) when the pump runs `plan` (patient boluses not taken; a periodic
 * bolus is started only when the clock reaches its start after the program
 * started). Exact: `atMost` and `atLeast` are the exact mass rounded up and
 * down to the base mass unit (equal, with `changed` false, when it is a whole
 * number of them). The work does not grow with `t` (see `planVolume`).
 *
 * @example
 * import { tipMass } from './tipMass.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * const mL = (x: string) => A.mul(A.fromDecimalString(x), A.fromInteger(86_400_000n));
 * // 20 → 10 mg/mL, dead volume 0.25 mL, 0.3 mL/day: after 24 h 0.25 mL × 20 + 0.05 mL × 10 = 5.5 mg
 * const m = tipMass(A, { prefix: [], program: { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }, programClock: A.zero },
 *   { layers: [{ volume: mL('0.25'), concentrations: [A.fromInteger(20_000n)] }], reservoir: [A.fromInteger(10_000n)] }, A.fromInteger(86_400n));
 * A.toDecimalString(m[0]!.atMost.value); // "475200000000"
 *
 * Implements REQ-BRIDGE-001, REQ-WORK-001.
 * @since 0.1.0
 */
export function tipMass<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, path: FluidPath<N>, t: N): readonly { readonly atMost: Rounded<N>; readonly atLeast: Rounded<N> }[] {
  const scale = planScale(A, plan);
  const moved = A.compare(t, A.zero) > 0 ? planVolume(A, plan, false, scale).at(t) : A.zero;
  const bounds = layerBounds(A, path, scale);
  return path.reservoir.map((after, drug) => {
    const m = queueMass(A, { bounds, concentrations: path.layers.map((l) => l.concentrations[drug] ?? A.zero), after }, moved, A.one);
    return { atMost: quotientUpForUpperBound(A, m, scale, A.one), atLeast: quotientDownForLowerBound(A, m, scale, A.one) };
  });
}
