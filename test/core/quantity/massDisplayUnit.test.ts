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

describe('one place for the rule', () => {
  it('[REQ-UNIT-008] no module of core/ or spec/wire writes the mg-or-mcg choice again', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join, resolve, relative } = await import('node:path');
    const root = resolve(import.meta.dirname, '../../..');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
    const again = [...files(join(root, 'core')), ...files(join(root, 'spec', 'wire'))]
      .filter((f) => !f.endsWith('massDisplayUnit.ts'))
      .filter((f) => /\?\s*'mg(\/mL)?'\s*:\s*'mcg(\/mL)?'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(again).toEqual([]);
  });
});
