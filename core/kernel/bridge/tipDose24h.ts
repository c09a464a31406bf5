import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import type { Rounded } from '../../rounding/directedRounding.js';
import type { DeliveryPlan, FluidPath } from './DeliveryPlan.js';
import { tipDoseScan } from './_internals/tipDoseScan.js';

/** One drug's tip dose bounds over every 24 h window from `t = 0` on (base mass units). */
export interface TipDoseBounds<N> {
  /** The most, rounded up to the base mass unit (`changed` when that rounding moved it). */
  readonly worst: Rounded<N>;
  /** The least, rounded down to the base mass unit. */
  readonly least: Rounded<N>;
}

/** The tip doses of every drug of a {@link FluidPath}, in its order. */
export interface TipDoses<N> {
  readonly drugs: readonly TipDoseBounds<N>[];
  /**
   * True when the program has a patient bolus. `worst` then counts every
   * patient bolus the program allows in the window and `least` none, with the
   * queue moved on by any earlier ones as suits each bound: both are bounds,
   * not always reached.
   */
  readonly patientBolusBound: boolean;
  /** From this window start on (s after `t = 0`), every window sees only the program and the reservoir's fluid (the steady state). */
  readonly steadyFrom: N;
}

/**
 * The most and the least mass of each drug delivered at the catheter tip in
 * any 24-hour window `[s, s + 24 h]`, `s >= 0`, when the pump runs `plan` from
 * `t = 0` with the dead volume holding `path.layers` (plug flow: fluid leaves
 * the tip in the order it entered).
 *
 * The pump has moved `V(t)` by time `t`; the tip has then delivered the first
 * `V(t)` of the fluid queue, whose mass is `G(V(t))` with `G` piecewise linear.
 * A window delivers `G(V(s + 24 h)) − G(V(s))`, piecewise linear in `s`, whose
 * extremes lie where `V(s)` or `V(s + 24 h)` has a corner or crosses a layer
 * bound. Every such place up to the steady state (the dead volume flushed, the
 * program running a full day) is evaluated exactly, as a fraction, and the
 * result is rounded once: the worst up, the least down. Window starts are cut
 * at every corner only within a day of the program's start and of each
 * prefix segment's end; elsewhere every window moves the queue on by the same
 * volume and a whole stretch is read as one interval (`windowCover`): the
 * work is bounded by the plan's size, not by the days the flush takes. A periodic bolus that
 * the program's clock would have started before the program's start and that
 * would still be running is counted both ways (given and not), and the
 * extremes of both are kept.
 *
 * A program of a longer period (a week program, REQ-WEEK-007) moves
 * different volumes in different 24 h windows, so no stretch is read whole:
 * the window starts up to a period past the steady state (every phase of the
 * steady week) are cut at every corner, except that of the starts whose
 * windows lie wholly in the first layer, or wholly past the last, one period
 * each is enough (`weekCover`); the work is at most that of the delivery in
 * (flush periods + 2) periods, which the caller bounds (`prime`: at most
 * `MAX_WEEK_FLUSH_PERIODS` weeks of flush).
 *
 * Patient boluses (from the program's start on) are placed adversarially for
 * each bound: see {@link TipDoses.patientBolusBound}.
 *
 * `undefined` when the dead volume is never flushed (the program delivers
 * nothing and the prefix does not move the whole dead volume).
 *
 * @example
 * import { tipDose24h } from './tipDose24h.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * const mL = (x: string) => A.mul(A.fromDecimalString(x), A.fromInteger(86_400_000n));
 * // 20 → 10 mg/mL morphine, dead volume 0.25 mL, new rate 0.3 mL/day from the refill, no bridge:
 * const r = tipDose24h(A,
 *   { prefix: [], program: { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }, programClock: A.zero },
 *   { layers: [{ volume: mL('0.25'), concentrations: [A.fromInteger(20_000n)] }], reservoir: [A.fromInteger(10_000n)] });
 * // worst: 0.25 mL × 20 mg/mL + 0.05 mL × 10 mg/mL = 5.5 mg; least: 3 mg
 * A.toDecimalString(r!.drugs[0]!.worst.value); // "475200000000"  (5.5 mg × 86 400 000 000)
 *
 * Implements REQ-BRIDGE-001, REQ-BRIDGE-002, REQ-BRIDGE-003, REQ-ROUND-003, REQ-WORK-001, REQ-WEEK-007.
 * @since 0.1.0
 */
export function tipDose24h<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, path: FluidPath<N>): TipDoses<N> | undefined {
  return tipDoseScan(A, plan, path, 'where needed');
}

