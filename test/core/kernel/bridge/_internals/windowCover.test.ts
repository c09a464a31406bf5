import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type DeliveryPlan, type Exact, type FluidPath } from '../../../../../core/index.js';
import { tipDoseScan } from '../../../../../core/kernel/bridge/_internals/tipDoseScan.js';
import { planScale } from '../../../../../core/kernel/bridge/_internals/planCurve.js';
import { planVolume } from '../../../../../core/kernel/bridge/_internals/planVolume.js';
import { patientTrain } from '../../../../../core/kernel/bridge/_internals/patientTrain.js';
import { windowCover } from '../../../../../core/kernel/bridge/_internals/windowCover.js';

const ML = 86_400_000n; // base volume units per mL
const DAY = 86_400n;
/** `days` × 0.3 mL (the program's daily volume), in base units. */
const days = (d: string): Exact => A.floorDiv(A.mul(A.fromDecimalString(d), A.fromInteger(3n * ML)), A.fromInteger(10n));
const c = (x: bigint): Exact => A.fromInteger(x);
const both = (plan: DeliveryPlan<Exact>, path: FluidPath<Exact>) =>
  (['where needed', 'every start'] as const).map((m) => tipDoseScan(A, plan, path, m)?.drugs.map((d) => [A.toDecimalString(d.worst.value), A.toDecimalString(d.least.value)]));

/** 0.3 mL/day from the refill at 01:00; from the tip: no drug (0.37 days), 5 (3.1 days), 10 (0.4 days), then no drug. */
const plan: DeliveryPlan<Exact> = { prefix: [], program: { steps: [{ start: A.zero, flow: c(300n) }], periodicBoluses: [] }, programClock: c(3600n) };
const path: FluidPath<Exact> = {
  layers: [{ volume: days('0.37'), concentrations: [A.zero] }, { volume: days('3.1'), concentrations: [c(5n)] }, { volume: days('0.4'), concentrations: [c(10n)] }],
  reservoir: [A.zero],
};

describe('windowCover: blocks cut at every corner, stretches read whole', () => {
  it('[REQ-WORK-001] [REQ-BRIDGE-001] a worst window whose end meets a layer bound days into the flush is found: 0.4 day of 10 and 0.6 day of 5 (2.1 units of mass per mL a day)', () => {
    const [needed, every] = both(plan, path);
    expect(needed).toEqual([['181440000', '0']]); // 2.1 × 86 400 000
    expect(needed).toEqual(every);
  });

  it('[REQ-WORK-001] [REQ-BRIDGE-001] with patient boluses (the queue start anywhere from no earlier bolus to every one, the most moved on by the patient allowance too) the chosen starts give what every start gives', () => {
    const withPatient: DeliveryPlan<Exact> = {
      ...plan,
      program: { ...plan.program, patientBolus: { volume: days('0.4'), duration: c(600n), lockout: c(4n * 3600n), maxPerDay: c(2n) } },
    };
    const [needed, every] = both(withPatient, path);
    expect(needed).toEqual(every);
    expect(needed?.[0]?.[0]).not.toBe('181440000'); // the allowance changes the worst
  });

  it('[REQ-WORK-001] the work does not grow with the days the flush takes: 1000 mL at 0.006 mL/day (about 457 years)', () => {
    const slow: DeliveryPlan<Exact> = { prefix: [{ duration: c(90n * DAY), flow: c(6n) }], program: { steps: [{ start: A.zero, flow: c(6n) }], periodicBoluses: [] }, programClock: A.zero };
    const deep: FluidPath<Exact> = {
      layers: [{ volume: c(400n * ML), concentrations: [c(7n)] }, { volume: c(1n * ML), concentrations: [c(20n)] }, { volume: c(599n * ML), concentrations: [c(3n)] }],
      reservoir: [c(10n)],
    };
    const scale = planScale(A, slow);
    const volume = planVolume(A, slow, false, scale);
    const steadyFrom = tipDoseScan(A, slow, deep, 'where needed')?.steadyFrom ?? A.zero;
    const cover = windowCover(A, { plan: slow, volume, train: patientTrain(A, undefined, volume.programStart, scale), daily: A.mul(c(6n * 86_400n), scale), patientInWindow: A.zero, steadyFrom });
    const scanned = cover.blocks.reduce((s, [u, w]) => A.add(s, A.sub(w, u)), A.zero);
    expect(A.compare(steadyFrom, A.mul(c(100_000n), c(DAY)))).toBe(1); // more than 100 000 days of window starts
    expect(cover.blocks.length).toBeLessThanOrEqual(2); // the bridge step's end and the program's start
    expect(cover.stretches).toHaveLength(2); // inside the bridge step, and from a day after the program's start
    expect(A.compare(scanned, A.mul(c(3n), c(DAY)))).toBeLessThanOrEqual(0); // at most three days of starts cut at every corner
    const r = tipDoseScan(A, slow, deep, 'where needed');
    // the worst window: a day of the 20 (per mL) layer at 0.006 mL/day
    expect(r?.drugs.map((d) => A.toDecimalString(d.worst.value))).toEqual([A.toDecimalString(A.mul(c(20n), c(6n * 86_400n)))]);
  });
});
