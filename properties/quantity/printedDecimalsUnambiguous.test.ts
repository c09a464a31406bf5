import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, formatQuantity, quantity, type Dimension } from '../../core/index.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { holds } from '../_internals/holds.js';

// Every printed quantity reads one way only: a digit before any decimal point,
// no trailing zeros, no exponent, no separator (ISMP: ".5" read as "5", "1.0"
// read as "10"). Checked on base values of every size and sign, printed in
// every unit of their dimension, both rounding directions.

const UNAMBIGUOUS = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])? [^ ]+$/;

const UNITS: Readonly<Record<Dimension, readonly string[]>> = {
  mass: ['g', 'mg', 'mcg', 'ng'],
  volume: ['mL', 'uL'],
  time: ['s', 'min', 'h', 'day'],
  length: ['cm'],
  percent: ['%'],
  doseRate: ['g/day', 'mg/day', 'mg/h', 'mcg/day', 'mcg/h', 'mcg/min', 'ng/s'],
  flow: ['mL/day', 'mL/h', 'uL/day', 'uL/h', 'uL/min'],
  concentration: ['g/mL', 'mg/mL', 'mcg/mL', 'mcg/uL', 'ng/mL'],
  volumePerLength: ['mL/cm', 'uL/cm'],
};

/** A base-unit value: an integer of up to 18 digits scaled by 10^-k, k up to 14 (whole numbers, fractions, zero, negatives). */
const baseValue = fc
  .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 14 }))
  .map(([n, k]) => A.mul(A.fromInteger(n), k === 0 ? A.one : A.fromDecimalString(`0.${'0'.repeat(k - 1)}1`)));

const dimAndUnit = fc
  .constantFrom(...(Object.keys(UNITS) as Dimension[]))
  .chain((dim) => fc.tuple(fc.constant(dim), fc.constantFrom(...UNITS[dim])));

describe('printed quantities', () => {
  it('[REQ-UNIT-007] every printed quantity has a leading digit, no trailing zeros and no exponent, in any unit and direction', () => {
    holds(
      fc.property(baseValue, dimAndUnit, fc.constantFrom('up' as const, 'down' as const), (base, [dim, unit], direction) => {
        const printed = formatQuantity(quantity(dim, base), unit, direction).text;
        expect(printed).toMatch(UNAMBIGUOUS);
        expect(printed.endsWith(` ${unit}`)).toBe(true);
      }),
      fuzzProfile(400),
    );
  });

  it('[REQ-UNIT-007] examples: 0.5 mL, not .5 mL; 5 mL, not 5.0 mL; a third of a milligram rounded, not in exponent form', () => {
    const ml = (text: string) => quantity('volume', A.mul(A.fromDecimalString(text), A.fromInteger(86_400_000n)));
    expect(formatQuantity(ml('0.5'), 'mL', 'down').text).toBe('0.5 mL');
    expect(formatQuantity(ml('5.000'), 'mL', 'down').text).toBe('5 mL');
    expect(formatQuantity(ml('0.0000001'), 'mL', 'down').text).toBe('0.0000001 mL');
    const third = quantity('mass', A.floorDiv(A.fromInteger(86_400_000_000n), A.fromInteger(3n)));
    expect(formatQuantity(third, 'mg', 'up').text).toBe('0.333333334 mg');
    expect(formatQuantity(quantity('mass', A.zero), 'mg', 'down').text).toBe('0 mg');
  });
});
