import { describe, expect, it } from 'vitest';
import { bridge, decimalArithmetic as A, formatQuantity, quantity, type Exact } from '../../../core/index.js';
import { ok, refused, request } from './_bridge.js';

const mass = (x: Exact, unit: string, d: 'up' | 'down') => formatQuantity(quantity('mass', x), unit, d).text;
const doses = (r: ReturnType<typeof ok>) => r.drugs.map((d) => ({
  drug: d.drug, unit: d.unit,
  range: [mass(d.range.lower, d.unit, 'down'), mass(d.range.upper, d.unit, 'up')],
  tip: [mass(d.tip.worst24h, d.unit, 'up'), mass(d.tip.least24h, d.unit, 'down')],
  withoutBridge: [mass(d.withoutBridge.worst24h, d.unit, 'up'), mass(d.withoutBridge.least24h, d.unit, 'down')],
}));
const warned = (r: ReturnType<typeof ok>, code: string) => r.warnings.filter((w) => w.code === code).map((w) => [w.path, w.message]);
const zero = A.zero;

describe('bridge, the dead volume and the old fluid', () => {
  it('[REQ-BRIDGE-001] with no dead volume nothing old reaches the tip: the tip doses are the new program\'s, nothing is warned', () => {
    const req = request((j) => { j.pump.internalVolume = '0 mL'; });
    const r = ok(bridge({ ...req, catheter: { volume: quantity('volume', zero) } }));
    expect(r.deadVolume.isZero()).toBe(true);
    expect(doses(r)).toEqual([{ drug: 'morphine', unit: 'mg', range: ['3 mg', '3 mg'], tip: ['3 mg', '3 mg'], withoutBridge: ['3 mg', '3 mg'] }]);
    expect([r.overdoseWithoutBridge, r.underdoseWithoutBridge]).toEqual([false, false]);
    // the bridge flow is still computed (3 mg/day ÷ 20 mg/mL = 0.15 mL/day) but it runs for 0 s
    expect(r.bridge === undefined ? undefined : [A.toDecimalString(r.bridge.flow), A.toDecimalString(r.bridge.after)]).toEqual(['150', '0']);
    expect(r.warnings).toEqual([]);
  });
  it('[REQ-BRIDGE-001] a new program that delivers nothing never flushes the old fluid: DEAD_VOLUME_NEVER_FLUSHED', () => {
    const req = request();
    const r = bridge({ ...req, pump: { ...req.pump, minRate: quantity('flow', zero) },
      new: { ...req.new, therapy: { ...req.new.therapy, basal: { mode: 'continuous', dose: quantity('doseRate', zero) } } } });
    expect(refused(r)).toEqual([['DEAD_VOLUME_NEVER_FLUSHED', 'new.therapy', 'the new program delivers nothing, so the old fluid would never leave the catheter']]);
  });
});

describe('bridge, the bridge flow', () => {
  const clonidineOld = (rate: string) => request((j) => {
    j.old = { drugs: [{ drug: 'clonidine', concentration: '500 mcg/mL' }], rate };
    j.limits.clonidine = { maxDaily: '1000 mcg/day' };
  });
  it('[REQ-BRIDGE-004] old fluid without the prescribed drug runs at the old rate; below the pump minimum it is refused at old.rate', () => {
    expect(refused(bridge(clonidineOld('0.001 mL/day')))).toEqual([['RATE_BELOW_MINIMUM', 'old.rate',
      'the bridge flow 0.001 mL/day (the old fluid at the new dose, rounded toward less drug) is below the pump minimum 0.006 mL/day']]);
  });
  it('[REQ-BRIDGE-004] [REQ-BRIDGE-002] [REQ-XREFILL-003] old fluid without the prescribed drug at 0.1 mL/day: bridged for 0.25 ÷ 0.1 day = 2.5 days; no morphine reaches the tip meanwhile', () => {
    const r = ok(bridge(clonidineOld('0.1 mL/day')));
    expect(r.bridge === undefined ? undefined : [A.toDecimalString(r.bridge.flow), A.toDecimalString(r.bridge.after), r.bridge.rounded]).toEqual(['100', '216000', 'earlier']);
    expect(doses(r)).toEqual([
      // without the bridge the 0.25 mL of old fluid leaves at 0.3 mL/day in 20 h: the first day has 4 h of morphine, 0.5 mg
      { drug: 'morphine', unit: 'mg', range: ['0 mg', '3 mg'], tip: ['3 mg', '0 mg'], withoutBridge: ['3 mg', '0.5 mg'] },
      // 0.25 mL × 500 mcg/mL = 125 mcg in those 20 h; bridged, 0.1 mL/day × 500 mcg/mL = 50 mcg a day (its old daily dose)
      { drug: 'clonidine', unit: 'mcg', range: ['0 mcg', '50 mcg'], tip: ['50 mcg', '0 mcg'], withoutBridge: ['125 mcg', '0 mcg'] },
    ]);
    expect([r.overdoseWithoutBridge, r.underdoseWithoutBridge]).toEqual([true, false]);
    // [REQ-XREFILL-003] a window across the refill is worse still: the old fluid at 0.1 mL/day for 4 h, then the 0.25 mL at 0.3 mL/day in 20 h:
    // (0.1 / 6 + 0.25) mL × 500 mcg/mL = 133.3̅ mcg, printed up
    expect(warned(r, 'BRIDGE_REQUIRED')).toEqual([['old.drugs.0', 'clonidine: without a bridge the old fluid (500 mcg/mL) still in the 0.25 mL dead volume, pushed at the new rate, '
      + 'gives up to 133.333333334 mcg at the catheter tip in 24 h (a 24 h window across the refill: the old program\'s last hours, then the fluid pushed out from the refill on) (OVERDOSE; prescribed 0 mcg to 50 mcg); program the bridge']]);
    expect(warned(r, 'BRIDGE_TIP_DOSE_OUT_OF_RANGE')).toEqual([]);
  });
  it('[REQ-BRIDGE-004] a bridge flow above the pump maximum is refused at new.therapy, not clamped (3 mg/day from 2 mg/mL is 1.5 mL/day > 1 mL/day)', () => {
    const r = bridge(request((j) => {
      j.pump.maxRate = '1 mL/day';
      j.old = { drugs: [{ drug: 'morphine', concentration: '2 mg/mL' }], rate: '1 mL/day' };
    }));
    expect(refused(r)).toEqual([['RATE_ABOVE_MAXIMUM', 'new.therapy', 'the bridge flow 1.5 mL/day is above the pump maximum 1 mL/day; it is refused, not clamped']]);
  });
});

