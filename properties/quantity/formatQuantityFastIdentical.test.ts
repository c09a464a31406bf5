import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, formatQuantity, quantity, type Dimension, type Exact, type PrintDirection } from '../../core/index.js';
import { parseUnit, isUnitProblem } from '../../core/quantity/parseUnit.js';
import { printExact } from '../../core/quantity/_internals/printExact.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { holds } from '../_internals/holds.js';

// REQ-PERF-101: formatQuantity prints on BigInt integers (the fewest places read from the reduced
// denominator's factors 2 and 5). It gives exactly the text and exactness of the decimal.js printer it
// replaced, which tried 0 to 24 places one by one and otherwise rounded at 9 places: that printer is
// kept here, as it was, as the reference.

/** The printer before REQ-PERF-101, on decimal.js. */
function referencePrint(base: Exact, unitText: string, direction: PrintDirection): { text: string; exact: boolean } {
  const unit = parseUnit(unitText);
  if (isUnitProblem(unit)) throw new Error(`reference: unit ${unitText}`);
  const numerator = A.mul(base, A.fromInteger(unit.den));
  const divisor = A.fromInteger(unit.num);
  const toPlain = (n: Exact, digits: number): string => {
    const s = A.toDecimalString(n.dividedBy(A.fromInteger(10n ** BigInt(digits))));
    return s === '-0' ? '0' : s;
  };
  for (let digits = 0; digits <= 24; digits++) {
    const scaled = A.mul(numerator, A.fromInteger(10n ** BigInt(digits)));
    const q0 = A.floorDiv(scaled, divisor);
    if (A.compare(A.mul(q0, divisor), scaled) === 0) return { text: `${toPlain(q0, digits)} ${unitText}`, exact: true };
  }
  const scaled = A.mul(numerator, A.fromInteger(10n ** 9n));
  const q1 = direction === 'up' ? A.ceilDiv(scaled, divisor) : A.floorDiv(scaled, divisor);
  return { text: `${toPlain(q1, 9)} ${unitText}`, exact: false };
}

const UNITS: Record<Dimension, string[]> = {
  mass: ['g', 'mg', 'mcg', 'ng'],
  volume: ['mL', 'uL'],
  time: ['s', 'min', 'h', 'day'],
  length: ['cm'],
  percent: ['%'],
  doseRate: ['mg/day', 'mcg/day', 'mcg/h', 'mg/h', 'ng/min', 'g/day', 'mcg/min'],
  flow: ['mL/day', 'uL/h', 'mL/h', 'uL/min', 'mL/min'],
  concentration: ['mg/mL', 'mcg/mL', 'ng/uL', 'g/mL'],
  volumePerLength: ['mL/cm', 'uL/cm'],
};

/** Base values: random decimals of up to 40 digits and 32 places, sometimes a quotient by 2^a 5^b 3^c (ends near the 24-place edge or not at all). */
const base = fc.oneof(
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 32 }))
    .map(([neg, n, k]) => A.fromDecimalString(`${neg ? '-' : ''}${(n / 10n ** BigInt(k)).toString()}${k === 0 ? '' : `.${(n % 10n ** BigInt(k)).toString().padStart(k, '0')}`}`)),
  fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 }))
    .map(([n, a, b, c]) => {
      // n × 10^30 / (2^a 5^b 3^c) floored: an exact decimal of 30 places whose printed form often ends late or never
      const den = 2n ** BigInt(a) * 5n ** BigInt(b) * 3n ** BigInt(c);
      const scaled = (n * 10n ** 30n) / den;
      const neg = scaled < 0n;
      const abs = neg ? -scaled : scaled;
      return A.fromDecimalString(`${neg ? '-' : ''}${(abs / 10n ** 30n).toString()}.${(abs % 10n ** 30n).toString().padStart(30, '0')}`);
    }),
  fc.constantFrom(A.zero, A.sub(A.one, A.one), A.fromInteger(86_400n), A.fromDecimalString('0.000000000001')),
);

const dimAndUnit = fc.constantFrom(...(Object.keys(UNITS) as Dimension[])).chain((dim) => fc.tuple(fc.constant(dim), fc.constantFrom(...UNITS[dim])));

describe('formatQuantity on BigInt integers', () => {
  it('[REQ-PERF-101] prints every value, in every unit and direction, exactly as the decimal.js printer it replaced', () => {
    holds(
      fc.property(base, dimAndUnit, fc.constantFrom<PrintDirection>('up', 'down'), (b, [dim, unit], direction) => {
        const got = formatQuantity(quantity(dim, b), unit, direction);
        expect({ text: got.text, exact: got.exact }).toEqual(referencePrint(b, unit, direction));
      }),
      fuzzProfile(2000),
    );
  });

  it('[REQ-PERF-101] the engine\'s own printer (no re-validation) gives what formatQuantity gives, also beyond the digit bound and off the table', () => {
    const wide = A.fromDecimalString(`1.${'3'.repeat(120)}`);
    const huge = A.fromDecimalString(`${'7'.repeat(120)}.5`);
    holds(
      fc.property(fc.oneof(base, fc.constantFrom(wide, huge)), dimAndUnit, fc.constantFrom<PrintDirection>('up', 'down'), fc.constantFrom('', 'mg/kg', 'µg', 'mL/h'), (b, [dim, unit], direction, other) => {
        expect(printExact(quantity(dim, b), unit, direction)).toEqual(formatQuantity(quantity(dim, b), unit, direction));
        expect(printExact(quantity(dim, b), other, direction)).toEqual(formatQuantity(quantity(dim, b), other, direction));
      }),
      fuzzProfile(1000),
    );
    expect(printExact(quantity('mass', wide), 'mg', 'up').text).toBe('');
  });
});
