import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import type { FluidPath } from '../../../../core/kernel/bridge/DeliveryPlan.js';
import { timeUntilPumped } from '../../../../core/kernel/bridge/timeUntilPumped.js';
import { tipMass } from '../../../../core/kernel/bridge/tipMass.js';
import { continuous, inMg, mL, mLPerDay, mgPerMl, n } from '../_base.js';

const path: FluidPath<Exact> = { layers: [{ volume: mL('0.25'), concentrations: [mgPerMl('20')] }], reservoir: [mgPerMl('10')] };
const plan = { prefix: [], program: continuous('0.3'), programClock: A.zero };

describe('tipMass', () => {
  it('[REQ-BRIDGE-001] the mass at the tip follows the queue: old fluid first, then new', () => {
    const at = (s: number): string => inMg(tipMass(A, plan, path, n(s))[0]?.atMost.value ?? A.zero);
    expect(at(0)).toBe('0');
    expect(at(43_200)).toBe('3'); // 0.15 mL of 20 mg/mL
    expect(at(72_000)).toBe('5'); // 0.25 mL: the dead volume is out
    expect(at(86_400)).toBe('5.5');
    expect(at(172_800)).toBe('8.5');
  });

  it('[REQ-BRIDGE-001] a mass with no finite decimal is bracketed by its two roundings', () => {
    const m = tipMass(A, plan, path, n(1))[0];
    // 1 s at 0.3 mL/day of 20 mg/mL: 6 mg/day × 1 s = 6 000 000 ng/day × 1 s = 6 000 000 base units (exact)
    expect(A.toDecimalString(m?.atMost.value ?? A.zero)).toBe('6000000');
    expect(m?.atMost.changed).toBe(false);
  });

  it('[REQ-BRIDGE-001] a periodic bolus the clock started before the program is not given', () => {
    // program from 23:30 at 0.3 mL/day with 0.01 mL over 23:00–01:00 every day: by 01:00 (5400 s) only the basal moved
    // 0.3 mL/day × 1.5 h = 0.01875 mL of 20 mg/mL = 0.375 mg (given, the bolus's last 3/4, 0.0075 mL, would add 0.15 mg)
    const p = { steps: [{ start: A.zero, flow: mLPerDay('0.3') }], periodicBoluses: [{ start: n(82_800), volume: mL('0.01'), duration: n(7_200) }] };
    const m = tipMass(A, { prefix: [], program: p, programClock: n(84_600) }, path, n(5_400))[0];
    expect([inMg(m?.atMost.value ?? A.zero), inMg(m?.atLeast.value ?? A.zero)]).toEqual(['0.375', '0.375']);
  });
});

describe('timeUntilPumped', () => {
  it('[REQ-BRIDGE-001] [REQ-ROUND-004] 0.25 mL at 0.3 mL/day arrives after 20 h; after a bridge 0.15 mL/day for 40 h it is out at 40 h', () => {
    expect(A.toDecimalString(timeUntilPumped(A, plan, mL('0.25'))?.earliest.value ?? A.zero)).toBe('72000');
    const bridged = { prefix: [{ duration: n(144_000), flow: mLPerDay('0.15') }], program: continuous('0.3'), programClock: A.zero };
    expect(A.toDecimalString(timeUntilPumped(A, bridged, mL('0.25'))?.earliest.value ?? A.zero)).toBe('144000');
  });

  it('[REQ-ROUND-004] a time with no whole second is bracketed: earliest down, latest up', () => {
    // 0.0001 mL at 0.3 mL/day: 28.8 s
    const t = timeUntilPumped(A, plan, mL('0.0001'));
    expect(A.toDecimalString(t?.earliest.value ?? A.zero)).toBe('28');
    expect(A.toDecimalString(t?.latest.value ?? A.zero)).toBe('29');
  });

  it('[REQ-BRIDGE-001] never, when nothing is delivered', () => {
    const stopped = { prefix: [], program: { steps: [{ start: A.zero, flow: A.zero }], periodicBoluses: [] }, programClock: A.zero };
    expect(timeUntilPumped(A, stopped, mL('0.25'))).toBeUndefined();
  });
});
