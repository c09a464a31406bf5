import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { clockChange } from '../../../core/index.js';
import { decodeClockChangeRequest } from '../../../spec/codecs/index.js';

const PUMP = { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' };

const decode = (u: Record<string, unknown>) => {
  const r = decodeClockChangeRequest({ pump: PUMP, ...u });
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

const accepted = (u: Record<string, unknown>) => {
  const c = clockChange(decode(u));
  if (E.isLeft(c)) throw new Error(JSON.stringify(c.left));
  return c.right;
};

// 2 mg/day from 00:00 to 12:00, 4 mg/day from 12:00 (3 mg a day); set back 12 h at 12:00 the
// 2 mg/day half runs twice in a row: the least real 24 h window is 24 h at 2 mg/day = 2 mg, the
// most is still one whole day of the program, 3 mg.
const HALVES = { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '2 mg/day' }, { start: '12:00', dose: '4 mg/day' }] };
const BACK_AT_NOON = { at: '12:00', jump: '-12 h' };

describe('clockChange, the refusal of a fixed-rate pump', () => {
  it('[REQ-CLOCK-002] a fixed-rate pump is refused WRONG_PUMP_KIND at pump with its message', () => {
    const c = clockChange(decode({
      pump: { kind: 'fixed-rate', reservoir: '20 mL', lowReservoirAlarm: '2 mL', nominalFlow: '1 mL/day', flowTolerance: '15 %' },
      reservoir: { fill: '20 mL', drugs: [{ drug: 'morphine' }] },
      therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
      clockChange: { at: '02:00', jump: '-1 h' },
    }));
    expect(E.isLeft(c) && c.left).toEqual([{ code: 'WRONG_PUMP_KIND', path: 'pump', message: 'a fixed-rate pump has no clock: a clock change does not affect it' }]);
  });
});

describe('clockChange, the CLOCK_CHANGE_ALTERS_DELIVERY message', () => {
  it('[REQ-CLOCK-002] [REQ-UNIT-006] worst doses are printed rounded up, least doses rounded down', () => {
    // One extra minute at 4.01 mg/day (0.401 mL/day at 10 mg/mL) from 23:59: the day's volume is
    // 25 920 000 + 60 base units (1 base unit = 0.001 mL/day for 1 s), i.e. 3 mg + 60/8 640 000 mg
    // = 3.000006944… mg (1 mg = 8 640 000 base volume units at 10 mg/mL): no finite decimal, since
    // 8 640 000 = 2^9·3^3·5^4 and 25 920 060 is not a multiple of 27. Printed at 1e-9 mg: up
    // 3.000006945, down 3.000006944. The most in a real window is still one whole program day; the
    // least is the repeated 2 mg/day half twice, exactly 2 mg.
    const r = accepted({
      reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
      therapy: { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '2 mg/day' }, { start: '12:00', dose: '4 mg/day' }, { start: '23:59', dose: '4.01 mg/day' }] },
      clockChange: BACK_AT_NOON,
    });
    expect(r.warnings.filter((w) => w.code === 'CLOCK_CHANGE_ALTERS_DELIVERY')).toEqual([{
      code: 'CLOCK_CHANGE_ALTERS_DELIVERY',
      path: 'clockChange',
      message: 'across the clock change the time-of-day steps are repeated: a real-time 24 h window delivers morphine 2 mg to 3.000006945 mg (normally 3.000006944 mg to 3.000006945 mg)',
    }]);
  });

  it('[REQ-CLOCK-002] every drug of the admixture is named, separated by "; ", each in its own unit (mcg under 1 mg/mL)', () => {
    // The same volumes (0.2 mL least, 0.3 mL most and normally) at 10 mg/mL morphine (2 mg, 3 mg)
    // and at 0.5 mg/mL clonidine, printed in mcg as its concentration is under 1 mg/mL: 100 mcg, 150 mcg.
    const r = accepted({
      reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '0.5 mg/mL' }] },
      therapy: HALVES,
      clockChange: BACK_AT_NOON,
    });
    expect(r.drugs.map((d) => [d.drug, d.unit])).toEqual([['morphine', 'mg'], ['clonidine', 'mcg']]);
    expect(r.warnings.find((w) => w.code === 'CLOCK_CHANGE_ALTERS_DELIVERY')?.message).toBe(
      'across the clock change the time-of-day steps are repeated: a real-time 24 h window delivers '
      + 'morphine 2 mg to 3 mg (normally 3 mg to 3 mg); clonidine 100 mcg to 150 mcg (normally 150 mcg to 150 mcg)');
  });

  it('[REQ-CLOCK-002] a drug at under 1 mg/mL alone is reported in mcg', () => {
    // morphine 0.5 mg/mL, 0.2 then 0.4 mg/day: halves at 0.4 and 0.8 mL/day; least 24 h at 0.4 mL/day
    // = 0.4 mL = 200 mcg, most one program day 0.2 + 0.4 = 0.6 mL = 300 mcg (normally 0.6 mL both).
    const r = accepted({
      reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '0.5 mg/mL' }] },
      therapy: { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '0.2 mg/day' }, { start: '12:00', dose: '0.4 mg/day' }] },
      clockChange: BACK_AT_NOON,
    });
    expect(r.drugs.map((d) => d.unit)).toEqual(['mcg']);
    expect(r.warnings.find((w) => w.code === 'CLOCK_CHANGE_ALTERS_DELIVERY')?.message).toBe(
      'across the clock change the time-of-day steps are repeated: a real-time 24 h window delivers morphine 200 mcg to 300 mcg (normally 300 mcg to 300 mcg)');
  });
});

