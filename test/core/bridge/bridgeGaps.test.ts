import { describe, expect, it } from 'vitest';
import { bridge, decimalArithmetic as A, formatQuantity, quantity } from '../../../core/index.js';
import { ok, refused, request } from './_bridge.js';

const warned = (r: ReturnType<typeof ok>, code: string) => r.warnings.filter((w) => w.code === code).map((w) => [w.path, w.message]);
const flow = (r: ReturnType<typeof ok>) => (r.bridge === undefined ? undefined : formatQuantity(quantity('flow', r.bridge.flow), 'mL/day', 'down').text);

describe('bridge, what compile rounded in the new program', () => {
  it('[REQ-ROUND-002] [REQ-BRIDGE-006] [REQ-XREFILL-003] 1 mg/day from 3 mg/mL: compile\'s floor to 0.333 mL/day is recorded under program.newProgram, and the ceiling the unbridged change breaks is named', () => {
    const r = ok(bridge(request((j) => {
      j.new = { drugs: [{ drug: 'morphine', concentration: '3 mg/mL' }], therapy: { mode: 'continuous', drug: 'morphine', dose: '1 mg/day' } };
    })));
    // 1 ÷ 3 = 0.333... mL/day, floored to the 0.001 mL/day grid: 0.333 mL/day (shown from above as 0.333333334)
    expect(r.roundings[0]).toEqual({ what: 'program.newProgram.steps.0.rate', from: '≈0.333333334 mL/day', to: '0.333 mL/day', direction: 'toward less drug',
      why: 'dose ÷ concentration is not a multiple of the pump rate resolution 0.001 mL/day' });
    // compile's rounding warning is said of the new program, where the rounding now is
    expect(r.warnings.filter((w) => w.code === 'ROUNDED_TOWARD_LESS_DRUG')).toEqual([
      { code: 'ROUNDED_TOWARD_LESS_DRUG', path: 'program.newProgram', message: 'program.newProgram.steps.0.rate: ≈0.333333334 mL/day → 0.333 mL/day (toward less drug)' },
      { code: 'ROUNDED_TOWARD_LESS_DRUG', path: 'program.steps.0.rate', message: 'the bridge flow was rounded down to 0.049 mL/day (toward less drug)' },
    ]);
    // the bridge: 0.333 × 3 = 0.999 mg/day from 20 mg/mL is 0.04995, floored to 0.049 mL/day
    expect(flow(r)).toBe('0.049 mL/day');
    // without a bridge: 0.25 mL × 20 = 5 mg, then (0.333 − 0.25) mL × 3 = 0.249 mg in the rest of the first day: 5.249 mg > 5 mg/day;
    // the range runs from the new 0.999 mg to the old 0.15 × 20 = 3 mg.
    // [REQ-XREFILL-003] across the refill it is worse: the old fluid at 0.15 mL/day for the 0.25/0.333 day before the dead volume is out, then
    // 0.25 mL of it: (0.15 × 83/333 + 0.25) mL × 20 mg/mL = 5.747747747... mg, printed up; above the old 3 mg/day, so the ceiling sees it too
    expect(warned(r, 'BRIDGE_REQUIRED')).toEqual([['old.drugs.0', 'morphine: without a bridge the old fluid (20 mg/mL) still in the 0.25 mL dead volume, pushed at the new rate, '
      + 'gives up to 5.747747748 mg at the catheter tip in 24 h (a 24 h window across the refill: the old program\'s last hours, then the fluid pushed out from the refill on) (OVERDOSE; prescribed 0.999 mg to 3 mg); it would break a ceiling: '
      + 'PRESCRIBER_LIMIT_EXCEEDED (morphine: the most the program can deliver in any 24 h, 5.747747748 mg, exceeds the prescriber ceiling 5 mg/day); program the bridge']]);
  });
});

