import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { massUnitForConcentration, massUnitForMass } from '../../../core/quantity/massDisplayUnit.js';
import { parseQuantity } from '../../../core/quantity/parseQuantity.js';
import type { Dimension } from '../../../core/quantity/dimension.js';

const base = (dim: Dimension, text: string) => {
  const q = parseQuantity(dim, text, 'x');
  if (E.isLeft(q)) throw new Error(text);
  return q.right.base;
};

describe('the mg-or-mcg display rule', () => {
  it('[REQ-UNIT-008] a concentration from 1 mg/mL up reads in mg, below in mcg, at the exact threshold', () => {
    expect(massUnitForConcentration(base('concentration', '1 mg/mL'))).toBe('mg');
    expect(massUnitForConcentration(base('concentration', '1000 mcg/mL'))).toBe('mg');
    expect(massUnitForConcentration(base('concentration', '999.999 mcg/mL'))).toBe('mcg');
    expect(massUnitForConcentration(base('concentration', '25 mcg/mL'))).toBe('mcg');
    expect(massUnitForConcentration(base('concentration', '0.001 g/mL'))).toBe('mg');
  });
  it('[REQ-UNIT-008] a mass from 1 mg up reads in mg, below in mcg, at the exact threshold', () => {
    expect(massUnitForMass(base('mass', '1 mg'))).toBe('mg');
    expect(massUnitForMass(base('mass', '999.999 mcg'))).toBe('mcg');
    expect(massUnitForMass(base('mass', '1000000 ng'))).toBe('mg');
    expect(massUnitForMass(base('mass', '999999 ng'))).toBe('mcg');
  });
});
