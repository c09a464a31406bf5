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
