import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { clockChange } from '../../../core/index.js';
import { decodeClockChangeRequest } from '../../../spec/codecs/index.js';

describe('clockChange (core)', () => {
  it('[REQ-CLOCK-002] a fixed-rate pump has no clock', () => {
    const r = decodeClockChangeRequest({
      pump: { kind: 'fixed-rate', reservoir: '20 mL', lowReservoirAlarm: '2 mL', nominalFlow: '1 mL/day', flowTolerance: '15 %' },
      reservoir: { fill: '20 mL', drugs: [{ drug: 'morphine' }] },
      therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
      clockChange: { at: '02:00', jump: '-1 h' },
    });
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    const c = clockChange(r.right);
    expect(E.isLeft(c) && c.left.map((e) => `${e.code} ${e.path}`)).toEqual(['WRONG_PUMP_KIND pump']);
  });

  it('[REQ-CLOCK-002] a continuous program is not changed by a clock change: no warning', () => {
    const r = decodeClockChangeRequest({
      pump: { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' },
      reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
      therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
      clockChange: { at: '03:00', jump: '1 h' },
    });
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    const c = clockChange(r.right);
    expect(E.isRight(c) && c.right.warnings.map((w) => w.code)).not.toContain('CLOCK_CHANGE_ALTERS_DELIVERY');
  });
});
