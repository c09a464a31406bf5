import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import type { FluidPath } from '../../../../core/kernel/bridge/DeliveryPlan.js';
import { timeUntilPumped } from '../../../../core/kernel/bridge/timeUntilPumped.js';
import { tipDose24h } from '../../../../core/kernel/bridge/tipDose24h.js';
import { primingBolus } from '../../../../core/kernel/priming/primingBolus.js';
import { continuous, d, inMg, mL, mLPerDay, mgPerMl } from '../_base.js';

const microGrid = d('86.4'); // 0.000001 mL

describe('primingBolus', () => {
  it('[REQ-PRIME-002] 0.25 mL (0.2 mL internal + 0.05 mL catheter) at 1 mL/h takes 15 min', () => {
    const p = primingBolus(A, mL('0.25'), mLPerDay('24'), microGrid);
    expect(A.toDecimalString(p.seconds)).toBe('900');
    expect(A.toDecimalString(p.volume.value)).toBe(A.toDecimalString(mL('0.25')));
    expect(p.volume.changed).toBe(false);
  });

  it('[REQ-PRIME-002] [REQ-ROUND-002] the volume is floored to the grid, the duration rounded up to the second', () => {
    // 0.434 mL on a 0.01 mL grid: 0.43 mL; at 1 mL/h: 1548 s exactly; 0.4341 mL → 0.43 too
    const p = primingBolus(A, mL('0.4341'), mLPerDay('24'), mL('0.01'));
    expect(A.toDecimalString(p.volume.value)).toBe(A.toDecimalString(mL('0.43')));
    expect(A.toDecimalString(p.seconds)).toBe('1548');
    // 0.000001 mL more than a whole second's worth: one more second
    const q = primingBolus(A, mL('0.250001'), mLPerDay('24'), microGrid);
    expect(A.toDecimalString(q.seconds)).toBe('901');
  });

  it('[REQ-PRIME-002] [REQ-PRIME-003] empty catheter: no drug at the tip during priming; drug arrives when the primed volume is out', () => {
    const p = primingBolus(A, mL('0.25'), mLPerDay('24'), microGrid);
    const plan = { prefix: [p.segment], program: continuous('0.3'), programClock: A.zero };
    expect(A.toDecimalString(timeUntilPumped(A, plan, mL('0.25'))?.earliest.value ?? A.zero)).toBe('900');
    const empty: FluidPath<Exact> = { layers: [{ volume: mL('0.25'), concentrations: [A.zero] }], reservoir: [mgPerMl('10')] };
    // least: the first 24 h from the start of priming: 15 min of priming (no drug) + 23.75 h at 0.3 mL/day × 10 mg/mL
    const r = tipDose24h(A, plan, empty);
    expect(r?.drugs.map((x) => [inMg(x.worst.value), inMg(x.least.value)])).toEqual([['3', '2.96875']]);
  });

  it('[REQ-PRIME-003] catheter full of drug: the priming bolus delivers 0.25 mL × 10 mg/mL = 2.5 mg in 15 min', () => {
    const p = primingBolus(A, mL('0.25'), mLPerDay('24'), microGrid);
    const plan = { prefix: [p.segment], program: continuous('0.3'), programClock: A.zero };
    const full: FluidPath<Exact> = { layers: [{ volume: mL('0.25'), concentrations: [mgPerMl('10')] }], reservoir: [mgPerMl('10')] };
    // worst: 2.5 mg + 23.75 h × 3 mg/day = 5.46875 mg
    const r = tipDose24h(A, plan, full);
    expect(r?.drugs.map((x) => [inMg(x.worst.value), inMg(x.least.value)])).toEqual([['5.46875', '3']]);
  });
});
