import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, parseQuantity, parseUnit } from '../../../core/index.js';
import { SIMPLE_UNITS } from '../../../core/quantity/units.js';

const code = (r: ReturnType<typeof parseQuantity>) => (E.isLeft(r) ? r.left.code : 'OK');

describe('parseQuantity', () => {
  it('[REQ-UNIT-001] [REQ-UNIT-002] 3 mg/day is 3 000 000 base units (ng/day)', () => {
    const r = parseQuantity('doseRate', '3 mg/day', 'p');
    expect(E.isRight(r) && A.toDecimalString(r.right.base)).toBe('3000000');
  });
  it('[REQ-UNIT-002] 10 mg/mL is 10 000 ng/uL and 10 mcg/mL is 10', () => {
    const a = parseQuantity('concentration', '10 mg/mL', 'p');
    const b = parseQuantity('concentration', '10 mcg/mL', 'p');
    expect(E.isRight(a) && A.toDecimalString(a.right.base)).toBe('10000');
    expect(E.isRight(b) && A.toDecimalString(b.right.base)).toBe('10');
  });
  it('[REQ-UNIT-004] µg, ug, cc and U are refused naming the accepted spelling', () => {
    for (const [text, dim, hint] of [['1 µg', 'mass', 'mcg'], ['1 ug', 'mass', 'mcg'], ['1 cc', 'volume', 'mL'], ['1 U', 'mass', 'mass']] as const) {
      const r = parseQuantity(dim, text, 'x.y');
      expect(E.isLeft(r) && [r.left.code, r.left.path]).toEqual(['REFUSED_UNIT', 'x.y']);
      expect(E.isLeft(r) && r.left.message).toContain(hint);
    }
  });
  it('[REQ-UNIT-005] plain decimals only: leading zero, no exponent, no plus, no separators, no JSON numbers', () => {
    expect(code(parseQuantity('mass', '.5 mg', 'p'))).toBe('INVALID_QUANTITY');
    expect(code(parseQuantity('mass', '5. mg', 'p'))).toBe('INVALID_QUANTITY');
    expect(code(parseQuantity('mass', '1e3 mg', 'p'))).toBe('INVALID_QUANTITY');
    expect(code(parseQuantity('mass', '+1 mg', 'p'))).toBe('INVALID_QUANTITY');
    expect(code(parseQuantity('mass', '1,000 mg', 'p'))).toBe('INVALID_QUANTITY');
    expect(code(parseQuantity('mass', '1  mg', 'p'))).toBe('INVALID_QUANTITY');
    expect(code(parseQuantity('mass', 'Infinity mg', 'p'))).toBe('INVALID_QUANTITY');
    expect(code(parseQuantity('mass', 3, 'p'))).toBe('NUMBER_FOR_QUANTITY');
    expect(code(parseQuantity('mass', null, 'p'))).toBe('WRONG_TYPE');
    expect(code(parseQuantity('mass', '1234567890123 mg', 'p'))).toBe('QUANTITY_OUT_OF_RANGE');
    expect(code(parseQuantity('mass', '0.1234567890123 mg', 'p'))).toBe('QUANTITY_OUT_OF_RANGE');
    expect(code(parseQuantity('mass', '1.0 mg', 'p'))).toBe('OK');
  });
  it('[REQ-UNIT-003] a volume where a dose rate belongs is WRONG_DIMENSION', () => {
    expect(code(parseQuantity('doseRate', '3 mL', 'p'))).toBe('WRONG_DIMENSION');
    expect(code(parseQuantity('doseRate', '3 mL/day', 'p'))).toBe('WRONG_DIMENSION');
  });
  it('[REQ-UNIT-001] units are case-sensitive and ratios are limited to the four compound dimensions', () => {
    expect(code(parseQuantity('volume', '1 ml', 'p'))).toBe('REFUSED_UNIT');
    expect(code(parseQuantity('mass', '1 MG', 'p'))).toBe('UNKNOWN_UNIT');
    expect(code(parseQuantity('doseRate', '1 mg/day/day', 'p'))).toBe('UNKNOWN_UNIT');
    expect(code(parseQuantity('doseRate', '1 day/mg', 'p'))).toBe('UNKNOWN_UNIT');
    expect(code(parseQuantity('doseRate', '1 constructor', 'p'))).toBe('UNKNOWN_UNIT');
    expect(code(parseQuantity('doseRate', '1 __proto__/day', 'p'))).toBe('UNKNOWN_UNIT');
  });
  it('[REQ-UNIT-002] every ratio unit factor has a power-of-ten denominator, so conversion into base units is exact', () => {
    const names = Object.keys(SIMPLE_UNITS);
    for (const a of names) for (const b of names) {
      const u = parseUnit(`${a}/${b}`);
      if ('code' in u) continue;
      expect(/^10*$/.test(u.den.toString())).toBe(true);
    }
  });
});
