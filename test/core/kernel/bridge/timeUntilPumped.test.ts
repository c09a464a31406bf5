import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import type { DailyProgram } from '../../../../core/kernel/DailyProgram.js';
import type { DeliveryPlan } from '../../../../core/kernel/bridge/DeliveryPlan.js';
import { timeUntilPumped } from '../../../../core/kernel/bridge/timeUntilPumped.js';
import { continuous, mL, mLPerDay, n } from '../_base.js';

const seconds = (p: DeliveryPlan<Exact>, volume: Exact): string[] => {
  const t = timeUntilPumped(A, p, volume);
  if (t === undefined) throw new Error('never pumped');
  return [A.toDecimalString(t.earliest.value), A.toDecimalString(t.latest.value)];
};

describe('timeUntilPumped', () => {
  it('[REQ-BRIDGE-001] a flush that takes more than a day: 0.25 mL at 0.15 mL/day is out after 5/3 day = 40 h', () => {
    expect(seconds({ prefix: [], program: continuous('0.15'), programClock: A.zero }, mL('0.25'))).toEqual(['144000', '144000']);
    // after a prefix moving 0.125 mL (20 h at 0.15 mL/day), the other 0.125 mL at 0.1 mL/day takes 1.25 day = 30 h: 50 h in all
    const bridged = { prefix: [{ duration: n(72_000), flow: mLPerDay('0.15') }], program: continuous('0.1'), programClock: A.zero };
    expect(seconds(bridged, mL('0.25'))).toEqual(['180000', '180000']);
  });

  it('[REQ-BRIDGE-001] a periodic bolus the clock started before the program is not given: only what the program starts moves the queue', () => {
    // program from 23:30 at 0.3 mL/day with 0.01 mL over 23:00–01:00 every day: the bolus running at 23:30 is not given,
    // so 0.25 mL takes 0.25 ÷ 0.3 day = 20 h, until 19:30, before the next bolus at 23:00
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: mLPerDay('0.3') }], periodicBoluses: [{ start: n(82_800), volume: mL('0.01'), duration: n(7_200) }] };
    expect(seconds({ prefix: [], program: p, programClock: n(84_600) }, mL('0.25'))).toEqual(['72000', '72000']);
  });
});
