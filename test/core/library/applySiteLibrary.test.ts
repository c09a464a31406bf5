import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { applySiteLibrary } from '../../../core/library/applySiteLibrary.js';
import { BUILT_IN_LIBRARY, drugIn, siteOf, type Library } from '../../../core/library/Library.js';
import type { DrugLimit } from '../../../core/library/drugs.js';
import type { SiteLibraryInput } from '../../../core/library/SiteLibrary.js';
import { checkDoseLimits } from '../../../core/limits/checkDoseLimits.js';
import { decimalArithmetic as A } from '../../../core/arith/decimalArithmetic.js';
import { quantity } from '../../../core/quantity/Quantity.js';

const SITE = 'Test site formulary (a test fixture)';
const daily = (value: string, grade: 'O' | 'L' = 'O', region?: 'US' | 'EU'): DrugLimit => ({
  kind: 'maxDaily', value, dim: 'doseRate', source: SITE, grade, confidence: grade === 'L' ? 'label' : 'other', ...(region === undefined ? {} : { region }),
});
const site = (drugs: SiteLibraryInput['drugs']): SiteLibraryInput => ({ name: 'Test site', version: '1', drugs });
const lib = (drugs: SiteLibraryInput['drugs']): Library => {
  const r = applySiteLibrary(site(drugs));
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
/** worst 24 h of morphine, in mg (1 mg = 86 400 000 000 base mass units... through a dose rate of mg/day × 1 day). */
const morphineMg = (mg: bigint) => ({ drug: 'morphine', worst24h: quantity('mass', A.mul(A.fromInteger(mg * 1_000_000n), A.fromInteger(86_400n))) });

describe('applySiteLibrary', () => {
  it('[REQ-SITE-004] soft limits given replace the built-in ones; other drugs keep their entries', () => {
    const l = lib({ morphine: { softLimits: [daily('2 mg/day')] } });
    expect(drugIn(l, 'morphine')?.softLimits.map((x) => x.value)).toEqual(['2 mg/day']);
    expect(drugIn(l, 'morphine')?.absoluteCeilings).toEqual(drugIn(BUILT_IN_LIBRARY, 'morphine')?.absoluteCeilings);
    expect(drugIn(l, 'hydromorphone')).toEqual(drugIn(BUILT_IN_LIBRARY, 'hydromorphone'));
    expect(l.drugNames).toEqual(BUILT_IN_LIBRARY.drugNames);
    expect(siteOf(l)).toEqual({ name: 'Test site', version: '1' });
  });
  it('[REQ-SITE-001] [REQ-SITE-004] a lowered soft limit changes the verdict: 3 mg of morphine within the built-in library, over the site\'s 2 mg/day', () => {
    expect(checkDoseLimits({ drugs: [morphineMg(3n)], limits: {}, overrides: [] }).errors).toEqual([]);
    const r = checkDoseLimits({ drugs: [morphineMg(3n)], limits: {}, overrides: [] }, lib({ morphine: { softLimits: [daily('2 mg/day')] } }));
    expect(r.errors.map((e) => e.code)).toEqual(['SOFT_LIMIT_EXCEEDED']);
    expect(r.errors[0]?.message).toContain(SITE);
  });
  it('[REQ-SITE-004] a site absolute ceiling joins the built-in one and lowers it; the built-in one keeps applying', () => {
    const l = lib({ morphine: { absoluteCeilings: [daily('10 mg/day')], softLimits: [] } });
    expect(drugIn(l, 'morphine')?.absoluteCeilings.map((x) => x.value)).toEqual(['75 mg/day', '10 mg/day']);
    const overridden = { code: 'SOFT_LIMIT_EXCEEDED' as const, drug: 'morphine', limit: 'maxDaily' as const, upTo: quantity('doseRate', A.fromInteger(12_000_000n)), reason: 'test' };
    const r = checkDoseLimits({ drugs: [morphineMg(11n)], limits: {}, overrides: [overridden] }, l);
    expect(r.errors.map((e) => e.code)).toContain('ABSOLUTE_CEILING_EXCEEDED');
    const big = checkDoseLimits({ drugs: [morphineMg(80n)], limits: {}, overrides: [] }, lib({ morphine: { softLimits: [daily('100 mg/day')] } }));
    expect(big.errors.map((e) => e.code)).toContain('ABSOLUTE_CEILING_EXCEEDED');
  });
  it('[REQ-SITE-004] a site absolute ceiling or hard limit above the built-in one is refused with its path', () => {
    const r = applySiteLibrary(site({ morphine: { absoluteCeilings: [daily('100 mg/day')] }, ziconotide: { hardLimits: [daily('20 mcg/day', 'L', 'US')] } }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([
      ['SITE_LIBRARY_RAISES_LIMIT', 'drugs.morphine.absoluteCeilings.0.value'],
      ['SITE_LIBRARY_RAISES_LIMIT', 'drugs.ziconotide.hardLimits.0.value'],
    ]);
  });
  it('[REQ-SITE-004] a limit equal to or below the built-in one, or of another region, is accepted', () => {
    const l = lib({ ziconotide: { hardLimits: [daily('19.2 mcg/day', 'L', 'US'), daily('21 mcg/day', 'L', 'EU')] } });
    expect(drugIn(l, 'ziconotide')?.hardLimits.length).toBe(4);
  });
  it('[REQ-SITE-009] a drug the built-in library does not hold, without its class, approval and daily ceiling, is MISSING_FIELD naming each datum', () => {
    const r = applySiteLibrary(site({ oxycodone: { softLimits: [daily('1 mg/day')] } }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([
      ['MISSING_FIELD', 'drugs.oxycodone.opioid'], ['MISSING_FIELD', 'drugs.oxycodone.approval'], ['MISSING_FIELD', 'drugs.oxycodone.absoluteCeilings'],
    ]);
  });
  it('[REQ-SITE-002] a value that does not parse is INVALID_QUANTITY with its path', () => {
    const r = applySiteLibrary(site({ morphine: { softLimits: [daily('two mg/day')] } }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['INVALID_QUANTITY', 'drugs.morphine.softLimits.0.value']]);
  });
  it('[REQ-SITE-001] the result is frozen and has no prototype', () => {
    const l = lib({ morphine: { softLimits: [daily('2 mg/day')] } });
    expect(Object.isFrozen(l)).toBe(true);
    expect(Object.isFrozen(l.drugs)).toBe(true);
    expect(Object.getPrototypeOf(l.drugs)).toBe(null);
  });
});
