import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import type { DailyProgram } from '../../../../core/kernel/DailyProgram.js';
import type { DeliveryPlan, FluidPath } from '../../../../core/kernel/bridge/DeliveryPlan.js';
import { tipDose24h } from '../../../../core/kernel/bridge/tipDose24h.js';
import { continuous, inMg, mL, mLPerDay, mgPerMl, n } from '../_base.js';

const plan = (program: DailyProgram<Exact>, prefix: DeliveryPlan<Exact>['prefix'] = []): DeliveryPlan<Exact> => ({ prefix, program, programClock: A.zero });
const oneDrug = (dead: string, oldC: string, newC: string): FluidPath<Exact> => ({ layers: [{ volume: mL(dead), concentrations: [mgPerMl(oldC)] }], reservoir: [mgPerMl(newC)] });
const doses = (p: DeliveryPlan<Exact>, f: FluidPath<Exact>): string[][] => {
  const r = tipDose24h(A, p, f);
  if (r === undefined) throw new Error('never flushed');
  return r.drugs.map((x) => [inMg(x.worst.value), inMg(x.least.value)]);
};
/** The contract's patient bolus: 0.1 mg at 10 mg/mL = 0.01 mL over 10 min, 4 h lockout, 4 a day. */
const withPatientBolus = (p: DailyProgram<Exact>): DailyProgram<Exact> => ({
  ...p, patientBolus: { volume: mL('0.01'), duration: n(600), lockout: n(14_400), maxPerDay: n(4) },
});

