import { describe, expect, it } from 'vitest';
import { drawnBy } from '../../../spec/reference/drawnBy.js';
import { earliestPresses } from '../../../spec/reference/earliestPresses.js';
import { minutesUntilDrawn } from '../../../spec/reference/minutesUntilDrawn.js';
import { Rational } from '../../../spec/reference/Rational.js';
import { readWireProgram } from '../../../spec/reference/readWireProgram.js';
import { timeUntilDrawn } from '../../../spec/reference/timeUntilDrawn.js';
import { drugAmounts } from '../../../spec/reference/drugAmounts.js';

const basal = readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [] });

describe('reference reservoir draw', () => {
  it('[REQ-REF-007] contract example: 38 mL at 0.3 mL/day is 3040 h, 40 mL is 3200 h', () => {
    expect(minutesUntilDrawn(basal, Rational.ZERO, Rational.of(38n))).toBe(182_400n);
    expect(minutesUntilDrawn(basal, Rational.of(3600n), Rational.of(40n))).toBe(192_000n);
  });
  it('[REQ-REF-007] presses as early as allowed: maxPerDay boluses a lockout apart, then again 24 h after the first', () => {
    const p = readWireProgram({ steps: [{ start: '00:00', rate: '0 mL/day' }], periodicBoluses: [], patientBolus: { volume: '0.01 mL', duration: '10 min', lockout: '5 h', maxPerDay: 3 } });
    expect(earliestPresses(p, Rational.of(2n * 86_400n)).map(String)).toEqual(['0', '18000', '36000', '86400', '104400', '122400']);
    // the second bolus is half delivered 5 h 5 min after the fill: 0.015 mL
    expect(drawnBy(p, Rational.of(600n), Rational.of(18_300n)).toString()).toBe('3/200');
    expect(timeUntilDrawn(p, Rational.of(600n), Rational.of(3n, 200n))?.toString()).toBe('18300');
  });
  it('[REQ-REF-007] a basal step of zero flow pauses the draw; the time is the first instant the volume is reached', () => {
    const p = readWireProgram({ steps: [{ start: '00:00', rate: '1.44 mL/day' }, { start: '12:00', rate: '0 mL/day' }], periodicBoluses: [] });
    // 0.72 mL is reached at 12:00 exactly, then nothing more until midnight
    expect(timeUntilDrawn(p, Rational.ZERO, Rational.of(72n, 100n))?.toString()).toBe('43200');
    // 0.01 mL more at 1.44 mL/day takes 10 min after the next midnight
    expect(timeUntilDrawn(p, Rational.ZERO, Rational.of(73n, 100n))?.toString()).toBe('87000');
  });
  it('[REQ-REF-007] a program that draws nothing never empties', () => {
    const p = readWireProgram({ steps: [{ start: '00:00', rate: '0 mL/day' }], periodicBoluses: [] });
    expect(timeUntilDrawn(p, Rational.ZERO, Rational.ONE)).toBeUndefined();
  });
});

describe('reference drugAmounts', () => {
  it('[REQ-REF-008] volume × concentration per drug', () => {
    const a = drugAmounts(Rational.of(3n, 10n), [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '50 mcg/mL' }]);
    expect(a['morphine']?.toString()).toBe('3');
    expect(a['clonidine']?.toString()).toBe('3/200');
  });
});
