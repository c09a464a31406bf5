import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../DailyProgram.js';
import type { DeliveryPlan, FluidPath } from './DeliveryPlan.js';
import { tipDoseScan } from './_internals/tipDoseScan.js';
import type { TipDoses } from './tipDose24h.js';

/** What the pump delivered at the catheter tip in the day before a refill: one fluid at one flow (base units). */
export interface BeforeRefill<N> {
  /** The old program's flow (the old rate: its daily volume ÷ 1 day). */
  readonly flow: N;
  /** Each drug's concentration in the fluid that left the tip before the refill, in the order of `FluidPath.reservoir`. */
  readonly concentrations: readonly N[];
}

/**
 * The tip doses of the windows across a refill, every drug in the order of its
 * `FluidPath` (see {@link TipDoses}: `worst` and `least`, and whether a patient
 * bolus makes them bounds).
 * @since 0.1.0
 */
export type AcrossRefillDoses<N> = Pick<TipDoses<N>, 'drugs' | 'patientBolusBound'>;

/**
 * The most and the least mass of each drug delivered at the catheter tip in
 * any 24-hour window that starts in the day before a refill and ends after
 * it: `[s, s + 24 h]` with the refill at `t = 0` and `s` in `[−24 h, 0]`.
 * Before the refill the pump ran `before.flow` of the fluid `before.concentrations`
 * (the old program); from the refill on it runs `plan` with the dead volume
 * holding `path.layers` and the new fluid behind them, exactly as
 * {@link tipDose24h} reads them. The two ends are the window that ends at the
 * refill (the old program's daily dose) and the first window from the refill
 * (also in `tipDose24h`); every start between is evaluated exactly, and the
 * result rounded once: the worst up, the least down.
 *
 * How: the queue of fluid is put back by a day: the fluid that left the tip
 * in the day before the refill (`before.flow` × 1 day) becomes a first layer
 * ahead of `path.layers`, and the plan starts a day earlier with a day at
 * `before.flow`. The windows across the refill are then the windows starting
 * in `[0, 24 h]` of that plan, scanned as one block cut at every corner
 * (`tipDoseScan` over a start range). The work is bounded by the delivery in
 * two days (the prefix's segments, the program's steps and boluses in two
 * days, and the patient boluses two days allow), never by the days the flush
 * takes.
 *
 * Patient boluses are those of `plan`'s program, from its start on, placed
 * adversarially as in {@link tipDose24h}; the old program is known only by its
 * flow, so none is counted before the refill.
 *
 * `undefined` when `tipDose24h` of `plan` and `path` is (the dead volume is
 * never flushed).
 *
 * @example
 * import { tipDoseAcrossRefill } from './tipDoseAcrossRefill.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * const mL = (x: string) => A.mul(A.fromDecimalString(x), A.fromInteger(86_400_000n));
 * // 20 mg/mL at 0.15 mL/day (3 mg/day), then 10 mg/mL at 0.3 mL/day from the refill, 0.25 mL dead volume, no bridge:
 * const r = tipDoseAcrossRefill(A,
 *   { prefix: [], program: { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }, programClock: A.zero },
 *   { layers: [{ volume: mL('0.25'), concentrations: [A.fromInteger(20_000n)] }], reservoir: [A.fromInteger(10_000n)] },
 *   { flow: A.fromInteger(150n), concentrations: [A.fromInteger(20_000n)] });
 * // worst: the window from the refill, 5.5 mg; least: the window ending at it, 3 mg
 * A.toDecimalString(r!.drugs[0]!.worst.value); // "475200000000"
 *
 * Implements REQ-XREFILL-001, REQ-XREFILL-002, REQ-WORK-001.
 * @since 0.1.0
 */
export function tipDoseAcrossRefill<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, path: FluidPath<N>, before: BeforeRefill<N>): AcrossRefillDoses<N> | undefined {
  const day = A.fromInteger(DAY_SECONDS);
  const earlier: DeliveryPlan<N> = { prefix: [{ duration: day, flow: before.flow }, ...plan.prefix], program: plan.program, programClock: plan.programClock };
  const oldLayer = { volume: A.mul(before.flow, day), concentrations: path.reservoir.map((_, k) => before.concentrations[k] ?? A.zero) };
  const earlierPath: FluidPath<N> = { layers: [oldLayer, ...path.layers], reservoir: path.reservoir };
  const r = tipDoseScan(A, earlier, earlierPath, { from: A.zero, to: day });
  return r === undefined ? undefined : { drugs: r.drugs, patientBolusBound: r.patientBolusBound };
}