describe('bridge, each drug is told its own broken ceilings', () => {
  it('[REQ-BRIDGE-006] [REQ-DOSE-005] [REQ-XREFILL-003] 100 mg/mL morphine with 1 mg/mL clonidine: each BRIDGE_REQUIRED names the ceilings of its drug only, library and prescriber', () => {
    const r = ok(bridge(request((j) => {
      j.old = { drugs: [{ drug: 'morphine', concentration: '100 mg/mL' }, { drug: 'clonidine', concentration: '1000 mcg/mL' }], rate: '0.03 mL/day' };
      j.limits.clonidine = { maxDaily: '200 mcg/day' };
    })));
    // clonidine is only in the old fluid at exactly 1 mg/mL: printed in mg
    expect(r.drugs.map((d) => d.unit)).toEqual(['mg', 'mg']);
    // morphine: 0.25 mL × 100 = 25 mg, then (0.3 − 0.25) mL × 10 = 0.5 mg: 25.5 mg, over the library's 15 and 20 mg/day and the prescriber's 5 mg/day;
    // clonidine: 0.25 mL × 1 mg/mL = 0.25 mg over its 200 mcg/day; its range is 0 to 0.03 × 1 = 0.03 mg
    const soft = 'SOFT_LIMIT_EXCEEDED (morphine: the most the program can deliver in any 24 h, 25.5 mg, exceeds the soft limit 15 mg/day (PACC 2012 (Deer et al., Neuromodulation 2012;15:436-466), '
      + 'unverified: PACC maximum daily dose as commonly cited, not checked against the paper\'s table); also above 20 mg/day (Infumorph label: label: "caution with doses above 20 mg/day"); '
      + 'to proceed, add to overrides { "code": "SOFT_LIMIT_EXCEEDED", "drug": "morphine", "limit": "maxDaily", "upTo": "25.5 mg/day", "reason": "..." } (upTo: the most you allow, at least 25.5 mg/day))';
    expect(warned(r, 'BRIDGE_REQUIRED')).toEqual([
      ['old.drugs.0', 'morphine: without a bridge the old fluid (100 mg/mL) still in the 0.25 mL dead volume, pushed at the new rate, gives up to 25.5 mg at the catheter tip in 24 h '
        + `(OVERDOSE; prescribed 3 mg to 3 mg); it would break a ceiling: ${soft}; `
        + 'PRESCRIBER_LIMIT_EXCEEDED (morphine: the most the program can deliver in any 24 h, 25.5 mg, exceeds the prescriber ceiling 5 mg/day); program the bridge'],
      // [REQ-XREFILL-003] clonidine across the refill: 0.03 mL/day for the 4 h before, then the 0.25 mL: (0.005 + 0.25) mL × 1 mg/mL = 0.255 mg
      ['old.drugs.1', 'clonidine: without a bridge the old fluid (1 mg/mL) still in the 0.25 mL dead volume, pushed at the new rate, gives up to 0.255 mg at the catheter tip in 24 h (a 24 h window across the refill: the old program\'s last hours, then the fluid pushed out from the refill on) '
        + '(OVERDOSE; prescribed 0 mg to 0.03 mg); it would break a ceiling: PRESCRIBER_LIMIT_EXCEEDED (clonidine: the most the program can deliver in any 24 h, 255 mcg, exceeds the prescriber ceiling 200 mcg/day); program the bridge'],
    ]);
  });
  it('[REQ-DOSE-005] a drug only in the new fluid is checked at its new.drugs path: compile\'s NOT_IN_LIBRARY there is not repeated', () => {
    const r = ok(bridge(request((j) => {
      j.new.drugs.push({ drug: 'fooamine', concentration: '1 mg/mL' });
      j.limits.fooamine = { maxDaily: '1 mg/day' };
    })));
    expect(warned(r, 'NOT_IN_LIBRARY')).toEqual([['new.drugs.1.drug', '"fooamine" is not in the drug library (version 1.3.0); only the prescriber ceiling limits.fooamine.maxDaily bounds it']]);
  });
});

