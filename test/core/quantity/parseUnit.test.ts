import { describe, expect, it } from 'vitest';
import { parseUnit } from '../../../core/quantity/parseUnit.js';

describe('parseUnit', () => {
  it('[REQ-UNIT-001] [REQ-UNIT-002] simple units: their dimension and exact factor to base units', () => {
    expect(parseUnit('mg')).toEqual({ text: 'mg', dim: 'mass', num: 86_400_000_000n, den: 1n });
    expect(parseUnit('mL')).toEqual({ text: 'mL', dim: 'volume', num: 86_400_000n, den: 1n });
    expect(parseUnit('min')).toEqual({ text: 'min', dim: 'time', num: 60n, den: 1n });
    expect(parseUnit('cm')).toEqual({ text: 'cm', dim: 'length', num: 1n, den: 1n });
    expect(parseUnit('%')).toEqual({ text: '%', dim: 'percent', num: 1n, den: 1n });
  });
  it('[REQ-UNIT-001] [REQ-UNIT-002] ratios are reduced by their greatest common divisor', () => {
    // 86 400 000 000 / 86 400 = 1 000 000 (ng/day per mg/day)
    expect(parseUnit('mg/day')).toEqual({ text: 'mg/day', dim: 'doseRate', num: 1_000_000n, den: 1n });
    // 86 400 000 / 3 600 = 24 000 (uL/day per mL/h)
    expect(parseUnit('mL/h')).toEqual({ text: 'mL/h', dim: 'flow', num: 24_000n, den: 1n });
    expect(parseUnit('mcg/mL')).toEqual({ text: 'mcg/mL', dim: 'concentration', num: 1n, den: 1n });
    expect(parseUnit('mg/mL')).toEqual({ text: 'mg/mL', dim: 'concentration', num: 1_000n, den: 1n });
    // 86 400 / 86 400 000: ng/mL is a thousandth of a base unit
    expect(parseUnit('ng/mL')).toEqual({ text: 'ng/mL', dim: 'concentration', num: 1n, den: 1_000n });
    expect(parseUnit('mL/cm')).toEqual({ text: 'mL/cm', dim: 'volumePerLength', num: 86_400_000n, den: 1n });
    // 86 400 / 60 = 1440 (uL/day per uL/min)
    expect(parseUnit('uL/min')).toEqual({ text: 'uL/min', dim: 'flow', num: 1_440n, den: 1n });
  });
  it('[REQ-UNIT-004] error-prone spellings are REFUSED_UNIT naming the accepted one, in either part of a ratio', () => {
    expect(parseUnit('hr')).toEqual({ code: 'REFUSED_UNIT', message: 'unit "hr" is refused: use "h"' });
    expect(parseUnit('ug/day')).toEqual({ code: 'REFUSED_UNIT', message: 'unit "ug" is refused: use "mcg" ("ug" is misread as "mg")' });
    expect(parseUnit('mg/cc')).toEqual({ code: 'REFUSED_UNIT', message: 'unit "cc" is refused: use "mL" ("cc" is misread as "u" or "0")' });
  });
  it('[REQ-UNIT-001] unknown units, in either part, and ratios of no accepted dimension are UNKNOWN_UNIT', () => {
    const units = 'units are g, mg, mcg, ng, mL, uL, s, min, h, day, cm, % and their ratios';
    expect(parseUnit('kg')).toEqual({ code: 'UNKNOWN_UNIT', message: `unknown unit "kg"; ${units}` });
    expect(parseUnit('kg/day')).toEqual({ code: 'UNKNOWN_UNIT', message: `unknown unit "kg"; ${units}` });
    expect(parseUnit('mg/week')).toEqual({ code: 'UNKNOWN_UNIT', message: `unknown unit "week"; ${units}` });
    expect(parseUnit('mg/day/day')).toEqual({ code: 'UNKNOWN_UNIT', message: 'unknown unit "mg/day/day": at most one "/"' });
    expect(parseUnit('mg/mg')).toEqual({ code: 'UNKNOWN_UNIT', message: 'unit "mg/mg" is not a dose rate, flow, concentration or volume per length' });
    expect(parseUnit('day/mg')).toEqual({ code: 'UNKNOWN_UNIT', message: 'unit "day/mg" is not a dose rate, flow, concentration or volume per length' });
    expect(parseUnit('toString')).toEqual({ code: 'UNKNOWN_UNIT', message: `unknown unit "toString"; ${units}` });
  });
});