describe('bridge, drugs of one fluid only and admixture ratios', () => {
  it('[REQ-BRIDGE-002] [REQ-BRIDGE-006] a drug only in the old fluid: its range is 0 to its old daily dose, printed in mcg under 1 mg/mL', () => {
    const r = ok(bridge(request((j) => {
      j.old.drugs.push({ drug: 'clonidine', concentration: '500 mcg/mL' });
      j.limits.clonidine = { maxDaily: '1000 mcg/day' };
    })));
    expect(doses(r)[1]).toEqual({ drug: 'clonidine', unit: 'mcg', range: ['0 mcg', '75 mcg'], tip: ['75 mcg', '0 mcg'], withoutBridge: ['125 mcg', '0 mcg'] });
    expect(warned(r, 'BRIDGE_REQUIRED').map(([p]) => p)).toEqual(['old.drugs.0', 'old.drugs.1']);
  });
  const ratioChange = (ceiling: string) => request((j) => {
    // old: morphine 20 mg/mL with clonidine 2000 mcg/mL at 0.1 mL/day; new: 10 mg/mL with 100 mcg/mL at 3 mg/day (0.3 mL/day)
    j.old = { drugs: [{ drug: 'morphine', concentration: '20 mg/mL' }, { drug: 'clonidine', concentration: '2000 mcg/mL' }], rate: '0.1 mL/day' };
    j.new.drugs.push({ drug: 'clonidine', concentration: '100 mcg/mL' });
    j.limits.clonidine = { maxDaily: ceiling };
  });
  it('[REQ-BRIDGE-002] [REQ-BRIDGE-003] the bridge follows the prescribed drug: the admixture drug whose ratio changed gets 300 mcg a day, above its range: warned', () => {
    const r = ok(bridge(ratioChange('1000 mcg/day')));
    // bridge 3 mg/day ÷ 20 mg/mL = 0.15 mL/day of old fluid: clonidine 0.15 × 2000 = 300 mcg/day; range 0.3 × 100 = 30 to 0.1 × 2000 = 200 mcg
    expect(doses(r)[1]).toEqual({ drug: 'clonidine', unit: 'mcg', range: ['30 mcg', '200 mcg'], tip: ['300 mcg', '30 mcg'], withoutBridge: ['505 mcg', '30 mcg'] });
    expect(warned(r, 'BRIDGE_TIP_DOSE_OUT_OF_RANGE')).toEqual([['old.drugs.1', 'clonidine: with the bridge some 24 h window at the catheter tip gets up to 300 mcg, outside the prescribed 30 mcg to 200 mcg']]);
  });
  it('[REQ-DOSE-005] [REQ-BRIDGE-002] the bridged tip dose is held against the ceilings: 300 mcg/day of clonidine over a 250 mcg/day ceiling is refused', () => {
    expect(refused(bridge(ratioChange('250 mcg/day')))).toEqual([['PRESCRIBER_LIMIT_EXCEEDED', 'limits.clonidine.maxDaily',
      'clonidine: the most the program can deliver in any 24 h, 300 mcg, exceeds the prescriber ceiling 250 mcg/day']]);
  });
});

describe('bridge, refusals before any planning', () => {
  it('[REQ-BRIDGE-004] a fixed-rate pump cannot run a bridge: WRONG_PUMP_KIND at pump, saying why', () => {
    const r = bridge(request((j) => {
      j.pump = { kind: 'fixed-rate', reservoir: '20 mL', lowReservoirAlarm: '2 mL', nominalFlow: '0.3 mL/day', flowTolerance: '15 %', internalVolume: '0.2 mL' };
      j.new.drugs = [{ drug: 'morphine' }];
    }));
    expect(refused(r)).toEqual([['WRONG_PUMP_KIND', 'pump',
      'a fixed-rate pump delivers one flow: it cannot run a bridge, and its dose changes only by emptying and refilling with another concentration']]);
  });
  it('[REQ-BRIDGE-001] an old drug without a concentration is named, together with compile\'s refusals of the new fluid (re-rooted)', () => {
    const req = request();
    const r = bridge({ ...req, old: { ...req.old, drugs: [{ drug: 'morphine' }] }, new: { ...req.new, drugs: [{ drug: 'morphine' }] } });
    expect(refused(r)).toEqual([
      ['MISSING_CONCENTRATION', 'old.drugs.0.concentration', 'the old fluid\'s "morphine" has no concentration; the tip dose of the old fluid needs it'],
      ['MISSING_CONCENTRATION', 'new.drugs.0.concentration', '"morphine" has no concentration'],
    ]);
  });
});