describe('bridge, when a bridge is planned and its rate bounds', () => {
  it('[REQ-BRIDGE-001] the same fluid again needs no bridge: none is planned, nothing is rounded', () => {
    const r = ok(bridge(request((j) => { j.old.drugs = [{ drug: 'morphine', concentration: '10 mg/mL' }]; j.old.rate = '0.3 mL/day'; })));
    expect([r.bridge, r.roundings, r.warnings]).toEqual([undefined, [], []]);
    expect('bridge' in r).toBe(false);
  });
  it('[REQ-BRIDGE-004] the prescribed drug unchanged but a drug added: still a change of fluid, bridged (3 mg/day ÷ 20 mg/mL = 0.15 mL/day)', () => {
    const r = ok(bridge(request((j) => {
      j.new.drugs = [{ drug: 'morphine', concentration: '20 mg/mL' }, { drug: 'clonidine', concentration: '100 mcg/mL' }];
      j.limits.clonidine = { maxDaily: '1000 mcg/day' };
    })));
    expect(flow(r)).toBe('0.15 mL/day');
  });
  it('[REQ-BRIDGE-005] 0.25 mL at 0.15 mL/day is exactly 2400 min: the switch is not rounded, nothing is recorded', () => {
    const r = ok(bridge(request()));
    expect(r.bridge === undefined ? undefined : A.toDecimalString(r.bridge.after)).toBe('144000');
    expect(r.roundings).toEqual([]);
    // the limits are compile's, then the ceilings checked on the bridged tip: its worst is the new 3 mg/day
    expect(r.limits.slice(0, r.newProgram.limits.length)).toEqual(r.newProgram.limits);
    const tip = r.limits.slice(r.newProgram.limits.length);
    expect(tip).toContainEqual(expect.objectContaining({ drug: 'morphine', strength: 'prescriber', kind: 'maxDaily', checked: '3 mg' }));
    expect(tip.every((l) => l.checked === '3 mg')).toBe(true);
  });
  it('[REQ-BRIDGE-004] a bridge flow exactly at the pump minimum (0.006 mL/day) or maximum (1.5 mL/day) is accepted', () => {
    const atMin = ok(bridge(request((j) => {
      j.old = { drugs: [{ drug: 'clonidine', concentration: '500 mcg/mL' }], rate: '0.006 mL/day' };
      j.limits.clonidine = { maxDaily: '1000 mcg/day' };
    })));
    expect(flow(atMin)).toBe('0.006 mL/day');
    // 3 mg/day ÷ 2 mg/mL = 1.5 mL/day
    const atMax = ok(bridge(request((j) => {
      j.pump.maxRate = '1.5 mL/day';
      j.old = { drugs: [{ drug: 'morphine', concentration: '2 mg/mL' }], rate: '1 mL/day' };
    })));
    expect(flow(atMax)).toBe('1.5 mL/day');
  });
  it('[REQ-BRIDGE-004] a new dose so small that its flow of old fluid floors to nothing (0.006 mg/day ÷ 100 mg/mL = 0.00006 mL/day): refused as a 0 mL/day bridge', () => {
    const r = bridge(request((j) => {
      j.old = { drugs: [{ drug: 'morphine', concentration: '100 mg/mL' }], rate: '0.03 mL/day' };
      j.new = { drugs: [{ drug: 'morphine', concentration: '1 mg/mL' }], therapy: { mode: 'continuous', drug: 'morphine', dose: '0.006 mg/day' } };
    }));
    expect(refused(r)).toEqual([['RATE_BELOW_MINIMUM', 'new.therapy',
      'the bridge flow 0 mL/day (the old fluid at the new dose, rounded toward less drug) is below the pump minimum 0.006 mL/day']]);
  });
  it('[REQ-BRIDGE-004] a bridge flow below the minimum is refused alone: the unbridged tip over a ceiling is not checked as if it were the plan', () => {
    // without the bridge 0.25 mL × 500 mcg/mL = 125 mcg would break 100 mcg/day, but the refusal is the rate's only
    const r = bridge(request((j) => {
      j.old = { drugs: [{ drug: 'clonidine', concentration: '500 mcg/mL' }], rate: '0.001 mL/day' };
      j.limits.clonidine = { maxDaily: '100 mcg/day' };
    }));
    expect(refused(r)).toEqual([['RATE_BELOW_MINIMUM', 'old.rate',
      'the bridge flow 0.001 mL/day (the old fluid at the new dose, rounded toward less drug) is below the pump minimum 0.006 mL/day']]);
  });
});

