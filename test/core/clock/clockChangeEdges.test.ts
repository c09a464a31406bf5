import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { clockChange } from '../../../core/index.js';
import { decodeClockChangeRequest } from '../../../spec/codecs/index.js';

const request = (jump: string, maxDaily?: string, at = '12:00') => {
  const r = decodeClockChangeRequest({
    pump: { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' },
    reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
    // 2 mg/day from 00:00 to 12:00, 4 mg/day from 12:00: 3 mg a day
    therapy: { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '2 mg/day' }, { start: '12:00', dose: '4 mg/day' }] },
    ...(maxDaily === undefined ? {} : { limits: { morphine: { maxDaily } } }),
    clockChange: { at, jump },
  });
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

describe('clockChange, edges', () => {
  it('[REQ-CLOCK-002] compile\'s refusal of the program is the clock change\'s refusal', () => {
    const r = clockChange({ ...request('-1 h'), therapy: { ...request('-1 h').therapy, drug: 'baclofen' } });
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['DRUG_NOT_IN_RESERVOIR', 'therapy.drug']]);
  });
  it('[REQ-CLOCK-001] [REQ-CLOCK-002] set back 12 h at 12:00 the 2 mg/day half repeats: a real 24 h window gets as little as 2 mg', () => {
    const r = clockChange(request('-12 h'));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    const w = r.right.warnings.find((x) => x.code === 'CLOCK_CHANGE_ALTERS_DELIVERY');
    expect([w?.path, w?.message]).toEqual(['clockChange', 'across the clock change the time-of-day steps are repeated: a real-time 24 h window delivers morphine 2 mg to 3 mg (normally 3 mg to 3 mg)']);
  });
  it('[REQ-CLOCK-001] [REQ-DOSE-005] set back 12 h at 00:00 the 4 mg/day half repeats: 4 mg in a real 24 h window, refused over a 3.5 mg/day ceiling', () => {
    const r = clockChange(request('-12 h', undefined, '00:00'));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.warnings.find((x) => x.code === 'CLOCK_CHANGE_ALTERS_DELIVERY')?.message).toContain('delivers morphine 3 mg to 4 mg (normally 3 mg to 3 mg)');
    const refused = clockChange(request('-12 h', '3.5 mg/day', '00:00'));
    expect(E.isLeft(refused) && refused.left.map((e) => [e.code, e.path])).toEqual([['CLOCK_CHANGE_LIMIT_EXCEEDED', 'clockChange.jump']]);
    expect(E.isLeft(refused) && refused.left[0]?.message).toBe('across the clock change some real-time 24 h window breaks a ceiling (PRESCRIBER_LIMIT_EXCEEDED): '
      + 'morphine: the most the program can deliver in any 24 h, 4 mg, exceeds the prescriber ceiling 3.5 mg/day');
    expect(E.isRight(clockChange(request('-12 h', '4 mg/day', '00:00')))).toBe(true);
  });
  it('[REQ-CLOCK-002] set forward 12 h at 12:00 the 4 mg/day half is skipped: the steps are said to be skipped', () => {
    const r = clockChange(request('12 h'));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.warnings.find((x) => x.code === 'CLOCK_CHANGE_ALTERS_DELIVERY')?.message).toContain('steps are skipped: a real-time 24 h window delivers morphine 2 mg to 3 mg (normally 3 mg to 3 mg)');
  });
});

describe('clockChange, warnings', () => {
  it('[REQ-CLOCK-002] [REQ-LIB-007] the limit check across the change repeats no warning compile already gave (OFF_LABEL once per path)', () => {
    const req = request('-12 h');
    const r = clockChange({
      ...req,
      reservoir: { ...req.reservoir, drugs: [...req.reservoir.drugs, { drug: 'clonidine', concentration: { dim: 'concentration', base: req.reservoir.drugs[0]!.concentration!.base.dividedBy(20) } }] },
    });
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.warnings.filter((w) => w.code === 'OFF_LABEL').map((w) => w.path)).toEqual(['reservoir.drugs.1.drug', 'reservoir.drugs']);
  });
});
