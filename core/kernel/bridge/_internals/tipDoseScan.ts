import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { quotientDownForLowerBound, quotientUpForUpperBound } from '../../../rounding/directedRounding.js';
import { DAY_SECONDS, programPeriod } from '../../DailyProgram.js';
import { dailyVolume } from '../../dailyVolume.js';
import { compareFractions, type Fraction } from '../../_internals/fraction.js';
import { scanWindowsEach, type NonEmpty, type ScanInterval } from '../../_internals/windowScan.js';
import type { DeliveryPlan, FluidPath } from '../DeliveryPlan.js';
import { blockIntervals } from './blockIntervals.js';
import { patientTrain } from './patientTrain.js';
import { bolusRunningAtStart, layerBounds, planScale, prefixTotals } from './planCurve.js';
import { patientAllowance } from './patientAllowance.js';
import { planVolume } from './planVolume.js';
import { weekCover } from './weekCover.js';
import { windowCover } from './windowCover.js';

import type { TipDoses } from '../tipDose24h.js';

/**
 * {@link tipDose24h}, scanning the window starts `'where needed'` (the cover of
 * `windowCover`: a few blocks cut at every corner, and stretches read whole) or `'every start'` (the whole of `[0, steadyFrom]`, work
 * proportional to the days the flush takes: the definition the first is
 * checked against).
 */
export function tipDoseScan<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, path: FluidPath<N>, starts: 'where needed' | 'every start'): TipDoses<N> | undefined {
  const day = A.fromInteger(DAY_SECONDS);
  // the program's period: a day, or a week for a week program (REQ-WEEK-007); `daily` is the volume of one period
  const period = programPeriod(A, plan.program);
  const weekly = A.compare(period, day) !== 0;
  const { end: programStart, volume: prefixVolume } = prefixTotals(A, plan);
  const dead = path.layers.reduce((s, l) => A.add(s, l.volume), A.zero);
  const daily = dailyVolume(A, plan.program);
  const toFlush = A.sub(dead, prefixVolume);
  let days = A.zero;
  if (A.compare(toFlush, A.zero) > 0) {
    if (A.compare(daily, A.zero) <= 0) return undefined;
    days = A.ceilDiv(toFlush, daily);
  }
  // After the prefix the program delivers at least (j − 1) periods' volumes by period j (its first period may
  // miss a bolus already running), so by programStart + (days + 1) periods the dead volume is out.
  const steadyFrom = A.add(programStart, A.mul(A.add(days, A.one), period));
  const pb = plan.program.patientBolus;
  const scale = planScale(A, plan, pb === undefined ? [] : [pb.duration]);
  // the most patient volume a window adds (for a week program the patient boluses alone)
  const patientInWindow = A.mul(patientAllowance(A, plan.program), scale);
  const train = patientTrain(A, pb, programStart, scale);
  const bounds = layerBounds(A, path, scale);

  const scan = (running: boolean): readonly { readonly most: Fraction<N>; readonly least: Fraction<N> }[] => {
    const volume = planVolume(A, plan, running, scale);
    const input = { plan, running, volume, train, patientInWindow, patientFrom: A.sub(programStart, day) };
    // A week program's windows move different volumes on different days, so no stretch is read whole: its
    // starts up to a whole period past the flush (every phase of the steady state) are cut at every corner,
    // except that of the starts whose windows lie wholly in the first layer, or wholly past the last, one
    // period is enough (`weekCover`). The work is at most that of the delivery in (days + 2) periods: the
    // caller bounds `days` (REQ-WEEK-007).
    const until = weekly ? A.add(steadyFrom, period) : steadyFrom;
    const cover = starts === 'every start'
      ? { blocks: [[A.zero, until]] as const, stretches: [] }
      : weekly
        ? { blocks: weekCover(A, { volume, train, bounds, patientInWindow, period, until }), stretches: [] }
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