describe('tipDose24h', () => {
  it('[REQ-BRIDGE-001] [REQ-BRIDGE-003] contract: 20 → 10 mg/mL, 0.25 mL dead volume, new 0.3 mL/day without a bridge: worst 5.5 mg, least 3 mg', () => {
    // first 24 h: 0.3 mL pushed = 0.25 mL of the old 20 mg/mL (5 mg) + 0.05 mL of the new 10 mg/mL (0.5 mg)
    expect(doses(plan(continuous('0.3')), oneDrug('0.25', '20', '10'))).toEqual([['5.5', '3']]);
  });

  it('[REQ-BRIDGE-003] the bridged fix: old fluid at 0.15 mL/day for 0.25 ÷ 0.15 day = 40 h, then 0.3 mL/day: 3 mg in every window', () => {
    const bridged = plan(continuous('0.3'), [{ duration: n(144_000), flow: mLPerDay('0.15') }]);
    expect(doses(bridged, oneDrug('0.25', '20', '10'))).toEqual([['3', '3']]);
  });

  it('[REQ-BRIDGE-003] 10 → 20 mg/mL is the underdose case: the new 0.15 mL/day pushes the weak fluid: 1.5 mg in the first 24 h', () => {
    // 0.15 mL/day × 10 mg/mL = 1.5 mg/day until 0.25 mL is out (40 h); then 0.15 × 20 = 3 mg/day
    expect(doses(plan(continuous('0.15')), oneDrug('0.25', '10', '20'))).toEqual([['3', '1.5']]);
    // bridged: the old fluid at 3 mg/day ÷ 10 mg/mL = 0.3 mL/day for 0.25 ÷ 0.3 day = 20 h
    const bridged = plan(continuous('0.15'), [{ duration: n(72_000), flow: mLPerDay('0.3') }]);
    expect(doses(bridged, oneDrug('0.25', '10', '20'))).toEqual([['3', '3']]);
  });

  it('[REQ-BRIDGE-003] [REQ-BRIDGE-005] a switch rounded later leaves a mixed window just below the prescribed dose', () => {
    // dead volume 0.2 mL + 90 cm × 0.0026 mL/cm = 0.434 mL; at 0.15 mL/day the flush takes 4166.4 min; switch at 4167 min
    // the 0.6 min of new 10 mg/mL fluid at 0.15 mL/day gives 1.5 instead of 3 mg/day: 3 − 1.5 × 0.6/1440 = 2.999375 mg
    const bridged = plan(continuous('0.3'), [{ duration: n(4167 * 60), flow: mLPerDay('0.15') }]);
    expect(doses(bridged, oneDrug('0.434', '20', '10'))).toEqual([['3', '2.999375']]);
  });

  it('[REQ-BRIDGE-003] a switch too early shows the overdose the rounding rule avoids', () => {
    // switch at 4166 min, 0.4 min before the flush: the last 0.4 min × 0.15 mL/day of old fluid goes at 0.3 mL/day,
    // i.e. in 0.2 min at 6 instead of 3 mg/day: 3 + 3 × 0.2/1440 = 3.000416666... mg (rounded up to the base unit)
    const early = plan(continuous('0.3'), [{ duration: n(4166 * 60), flow: mLPerDay('0.15') }]);
    const [[worst]] = doses(early, oneDrug('0.434', '20', '10')) as [[string]];
    expect(worst.startsWith('3.000416666666')).toBe(true);
  });

  it('[REQ-BRIDGE-003] admixture: a drug only in the old fluid, a drug only in the new one', () => {
    // old: morphine 20 mg/mL + bupivacaine 10 mg/mL; new: morphine 10 mg/mL + clonidine 0.5 mg/mL; no bridge, 0.3 mL/day
    const path: FluidPath<Exact> = {
      layers: [{ volume: mL('0.25'), concentrations: [mgPerMl('20'), mgPerMl('10'), A.zero] }],
      reservoir: [mgPerMl('10'), A.zero, mgPerMl('0.5')],
    };
    // bupivacaine: 0.25 mL × 10 = 2.5 mg in the first day, 0 once flushed; clonidine: 0.05 mL × 0.5 = 0.025 mg first, 0.15 mg steady
    expect(doses(plan(continuous('0.3')), path)).toEqual([['5.5', '3'], ['2.5', '0'], ['0.15', '0.025']]);
  });

  it('[REQ-BRIDGE-003] patient boluses: an unbridged bolus pushes old fluid (double strength); the bridged program keeps the new worst', () => {
    // without a bridge: 0.34 mL pushed in the first 24 h = 0.25 × 20 + 0.09 × 10 = 5.9 mg
    const r = tipDose24h(A, plan(withPatientBolus(continuous('0.3'))), oneDrug('0.25', '20', '10'));
    expect(r?.patientBolusBound).toBe(true);
    expect(r?.drugs.map((x) => inMg(x.worst.value))).toEqual(['5.9']);
    // bridged (patient boluses from the new program's start on): 3 mg + 4 × 0.1 mg = 3.4 mg, the new program's own worst
    const bridged = plan(withPatientBolus(continuous('0.3')), [{ duration: n(144_000), flow: mLPerDay('0.15') }]);
    expect(doses(bridged, oneDrug('0.25', '20', '10'))).toEqual([['3.4', '3']]);
  });

  it('[REQ-BRIDGE-003] 10 → 20 mg/mL with patient boluses: early boluses can only bring the stronger fluid sooner, never above the new worst', () => {
    const bridged = plan(withPatientBolus(continuous('0.15')), [{ duration: n(72_000), flow: mLPerDay('0.3') }]);
    // new program: 3 mg/day + 4 × (0.01 mL × 20 mg/mL) = 3.8 mg
    expect(doses(bridged, oneDrug('0.25', '10', '20'))).toEqual([['3.8', '3']]);
  });

  it('[REQ-BRIDGE-003] a periodic bolus running at the program start is counted both ways', () => {
    // new program starts at 23:30 with a 0.01 mL bolus 23:00–01:00; same fluid everywhere: every window is ≤ 0.31 mL × 10
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: mLPerDay('0.3') }], periodicBoluses: [{ start: n(82_800), volume: mL('0.01'), duration: n(7_200) }] };
    // given: the window from the start holds 3/4 of the running bolus and 1/4 of the next: 3 + 0.1 = 3.1 mg;
    // not given: the first window holds only 1/4 of the next day's bolus: 3 + 0.025 = 3.025 mg
    expect(doses({ prefix: [], program: p, programClock: n(84_600) }, oneDrug('0.25', '10', '10'))).toEqual([['3.1', '3.025']]);
  });

  it('[REQ-BRIDGE-003] the patient-bolus bound is stated only for a program whose patient bolus can be taken', () => {
    // no patient bolus: the doses are the program's own (the contract's 5.5 and 3 mg), not a bound over patient boluses
    expect(tipDose24h(A, plan(continuous('0.3')), oneDrug('0.25', '20', '10'))?.patientBolusBound).toBe(false);
    // a patient bolus allowed 0 times a day adds nothing: the same 5.5 and 3 mg, and no bound
    const never: DailyProgram<Exact> = { ...continuous('0.3'), patientBolus: { volume: mL('0.01'), duration: n(600), lockout: n(14_400), maxPerDay: n(0) } };
    const r = tipDose24h(A, plan(never), oneDrug('0.25', '20', '10'));
    expect(r?.patientBolusBound).toBe(false);
    expect(r?.drugs.map((x) => [inMg(x.worst.value), inMg(x.least.value)])).toEqual([['5.5', '3']]);
  });

  it('[REQ-BRIDGE-003] undefined when the dead volume is never flushed', () => {
    const stopped: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: A.zero }], periodicBoluses: [] };
    expect(tipDose24h(A, plan(stopped), oneDrug('0.25', '20', '10'))).toBeUndefined();
  });
});