describe('bridge, the printed doses of its warnings', () => {
  it('[REQ-BRIDGE-006] [REQ-BRIDGE-002] [REQ-XREFILL-003] a worst tip dose with no finite decimal form is printed upward, without and with the bridge', () => {
    const r = ok(bridge(request((j) => {
      j.old = { drugs: [{ drug: 'morphine', concentration: '20 mg/mL' }, { drug: 'clonidine', concentration: '2000.000000001 mcg/mL' }], rate: '0.1 mL/day' };
      j.new.drugs.push({ drug: 'clonidine', concentration: '100 mcg/mL' });
      j.limits.clonidine = { maxDaily: '1000 mcg/day' };
    })));
    // the tip's worst is rounded up to the base mass unit, 1/86 400 000 mcg (0.001 mL/day × 1 mcg/mL × 1 s):
    // without the bridge 0.25 mL × 2000.000000001 + 0.05 mL × 100 = 505.00000000025 mcg = 43 632 000 000.0216 units, up to 43 632 000 001: 505.0000000115740... mcg;
    // bridged 0.15 mL/day × 2000.000000001 = 300.00000000015 mcg = 25 920 000 000.01296 units, up to 25 920 000 001: 300.0000000115740... mcg;
    // printed up at 1e-9 mcg; the range 0.3 × 100 = 30 to 0.1 × 2000.000000001 = 200.0000000001 mcg is printed exactly
    // [REQ-XREFILL-003] without the bridge a window across the refill is worse: the old fluid at 0.1 mL/day for the 4 h before the
    // 0.25 mL leaves at 0.3 mL/day: (0.1 / 6 + 0.25) mL × 2000.000000001 = 533.33333333360 mcg, up to the base unit and printed up
    expect(warned(r, 'BRIDGE_REQUIRED')[1]).toEqual(['old.drugs.1', 'clonidine: without a bridge the old fluid (2000.000000001 mcg/mL) still in the 0.25 mL dead volume, pushed at the new rate, '
      + 'gives up to 533.333333345 mcg at the catheter tip in 24 h (a 24 h window across the refill: the old program\'s last hours, then the fluid pushed out from the refill on) (OVERDOSE; prescribed 30 mcg to 200.0000000001 mcg); program the bridge']);
    expect(warned(r, 'BRIDGE_TIP_DOSE_OUT_OF_RANGE')).toEqual([['old.drugs.1',
      'clonidine: with the bridge some 24 h window at the catheter tip gets up to 300.000000012 mcg, outside the prescribed 30 mcg to 200.0000000001 mcg']]);
  });
  it('[REQ-BRIDGE-002] [REQ-BRIDGE-003] a new flex program whose worst 24 h has no finite decimal form: the upper end of the prescribed range is printed upward in both warnings', () => {
    const r = ok(bridge(request((j) => {
      j.catheter = { length: '90 cm', volumePerLength: '0.0026 mL/cm' };
      j.new.therapy = { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '3 mg/day' }, { start: '01:00', dose: '3.01 mg/day' }, { start: '02:00', dose: '3 mg/day' }] };
    })));
    // the new worst 24 h is one day of the program: (23 × 3 + 3.01) ÷ 24 = 3.000416666... mg, above the old 0.15 × 20 = 3 mg: printed up, 3.000416667 mg
    const prescribed = (code: string) => warned(r, code).map(([p, m]) => [p, m?.slice(m.indexOf('prescribed'))]);
    expect(prescribed('BRIDGE_REQUIRED')).toEqual([['old.drugs.0', 'prescribed 3 mg to 3.000416667 mg); it would break a ceiling: '
      // the 0.434 mL dead volume outlasts a day: the first day is all old fluid, (23 × 0.3 + 0.301) ÷ 24 mL × 20 mg/mL = 6.000833333... mg, printed up
      + 'PRESCRIBER_LIMIT_EXCEEDED (morphine: the most the program can deliver in any 24 h, 6.000833334 mg, exceeds the prescriber ceiling 5 mg/day); program the bridge']]);
    expect(prescribed('BRIDGE_TIP_DOSE_OUT_OF_RANGE')).toEqual([['old.drugs.0', 'prescribed 3 mg to 3.000416667 mg (a window mixing old and new fluid, or a rate rounded toward less drug)']]);
  });
  it('[REQ-BRIDGE-002] 10 → 20 mg/mL at 3 mg/day without a bridge: the first day gets only the 0.15 mL of old fluid, 1.5 mg, warned as an UNDERDOSE', () => {
    const r = ok(bridge(request((j) => {
      j.old = { drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }], rate: '0.3 mL/day' };
      j.new.drugs = [{ drug: 'morphine', concentration: '20 mg/mL' }];
    })));
    expect([r.overdoseWithoutBridge, r.underdoseWithoutBridge]).toEqual([false, true]);
    expect(warned(r, 'BRIDGE_REQUIRED')).toEqual([['old.drugs.0', 'morphine: without a bridge the old fluid (10 mg/mL) still in the 0.25 mL dead volume, pushed at the new rate, '
      + 'gives as little as 1.5 mg at the catheter tip in 24 h (UNDERDOSE; prescribed 3 mg to 3 mg); program the bridge']]);
  });
});
