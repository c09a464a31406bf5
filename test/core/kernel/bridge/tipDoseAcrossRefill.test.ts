import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import type { DailyProgram } from '../../../../core/kernel/DailyProgram.js';
import type { DeliveryPlan, FluidPath } from '../../../../core/kernel/bridge/DeliveryPlan.js';
import { tipDose24h } from '../../../../core/kernel/bridge/tipDose24h.js';
import { tipDoseAcrossRefill } from '../../../../core/kernel/bridge/tipDoseAcrossRefill.js';
import { tipMass } from '../../../../core/kernel/bridge/tipMass.js';
import { continuous, inMg, mL, mLPerDay, mgPerMl, n } from '../_base.js';

const DAY = n(86_400);
const plan = (program: DailyProgram<Exact>, prefix: DeliveryPlan<Exact>['prefix'] = []): DeliveryPlan<Exact> => ({ prefix, program, programClock: A.zero });
const oneDrug = (dead: string, oldC: string, newC: string): FluidPath<Exact> => ({ layers: [{ volume: mL(dead), concentrations: [mgPerMl(oldC)] }], reservoir: [mgPerMl(newC)] });
const across = (p: DeliveryPlan<Exact>, f: FluidPath<Exact>, oldFlow: string, oldC: string): string[][] => {
  const r = tipDoseAcrossRefill(A, p, f, { program: continuous(oldFlow), clock: A.zero, concentrations: [mgPerMl(oldC)] });
  if (r === undefined) throw new Error('never flushed');
  return r.drugs.map((x) => [inMg(x.worst.value), inMg(x.least.value)]);
};
const after = (p: DeliveryPlan<Exact>, f: FluidPath<Exact>): string[][] => (tipDose24h(A, p, f)?.drugs ?? []).map((x) => [inMg(x.worst.value), inMg(x.least.value)]);
/** 0.2 mL/day with a 0.1 mL bolus over 1 h at the refill's clock time (00:00): 3 mg/day at 10 mg/mL in every day. */
const bolusAtRefill: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: mLPerDay('0.2') }], periodicBoluses: [{ start: A.zero, duration: n(3600), volume: mL('0.1') }] };

