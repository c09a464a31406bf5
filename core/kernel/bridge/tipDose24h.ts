import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { quotientDownForLowerBound, quotientUpForUpperBound, type Rounded } from '../../rounding/directedRounding.js';
import { DAY_SECONDS } from '../DailyProgram.js';
import { dailyVolume } from '../dailyVolume.js';
import { worst24hVolume } from '../worst24hVolume.js';
import { compareFractions, type Fraction } from '../_internals/fraction.js';
import { scanWindowsEach, type NonEmpty, type ScanInterval } from '../_internals/windowScan.js';
import type { DeliveryPlan, FluidPath } from './DeliveryPlan.js';
import { blockIntervals } from './_internals/blockIntervals.js';
import { patientTrain } from './_internals/patientTrain.js';
import { bolusRunningAtStart, layerBounds, planScale, prefixTotals } from './_internals/planCurve.js';
import { planVolume } from './_internals/planVolume.js';
import { windowCover } from './_internals/windowCover.js';

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
 * Implements REQ-BRIDGE-001, REQ-BRIDGE-002, REQ-BRIDGE-003, REQ-ROUND-003, REQ-WORK-001.
 * @since 0.1.0
 */
export function tipDose24h<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, path: FluidPath<N>): TipDoses<N> | undefined {
  return tipDoseScan(A, plan, path, 'where needed');
}

/**
 * {@link tipDose24h}, scanning the window starts `'where needed'` (the cover of
 * `windowCover`: a few blocks cut at every corner, and stretches read whole) or `'every start'` (the whole of `[0, steadyFrom]`, work
 * proportional to the days the flush takes: the definition the first is
 * checked against).
 */
export function tipDoseScan<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, path: FluidPath<N>, starts: 'where needed' | 'every start'): TipDoses<N> | undefined {
  const day = A.fromInteger(DAY_SECONDS);
  const { end: programStart, volume: prefixVolume } = prefixTotals(A, plan);
  const dead = path.layers.reduce((s, l) => A.add(s, l.volume), A.zero);
  const daily = dailyVolume(A, plan.program);
  const toFlush = A.sub(dead, prefixVolume);
  let days = A.zero;
  if (A.compare(toFlush, A.zero) > 0) {
    if (A.compare(daily, A.zero) <= 0) return undefined;
    days = A.ceilDiv(toFlush, daily);
  }
  // After the prefix the program delivers at least (j − 1) daily volumes by day j (its first day may
  // miss a bolus already running), so by programStart + (days + 1) days the dead volume is out.
  const steadyFrom = A.add(programStart, A.mul(A.add(days, A.one), day));
  const pb = plan.program.patientBolus;
  const scale = planScale(A, plan, pb === undefined ? [] : [pb.duration]);
  const patientInWindow = A.mul(A.sub(worst24hVolume(A, plan.program).volume, daily), scale);
  const train = patientTrain(A, pb, programStart, scale);
  const bounds = layerBounds(A, path, scale);

  const scan = (running: boolean): readonly { readonly most: Fraction<N>; readonly least: Fraction<N> }[] => {
    const volume = planVolume(A, plan, running, scale);
    const input = { plan, running, volume, train, patientInWindow, patientFrom: A.sub(programStart, day) };
    const cover = starts === 'every start'
      ? { blocks: [[A.zero, steadyFrom]] as const, stretches: [] }
      : windowCover(A, { plan, volume, train, daily: A.mul(daily, scale), patientInWindow, steadyFrom });
    const [[u0, w0], ...others] = cover.blocks;
    const intervals: NonEmpty<ScanInterval<N>> = [...blockIntervals(A, input, u0, w0), ...others.flatMap(([u, w]) => blockIntervals(A, input, u, w)), ...cover.stretches];
    const fluids = path.reservoir.map((after, drug) => ({ concentrations: path.layers.map((l) => l.concentrations[drug] ?? A.zero), after }));
    return scanWindowsEach(A, intervals, bounds, fluids).map((r) => ({ most: { num: r.most.num, den: A.mul(r.most.den, scale) }, least: { num: r.least.num, den: A.mul(r.least.den, scale) } }));
  };
  // a periodic bolus the clock started before the program and still running: counted both ways
  const given = bolusRunningAtStart(A, plan) ? [scan(true)] : [];
  const drugs = scan(false).map(({ most: m0, least: l0 }, drug) => {
    let most = m0;
    let least = l0;
    for (const r of given) {
      const x = r[drug];
      if (x === undefined) continue;
      if (compareFractions(A, x.most, most) > 0) most = x.most;
      if (compareFractions(A, x.least, least) < 0) least = x.least;
    }
    return { worst: quotientUpForUpperBound(A, most.num, most.den, A.one), least: quotientDownForLowerBound(A, least.num, least.den, A.one) };
  });
  return { drugs, patientBolusBound: pb !== undefined && A.compare(pb.maxPerDay, A.zero) > 0, steadyFrom };
}
