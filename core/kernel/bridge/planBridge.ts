import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { floorToGridTowardLessDrug, quotientDownForLowerBound, quotientTowardLessDrug, quotientUpForUpperBound, type Rounded } from '../../rounding/directedRounding.js';
import { programPeriod, type DailyProgram } from '../DailyProgram.js';
import { dailyVolume } from '../dailyVolume.js';

/** What a bridge is computed from (base units). */
export interface BridgeInput<N> {
  /** The dead volume: pump internal volume plus catheter volume. */
  readonly deadVolume: N;
  /** The prescribed drug's concentration in the old fluid (zero when the old fluid has none). */
  readonly oldConcentration: N;
  /** The prescribed drug's concentration in the new fluid. */
  readonly newConcentration: N;
  /** The new daily program (already on the pump grid). */
  readonly newProgram: DailyProgram<N>;
  /** The flow the old fluid ran at before the refill. */
  readonly oldFlow: N;
  /** The pump's rate grid. */
  readonly rateGrid: N;
  /** The grid of switch times (s), e.g. 60 for whole minutes. */
  readonly switchGrid: N;
}

/** A one-step bridge: the old fluid at `flow` from the refill until `after`, then the new program. */
export interface BridgePlan<N> {
  /** The bridge flow, on the rate grid, rounded toward less drug. */
  readonly flow: Rounded<N>;
  /** `new dose from old fluid`: the flow giving the new daily dose of the prescribed drug from the old fluid; `old rate`: the old fluid has none of it, so it keeps its old flow. */
  readonly basis: 'new dose from old fluid' | 'old rate';
  /** Seconds from the refill to the new program, a multiple of the switch grid. */
  readonly after: Rounded<N>;
  /** Which way the switch time was rounded from the exact flush time (dead volume ÷ bridge flow). */
  readonly rounded: 'later' | 'earlier';
}

/**
 * Plans the bridge that carries the patient through a change of fluid: the
 * pump delivers the old fluid left in the dead volume at a flow that gives
 * the prescribed drug's new daily dose from the old concentration (new
 * average flow × new concentration ÷ old concentration, floored to the rate
 * grid: toward less drug), then switches to the new program once the dead
 * volume is out. When the old fluid holds none of the prescribed drug it runs
 * at its old flow (the dose the patient was on).
 *
 * The switch cannot fall exactly on the flush time in general; it is put on
 * the switch grid on the side where the mismatch delivers less of the
 * prescribed drug. Switching early delivers the rest of the old fluid at the
 * new program's flow (`c_old × r_new` per unit time); switching late delivers
 * new fluid at the bridge flow (`c_new × r_bridge`). The switch is rounded
 * *later* when `c_old × r_new > c_new × r_bridge` (going to a lower
 * concentration: early would push the stronger old fluid faster, an overdose)
 * and *earlier* otherwise (going to a higher concentration: late would run the
 * stronger new fluid at the old fluid's higher flow). Either way the
 * old-fluid phase never delivers more than the bridge intends.
 *
 * A week program (REQ-WEEK-007) has no one daily dose: the bridge flow gives
 * its average (the week's volume over the week) from the old fluid, between
 * its lightest and heaviest 24 h, and the switch is rounded comparing the
 * same average flows; what the tip then receives is found exactly by
 * `tipDose24h` and checked by the caller, as for a daily program.
 *
 * `undefined` when the bridge flow rounds to zero (the dead volume would never
 * be flushed; the caller refuses it against the pump's minimum rate).
 *
 * @example
 * import { planBridge } from './planBridge.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // 20 → 10 mg/mL morphine at 3 mg/day (0.3 mL/day), dead volume 0.25 mL:
 * const b = planBridge(A, { deadVolume: A.fromInteger(21_600_000n), oldConcentration: A.fromInteger(20_000n),
 *   newConcentration: A.fromInteger(10_000n), newProgram: { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] },
 *   oldFlow: A.fromInteger(150n), rateGrid: A.one, switchGrid: A.fromInteger(60n) });
 * A.toDecimalString(b!.flow.value); // "150"  (0.15 mL/day = 3 mg/day ÷ 20 mg/mL)
 * A.toDecimalString(b!.after.value); // "144000"  (0.25 mL ÷ 0.15 mL/day = 40 h)
 *
 * Implements REQ-BRIDGE-004, REQ-BRIDGE-005, REQ-ROUND-002, REQ-WEEK-007.
 * @since 0.1.0
 */
export function planBridge<N>(A: ExactArithmetic<N>, input: BridgeInput<N>): BridgePlan<N> | undefined {
  // the new program's period (a day; a week for a week program) and its volume: the bridge gives its average dose
  const day = programPeriod(A, input.newProgram);
  const newDaily = dailyVolume(A, input.newProgram);
  const fromOld = A.compare(input.oldConcentration, A.zero) > 0;
  // new dose per day = newDaily × c_new (mass); as a flow of old fluid: ÷ (c_old × 1 day)
  const flow = fromOld
    ? quotientTowardLessDrug(A, A.mul(newDaily, input.newConcentration), A.mul(input.oldConcentration, day), input.rateGrid)
    : floorToGridTowardLessDrug(A, input.oldFlow, input.rateGrid);
  if (A.compare(flow.value, A.zero) <= 0) return undefined;
  const later = A.compare(A.mul(input.oldConcentration, newDaily), A.mul(A.mul(input.newConcentration, flow.value), day)) > 0;
  const after = later
    ? quotientUpForUpperBound(A, input.deadVolume, flow.value, input.switchGrid) // the earliest grid time the dead volume is surely out
    : quotientDownForLowerBound(A, input.deadVolume, flow.value, input.switchGrid); // the latest grid time it is surely not
  return { flow, basis: fromOld ? 'new dose from old fluid' : 'old rate', after, rounded: later ? 'later' : 'earlier' };
}
