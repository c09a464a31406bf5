import { describe, expect, it } from 'vitest';
import { checkNumberEntry } from '../../../adapters/app/src/entry/checkNumberEntry.js';
import { checkConcentration } from '../../../adapters/app/src/entry/checkConcentration.js';
import { perHourAndPerDay } from '../../../adapters/app/src/entry/perHourAndPerDay.js';
import { DRUG_LIBRARY } from '../../../core/index.js';

const code = (typed: string, unit = 'mg/day') => {
  const r = checkNumberEntry(typed, unit, 'doseRate', 'therapy.dose');
  return r.ok ? r.wire : r.problem.code;
};

describe('number entry (ISMP error-prone notations)', () => {
  it('[REQ-APP-003] accepts plain decimals and gives the wire quantity with the unit beside the field', () => {
    expect(code('3')).toBe('3 mg/day');
    expect(code('0.5')).toBe('0.5 mg/day');
    expect(code(' 12.25 ')).toBe('12.25 mg/day');
  });
  it('[REQ-APP-003] refuses a trailing zero, a missing leading zero, commas and typed units', () => {
    expect(code('1.0')).toBe('ENTRY_TRAILING_ZERO');
    expect(code('1.50')).toBe('ENTRY_TRAILING_ZERO');
    expect(code('5.')).toBe('ENTRY_TRAILING_ZERO');
    expect(code('.5')).toBe('ENTRY_NO_LEADING_ZERO');
    expect(code('1,5')).toBe('ENTRY_SEPARATOR');
    expect(code('5 µg')).toBe('ENTRY_UNIT_IN_NUMBER');
    expect(code('5ug')).toBe('ENTRY_UNIT_IN_NUMBER');
    expect(code('2 cc')).toBe('ENTRY_UNIT_IN_NUMBER');
    expect(code('')).toBe('ENTRY_REQUIRED');
    expect(code('1e3')).toBe('ENTRY_UNIT_IN_NUMBER');
  });
  it('[REQ-APP-003] passes the engine\'s own refusals through with the field path', () => {
    const r = checkNumberEntry('1234567890123', 'mg/day', 'doseRate', 'therapy.dose');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.path).toBe('therapy.dose');
      expect(r.problem.code).toBe('QUANTITY_OUT_OF_RANGE');
    }
    const cc = checkNumberEntry('2 cc', 'mL', 'volume', 'reservoir.fill');
    expect(!cc.ok && cc.problem.message).toContain('mL');
  });
});

describe('typed concentration against the library', () => {
  const morphine = DRUG_LIBRARY['morphine'];
  const products = morphine?.products ?? [];
  it('[REQ-APP-004] names the product of a listed concentration, in either unit', () => {
    expect(checkConcentration('morphine', products, '10 mg/mL', 'p').kind).toBe('listed');
    expect(checkConcentration('morphine', products, '10000 mcg/mL', 'p').kind).toBe('listed');
  });
  it('[REQ-APP-004] refuses a concentration 1000 times a listed one as a mg/mcg confusion', () => {
    const low = checkConcentration('morphine', products, '10 mcg/mL', 'reservoir.drugs.0.concentration');
    expect(low.kind).toBe('confused');
    if (low.kind === 'confused') {
      expect(low.problem.code).toBe('ENTRY_UNIT_CONFUSION');
      expect(low.problem.path).toBe('reservoir.drugs.0.concentration');
    }
    expect(checkConcentration('morphine', products, '10000 mg/mL', 'p').kind).toBe('confused');
  });
  it('[REQ-APP-004] allows a compounded concentration with a note', () => {
    const c = checkConcentration('morphine', products, '2 mg/mL', 'p');
    expect(c.kind).toBe('unlisted');
  });
});

describe('rates per hour and per day', () => {
  it('[REQ-APP-005] prints a rate both ways through the engine\'s formatter', () => {
    expect(perHourAndPerDay('3 mg/day')).toEqual({ perDay: '3 mg/day', perHour: '0.125 mg/h' });
    expect(perHourAndPerDay('0.3 mL/day')).toEqual({ perDay: '0.3 mL/day', perHour: '0.0125 mL/h' });
    expect(perHourAndPerDay('1 mg/day')?.perHour.startsWith('≈ 0.041666666')).toBe(true);
    expect(perHourAndPerDay('nonsense')).toBeUndefined();
  });
});
