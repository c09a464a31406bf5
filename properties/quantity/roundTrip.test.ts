import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, it } from 'vitest';
import { decimalArithmetic as A, formatQuantity, parseQuantity, type Dimension } from '../../core/index.js';
import { params } from '../_fuzz.js';
import { holds } from '../_internals/holds.js';

const UNITS: Record<Dimension, string[]> = {
  mass: ['g', 'mg', 'mcg', 'ng'],
  volume: ['mL', 'uL'],
  time: ['s', 'min', 'h', 'day'],
  length: ['cm'],
  percent: ['%'],
  doseRate: ['mg/day', 'mcg/day', 'mcg/h', 'mg/h', 'ng/min', 'g/day'],
  flow: ['mL/day', 'uL/h', 'mL/h', 'uL/min'],
  concentration: ['mg/mL', 'mcg/mL', 'ng/uL', 'g/mL'],
  volumePerLength: ['mL/cm', 'uL/cm'],
};

const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.option(fc.bigInt({ min: 0n, max: 999_999_999_999n })), fc.integer({ min: 1, max: 12 }))
  .map(([neg, i, f, width]) => `${neg ? '-' : ''}${i}${f === null ? '' : `.${f.toString().padStart(width, '0').slice(0, 12)}`}`);

const dimAndUnits = fc.constantFrom(...(Object.keys(UNITS) as Dimension[])).chain((dim) =>
  fc.tuple(fc.constant(dim), fc.constantFrom(...UNITS[dim]), fc.constantFrom(...UNITS[dim])),
);

describe('quantity parse/print', () => {
  it('[REQ-UNIT-006] [REQ-UNIT-002] printing then parsing gives back the same exact value, in any unit of the dimension', () => {
    holds(
      fc.property(decimal, dimAndUnits, (d, [dim, u1, u2]) => {
        const q = parseQuantity(dim, `${d} ${u1}`, 'p');
        if (E.isLeft(q)) return false;
        const printed = formatQuantity(q.right, u2, 'down');
        if (!printed.exact) {
          // not terminating within 24 places: printing must round down (never above the value)
          const back = parseQuantity(dim, printed.text, 'p');
          if (E.isLeft(back)) return back.left.code === 'QUANTITY_OUT_OF_RANGE'; // more digits than a request may carry
          return A.compare(back.right.base, q.right.base) <= 0;
        }
        const back = parseQuantity(dim, printed.text, 'p');
        if (E.isLeft(back)) {
          // exact but with more digits than the parser admits: only possible for large unit changes
          return back.left.code === 'QUANTITY_OUT_OF_RANGE';
        }
        return A.compare(back.right.base, q.right.base) === 0;
      }),
      params(500),
    );
  });
  it('[REQ-UNIT-006] printed in its own unit, a parsed quantity reads back as the same text up to trailing zeros', () => {
    holds(
      fc.property(decimal, dimAndUnits, (d, [dim, u1]) => {
        const q = parseQuantity(dim, `${d} ${u1}`, 'p');
        if (E.isLeft(q)) return false;
        const canonical = A.toDecimalString(A.fromDecimalString(d));
        return formatQuantity(q.right, u1, 'down').text === `${canonical === '-0' ? '0' : canonical} ${u1}`;
      }),
      params(500),
    );
  });
});
