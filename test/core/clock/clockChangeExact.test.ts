import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { clockChange, compile } from '../../../core/index.js';
import { decodeClockChangeRequest } from '../../../spec/codecs/index.js';

// A rate grid finer than the base volume unit: 1.234567 mg/day at 10 mg/mL is 0.1234567 mL/day, whose day
// is 10 666 658.88 base volume units (1/86 400 uL), not a whole number of them.
const request = (jump: string, maxDaily?: string) => {
  const r = decodeClockChangeRequest({
    pump: { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.0000001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' },
    reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
    therapy: { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '1.234567 mg/day' }, { start: '12:00', dose: '1.234567 mg/day' }] },
    ...(maxDaily === undefined ? {} : { limits: { morphine: { maxDaily } } }),
    clockChange: { at: '12:00', jump },
  });
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

describe('clockChange compares with the normal day exactly', () => {
  it('[REQ-CLOCK-001] [REQ-CLOCK-003] on a rate grid finer than the base volume unit, a jump that changes nothing is not reported as altering delivery', () => {
    for (const jump of ['0 min', '-1 h', '3 h']) {
      const r = clockChange(request(jump));
      if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
      expect(r.right.warnings.map((w) => w.code), jump).not.toContain('CLOCK_CHANGE_ALTERS_DELIVERY');
      const d = r.right.drugs[0];
      expect([d?.acrossChange.worst24h.toFixed(), d?.acrossChange.least24h.toFixed()], jump).toEqual([d?.normal.worst24h.toFixed(), d?.normal.least24h.toFixed()]);
    }
  });
  it('[REQ-CLOCK-002] [REQ-DOSE-005] a program exactly at its ceiling that compile accepts is accepted across a change that alters nothing', () => {
    const at = request('0 min', '1.234567 mg/day');
    expect(E.isRight(compile(at))).toBe(true);
    expect(E.isRight(clockChange(at))).toBe(true);
    expect(E.isRight(clockChange(request('-2 h', '1.234567 mg/day')))).toBe(true);
  });
});