describe('tipDoseAcrossRefill', () => {
  it('[REQ-XREFILL-001] contract: 20 mg/mL at 0.15 mL/day, then 10 mg/mL at 0.3 mL/day without a bridge: the windows across the refill reach 5.5 mg at most (the first window from it) and 3 mg at least (the old daily dose)', () => {
    expect(across(plan(continuous('0.3')), oneDrug('0.25', '20', '10'), '0.15', '20')).toEqual([['5.5', '3']]);
  });

  it('[REQ-XREFILL-001] the bridged fix keeps every window across the refill at 3 mg', () => {
    const bridged = plan(continuous('0.3'), [{ duration: n(144_000), flow: mLPerDay('0.15') }]);
    expect(across(bridged, oneDrug('0.25', '20', '10'), '0.15', '20')).toEqual([['3', '3']]);
  });

  it('[REQ-XREFILL-001] a window across the refill can exceed every window after it and the old daily dose: the old program\'s last 23 h, then a bolus at the refill', () => {
    // old 0.3 mL/day (3 mg/day at 10 mg/mL); new 0.2 mL/day + 0.1 mL over 1 h at 00:00 (3 mg in every 24 h from the refill on)
    const p = plan(bolusAtRefill);
    const f = oneDrug('0.25', '10', '10');
    expect(after(p, f)).toEqual([['3', '3']]);
    // [−23 h, 1 h]: 23/24 × 0.3 mL + 0.1 mL + 1/24 × 0.2 mL = 0.3958 3̅ mL = 3.958 3̅ mg
    const r = tipDoseAcrossRefill(A, p, f, { program: continuous('0.3'), clock: A.zero, concentrations: [mgPerMl('10')] });
    expect(A.toDecimalString(r?.drugs[0]?.worst.value ?? A.zero)).toBe('342000000000');
    expect(inMg(r?.drugs[0]?.least.value ?? A.zero)).toBe('3');
  });

  it('[REQ-XREFILL-002] agrees with the tip mass of every window start on a 10 min grid (the extremes lie on it here)', () => {
    const p = plan(bolusAtRefill, [{ duration: n(7200), flow: mLPerDay('0.25') }]);
    const programClocked: DeliveryPlan<Exact> = { ...p, programClock: n(7200) };
    const f = oneDrug('0.25', '20', '10');
    const r = tipDoseAcrossRefill(A, programClocked, f, { program: continuous('0.15'), clock: A.zero, concentrations: [mgPerMl('20')] });
    // the same delivery put back by a day, read with tipMass: window [s, s + 24 h] for s in [0, 24 h]
    const earlier: DeliveryPlan<Exact> = { ...programClocked, prefix: [{ duration: DAY, flow: mLPerDay('0.15') }, ...programClocked.prefix] };
    const earlierPath: FluidPath<Exact> = { layers: [{ volume: mL('0.15'), concentrations: [mgPerMl('20')] }, ...f.layers], reservoir: f.reservoir };
    const at = (t: Exact): Exact => tipMass(A, earlier, earlierPath, t)[0]?.atMost.value ?? A.zero;
    let most = A.zero;
    let least: Exact | undefined;
    for (let s = 0; s <= 86_400; s += 600) {
      const m = A.sub(at(A.add(n(s), DAY)), at(n(s)));
      if (A.compare(m, most) > 0) most = m;
      if (least === undefined || A.compare(m, least) < 0) least = m;
    }
    expect(A.toDecimalString(r?.drugs[0]?.worst.value ?? A.zero)).toBe(A.toDecimalString(most));
    expect(A.toDecimalString(r?.drugs[0]?.least.value ?? A.zero)).toBe(A.toDecimalString(least ?? A.zero));
  });

  it('[REQ-XREFILL-001] the old program is read on its clock: a bolus of 0.1 mL at 23:00 lies 1 h or 13 h before a refill at 00:00 or 12:00', () => {
    // old 0.2 mL/day + 0.1 mL over 1 h at 23:00; new 0.3 mL/day of the same 10 mg/mL; every whole day of either is 3 mg
    const old: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: mLPerDay('0.2') }], periodicBoluses: [{ start: n(82_800), duration: n(3600), volume: mL('0.1') }] };
    const f = oneDrug('0.25', '10', '10');
    const worst = (clock: number): string => A.toDecimalString(tipDoseAcrossRefill(A, plan(continuous('0.3')), f, { program: old, clock: n(clock), concentrations: [mgPerMl('10')] })?.drugs[0]?.worst.value ?? A.zero);
    // refill at 00:00: [−1 h, 23 h] holds the bolus, 1 h of old basal and 23 h of new: (0.1 + 0.2/24 + 0.3 × 23/24) mL = 0.3958 3̅ mL
    expect(worst(0)).toBe('342000000000');
    // refill at 12:00: [−13 h, 11 h]: (0.2 × 13/24 + 0.1 + 0.3 × 11/24) mL = 0.3458 3̅ mL
    expect(worst(43_200)).toBe('298800000000');
  });

  it('[REQ-XREFILL-001] the old program\'s patient boluses add their most in a day of old fluid to the worst, nothing to the least', () => {
    const old: DailyProgram<Exact> = { ...continuous('0.3'), patientBolus: { volume: mL('0.01'), duration: n(600), lockout: n(14_400), maxPerDay: n(4) } };
    const r = tipDoseAcrossRefill(A, plan(continuous('0.3')), oneDrug('0.25', '10', '10'), { program: old, clock: A.zero, concentrations: [mgPerMl('10')] });
    // 3 mg in every window, plus 4 × 0.01 mL × 10 mg/mL = 0.4 mg
    expect(r?.drugs.map((x) => [inMg(x.worst.value), inMg(x.least.value)])).toEqual([['3.4', '3']]);
    expect(r?.patientBolusBound).toBe(true);
  });

  it('[REQ-XREFILL-001] undefined when the dead volume is never flushed, as tipDose24h', () => {
    expect(tipDoseAcrossRefill(A, plan(continuous('0')), oneDrug('0.25', '20', '10'), { program: continuous('0.15'), clock: A.zero, concentrations: [mgPerMl('20')] })).toBeUndefined();
  });

  it('[REQ-XREFILL-001] a drug the fluid before the refill does not name counts as absent from it (zero), in the order of the path', () => {
    const f: FluidPath<Exact> = { layers: [{ volume: mL('0.25'), concentrations: [mgPerMl('20'), A.zero] }], reservoir: [mgPerMl('10'), mgPerMl('1')] };
    const r = tipDoseAcrossRefill(A, plan(continuous('0.3')), f, { program: continuous('0.15'), clock: A.zero, concentrations: [mgPerMl('20')] });
    // the second drug: nothing before the refill and in the dead volume; 0.05 mL × 1 mg/mL in the first window from the refill
    expect(r?.drugs.map((x) => [inMg(x.worst.value), inMg(x.least.value)])).toEqual([['5.5', '3'], ['0.05', '0']]);
  });
});