describe('clockChange, limits and warnings of the windows across the change', () => {
  // 10 mg/day from 00:00 to 12:00, 20 mg/day from 12:00: 15 mg a day, on the PACC soft maximum
  // 15 mg/day (equal is within). Set back 12 h at 00:00, the 20 mg/day half runs twice: 20 mg in a
  // real 24 h window, over 15 mg/day (overridden here), on the label caution 20 mg/day (within).
  const request = {
    reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
    therapy: { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '10 mg/day' }, { start: '12:00', dose: '20 mg/day' }] },
    clockChange: { at: '00:00', jump: '-12 h' },
    overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', upTo: '20 mg/day', reason: 'palliative' }],
  };

  it('[REQ-CLOCK-001] [REQ-LIB-003] a soft limit broken only across the change is overridden with a warning compile did not give', () => {
    const r = accepted(request);
    expect(r.compiled.warnings.map((w) => w.code)).not.toContain('SOFT_LIMIT_OVERRIDDEN');
    expect(r.warnings.filter((w) => w.code === 'SOFT_LIMIT_OVERRIDDEN')).toEqual([{
      code: 'SOFT_LIMIT_OVERRIDDEN',
      path: 'reservoir.drugs.0.drug',
      message: 'morphine: the most the program can deliver in any 24 h, 20 mg, exceeds the soft limit 15 mg/day '
        + '(PACC 2012 (Deer et al., Neuromodulation 2012;15:436-466), unverified: PACC maximum daily dose as commonly cited, not checked against the paper\'s table); '
        + 'overridden up to 20 mg/day: "palliative"',
    }]);
  });

  it('[REQ-CLOCK-001] [REQ-DOSE-005] the limits applied are compile\'s and then the daily ones across the change', () => {
    const r = accepted(request);
    // compile: the highest approved product concentration 25 mg/mL (hard), the soft daily maxima
    // 15 and 20 mg/day against the program's 15 mg, the soft concentration maximum 20 mg/mL; across
    // the change: the daily maxima again, against the 20 mg of the worst real window.
    expect(r.limits.map((l) => [l.limit, l.value, l.checked, l.outcome])).toEqual([
      ['hard maxConcentration', '25 mg/mL', '10 mg/mL', 'within'],
      ['soft maxDaily', '15 mg/day', '15 mg', 'within'],
      ['soft maxDaily', '20 mg/day', '15 mg', 'within'],
      ['soft maxConcentration', '20 mg/mL', '10 mg/mL', 'within'],
      ['absolute maxDaily', '75 mg/day', '15 mg', 'within'],
      ['soft maxDaily', '15 mg/day', '20 mg', 'overridden'],
      ['soft maxDaily', '20 mg/day', '20 mg', 'within'],
      ['absolute maxDaily', '75 mg/day', '20 mg', 'within'],
    ]);
  });
});
