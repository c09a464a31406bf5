import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, formatQuantity, quantity } from '../../../core/index.js';

describe('formatQuantity', () => {
  it('[REQ-UNIT-006] terminating values print exactly, without trailing zeros or exponent', () => {
    expect(formatQuantity(quantity('flow', A.fromInteger(300n)), 'mL/day', 'down').text).toBe('0.3 mL/day');
    expect(formatQuantity(quantity('flow', A.fromInteger(300n)), 'uL/day', 'down').text).toBe('300 uL/day');
    expect(formatQuantity(quantity('mass', A.fromInteger(1n)), 'g', 'down')).toEqual({ text: '0 g', exact: false }); // 1/86400 ng
    expect(formatQuantity(quantity('mass', A.fromInteger(86_400n * 10n ** 15n)), 'mg', 'down').text).toBe('1000000000 mg');
  });
  it('[REQ-UNIT-006] a third of a milligram prints at 1e-9 mg: up for a maximum, down for a minimum', () => {
    const third = quantity('mass', A.fromInteger(28_800_000_000n)); // 86 400 000 000 / 3 = 1/3 mg
    expect(formatQuantity(third, 'mg', 'up')).toEqual({ text: '0.333333334 mg', exact: false });
    expect(formatQuantity(third, 'mg', 'down')).toEqual({ text: '0.333333333 mg', exact: false });
  });
  it('[REQ-UNIT-006] zero and negative values print plainly', () => {
    expect(formatQuantity(quantity('mass', A.zero), 'mg', 'down').text).toBe('0 mg');
    expect(formatQuantity(quantity('volume', A.fromInteger(-86_400_000n)), 'mL', 'down').text).toBe('-1 mL');
  });
});

describe('formatQuantity, edges', () => {
  it('[REQ-UNIT-006] a value that terminates at the 24th decimal prints exactly; at the 25th it is rounded at 1e-9 in the stated direction', () => {
    // 1e-24 uL is 8.64e-20 base volume units (1/86400 uL)
    const at24 = quantity('volume', A.fromDecimalString('0.0000000000000000000864'));
    expect(formatQuantity(at24, 'uL', 'down')).toEqual({ text: '0.000000000000000000000001 uL', exact: true });
    const at25 = quantity('volume', A.fromDecimalString('0.00000000000000000000864'));
    expect(formatQuantity(at25, 'uL', 'up')).toEqual({ text: '0.000000001 uL', exact: false });
    expect(formatQuantity(at25, 'uL', 'down')).toEqual({ text: '0 uL', exact: false });
  });
  it('[REQ-UNIT-007] a tiny negative value rounded up prints 0, never -0; rounded down it is -0.000000001', () => {
    const tiny = quantity('mass', A.fromInteger(-1n)); // −1/86400 ng
    expect(formatQuantity(tiny, 'mg', 'up')).toEqual({ text: '0 mg', exact: false });
    expect(formatQuantity(tiny, 'mg', 'down')).toEqual({ text: '-0.000000001 mg', exact: false });
  });
  it('[REQ-UNIT-006] a unit of another dimension, or no unit at all, is marked with "?" and never converted', () => {
    expect(formatQuantity(quantity('mass', A.fromInteger(5n)), 'mL', 'down')).toEqual({ text: '5 ?mL', exact: false });
    expect(formatQuantity(quantity('mass', A.fromInteger(5n)), 'kg', 'down')).toEqual({ text: '5 ?kg', exact: false });
  });
  it('[REQ-UNIT-006] ratio units print through their reduced factor: 1 mL/h is 24 mL/day and 24000 uL/day', () => {
    const oneMlPerHour = quantity('flow', A.fromInteger(24_000n));
    expect(formatQuantity(oneMlPerHour, 'mL/h', 'down')).toEqual({ text: '1 mL/h', exact: true });
    expect(formatQuantity(oneMlPerHour, 'mL/day', 'down')).toEqual({ text: '24 mL/day', exact: true });
    // 1 uL/day in mL/h is 1/24000 = 0.0000416666... mL/h
    expect(formatQuantity(quantity('flow', A.one), 'mL/h', 'up')).toEqual({ text: '0.000041667 mL/h', exact: false });
    expect(formatQuantity(quantity('flow', A.one), 'mL/h', 'down')).toEqual({ text: '0.000041666 mL/h', exact: false });
    // 1 base concentration unit is 1000 ng/mL
    expect(formatQuantity(quantity('concentration', A.one), 'ng/mL', 'down')).toEqual({ text: '1000 ng/mL', exact: true });
  });
});
