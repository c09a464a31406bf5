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

describe('parseQuantity, what each refusal says', () => {
  const refusal = (dim: Parameters<typeof parseQuantity>[0], input: unknown) => {
    const r = parseQuantity(dim, input, 'a.b');
    return E.isLeft(r) ? [r.left.code, r.left.path, r.left.message] : 'OK';
  };
  it('[REQ-UNIT-005] [REQ-ERR-003] numbers and non-strings are refused naming the field\'s dimension with an example', () => {
    expect(refusal('doseRate', 3)).toEqual(['NUMBER_FOR_QUANTITY', 'a.b', 'a JSON number is not accepted for a quantity; write a dose rate such as "3 mg/day" as a string']);
    expect(refusal('flow', true)).toEqual(['WRONG_TYPE', 'a.b', 'expected a flow such as "0.3 mL/day" as a string']);
    expect(refusal('volume', '.5 mL')).toEqual(['INVALID_QUANTITY', 'a.b',
      '".5 mL" is not "<decimal> <unit>" (plain decimal with a leading zero, no exponent, no "+", one space, e.g. a volume such as "0.5 mL")']);
  });
  it('[REQ-UNIT-005] a string of 64 characters is read (and refused for its digits); of 65 it is refused for its length', () => {
    const s64 = `0.${'0'.repeat(59)} mg`;
    const s65 = `0.${'0'.repeat(60)} mg`;
    expect([s64.length, s65.length]).toEqual([64, 65]);
    expect(refusal('mass', s64)).toEqual(['QUANTITY_OUT_OF_RANGE', 'a.b', `"${s64}" has more than 12 digits before or 12 after the decimal point`]);
    expect(refusal('mass', s65)).toEqual(['QUANTITY_OUT_OF_RANGE', 'a.b', 'a quantity string is at most 64 characters']);
  });
  it('[REQ-UNIT-005] exactly 12 digits either side are accepted; leading zeros do not count', () => {
    const r = parseQuantity('mass', '000123456789012.123456789012 ng', 'p');
    // 123456789012.123456789012 ng × 86400 base units per ng
    expect(E.isRight(r) && A.toDecimalString(r.right.base)).toBe('10666666570647466.6665706368');
    expect(refusal('mass', '1234567890123 ng')?.[0]).toBe('QUANTITY_OUT_OF_RANGE');
  });
  it('[REQ-UNIT-003] [REQ-UNIT-004] the wrong dimension and a refused unit say what the field needs', () => {
    expect(refusal('doseRate', '3 mL/day')).toEqual(['WRONG_DIMENSION', 'a.b', '"3 mL/day" is a flow, but this field needs a dose rate such as "3 mg/day"']);
    expect(refusal('mass', '3 ug')).toEqual(['REFUSED_UNIT', 'a.b', 'unit "ug" is refused: use "mcg" ("ug" is misread as "mg")']);
  });
  it('[REQ-UNIT-002] negative and zero values convert exactly; -0 is zero', () => {
    const neg = parseQuantity('volume', '-0.5 mL', 'p');
    expect(E.isRight(neg) && A.toDecimalString(neg.right.base)).toBe('-43200000');
    const z = parseQuantity('volume', '-0 mL', 'p');
    expect(E.isRight(z) && [A.toDecimalString(z.right.base), z.right.base.isNegative()]).toEqual(['0', false]);
    // a ratio with a power-of-ten denominator: 1 ng/mL is 0.001 base units
    const c = parseQuantity('concentration', '1 ng/mL', 'p');
    expect(E.isRight(c) && A.toDecimalString(c.right.base)).toBe('0.001');
  });
});
