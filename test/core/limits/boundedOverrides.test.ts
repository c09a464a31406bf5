import { describe, expect, it } from 'vitest';
import { checkDoseLimits, type DrugDoseForLimits } from '../../../core/limits/checkDoseLimits.js';
import type { Override } from '../../../core/request/CompileRequest.js';
import { decodeCompileRequest } from '../../../spec/codecs/decodeCompileRequest.js';
import { codesAndPaths, contractRequest, leftOf, rightOf, setAt } from '../../spec/codecs/_fixtures.js';
import { q } from '../library/_q.js';

const check = (drugs: DrugDoseForLimits[], overrides: Override[]) => checkDoseLimits({ drugs, limits: {}, overrides });
const daily = (drug: string, upTo: string, reason = 'tolerant, stable for a year'): Override => ({ code: 'SOFT_LIMIT_EXCEEDED', drug, limit: 'maxDaily', upTo: q('doseRate', upTo), reason });
const conc = (drug: string, upTo: string): Override => ({ code: 'SOFT_LIMIT_EXCEEDED', drug, limit: 'maxConcentration', upTo: q('concentration', upTo), reason: 'compounded' });
const morphine = (worst: string, concentration = '10 mg/mL'): DrugDoseForLimits => ({ drug: 'morphine', worst24h: q('mass', worst), concentration: q('concentration', concentration) });
const all = (r: ReturnType<typeof checkDoseLimits>) => [...r.errors, ...r.warnings].map((e) => [e.code, e.path]);

describe('bounded overrides: the value allowed', () => {
  it('[REQ-LIMIT-102] morphine worst 24 h 18 mg: upTo 18 mg/day (equal) or 25 mg/day is a warning repeating the reason and the value', () => {
    for (const upTo of ['18 mg/day', '25 mg/day', '18000 mcg/day']) {
      const r = check([morphine('18 mg')], [daily('morphine', upTo)]);
      expect(r.errors).toEqual([]);
      expect(all(r)).toEqual([['SOFT_LIMIT_OVERRIDDEN', 'reservoir.drugs.0.drug']]);
      expect(r.warnings[0]?.message).toMatch(/overridden up to (18|25) mg\/day: "tolerant, stable for a year"$/);
      expect(r.applied.find((a) => a.limit === 'soft maxDaily')).toMatchObject({ outcome: 'overridden', overrideReason: 'tolerant, stable for a year' });
      expect(r.overridesUsed).toEqual([0]);
    }
  });
  it('[REQ-LIMIT-102] upTo below the worst 24 h is refused (OVERRIDE_BELOW_NEEDED at the override) naming the value needed', () => {
    const r = check([morphine('18.5 mg')], [daily('morphine', '16 mg/day')]);
    expect(codesAndPaths(r.errors)).toEqual([['OVERRIDE_BELOW_NEEDED', 'overrides.0.upTo']]);
    expect(r.errors[0]?.message).toContain('the override allows up to 16 mg/day, less than what is needed: the value needed is 18.5 mg/day');
    expect(r.warnings).toEqual([]);
    expect(r.applied.find((a) => a.limit === 'soft maxDaily')?.outcome).toBe('exceeded');
  });
  it('[REQ-LIMIT-102] of two overrides of the same limit the lowest upTo applies (the other is not needed)', () => {
    const r = check([morphine('18 mg')], [daily('morphine', '30 mg/day'), daily('morphine', '17 mg/day')]);
    expect(all(r)).toEqual([['OVERRIDE_BELOW_NEEDED', 'overrides.1.upTo'], ['OVERRIDE_NOT_NEEDED', 'overrides.0']]);
  });
  it('[REQ-LIMIT-102] a concentration override: 22 mg/mL within upTo 22 mg/mL, refused under upTo 21 mg/mL; a daily override does not pass it', () => {
    expect(all(check([morphine('1 mg', '22 mg/mL')], [conc('morphine', '22 mg/mL')]))).toEqual([['SOFT_LIMIT_OVERRIDDEN', 'reservoir.drugs.0.concentration']]);
    const low = check([morphine('1 mg', '22 mg/mL')], [conc('morphine', '21 mg/mL')]);
    expect(codesAndPaths(low.errors)).toEqual([['OVERRIDE_BELOW_NEEDED', 'overrides.0.upTo']]);
    expect(low.errors[0]?.message).toContain('the value needed is 22 mg/mL');
    const wrong = check([morphine('1 mg', '22 mg/mL')], [daily('morphine', '30 mg/day')]);
    expect(all(wrong)).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.concentration'], ['OVERRIDE_NOT_NEEDED', 'overrides.0']]);
    expect(wrong.errors[0]?.message).toContain('{ "code": "SOFT_LIMIT_EXCEEDED", "drug": "morphine", "limit": "maxConcentration", "upTo": "22 mg/mL", "reason": "..." }');
  });
  it('[REQ-LIMIT-102] no upTo passes a hard limit: ziconotide 30 mcg/day under an override up to 40 mcg/day is HARD_LIMIT_EXCEEDED', () => {
    const r = check([{ drug: 'ziconotide', worst24h: q('mass', '30 mcg') }], [daily('ziconotide', '40 mcg/day')]);
    expect(codesAndPaths(r.errors)).toEqual([['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    expect(r.warnings).toEqual([]);
  });
});

describe('bounded overrides: an override nothing needed', () => {
  it('[REQ-LIMIT-103] no soft limit exceeded: OVERRIDE_NOT_NEEDED at the override, and the request is accepted', () => {
    const r = check([morphine('3 mg')], [daily('morphine', '25 mg/day')]);
    expect(r.errors).toEqual([]);
    expect(all(r)).toEqual([['OVERRIDE_NOT_NEEDED', 'overrides.0']]);
    expect(r.warnings[0]?.message).toBe('the override of morphine\'s soft maxDaily is not needed: no soft limit of morphine is exceeded; remove it');
  });
  it('[REQ-LIMIT-103] a limit that did not bind, a drug not in the fluid: each said so', () => {
    const r = check([morphine('1 mg', '22 mg/mL')], [conc('morphine', '22 mg/mL'), daily('morphine', '25 mg/day'), daily('clonidine', '700 mcg/day')]);
    expect(all(r)).toEqual([['SOFT_LIMIT_OVERRIDDEN', 'reservoir.drugs.0.concentration'], ['OVERRIDE_NOT_NEEDED', 'overrides.1'], ['OVERRIDE_NOT_NEEDED', 'overrides.2']]);
    expect(r.warnings[1]?.message).toContain('morphine\'s soft maxDaily did not bind (what is exceeded: soft maxConcentration)');
    expect(r.warnings[2]?.message).toContain('clonidine is not among the drugs checked');
  });
  it('[REQ-LIMIT-103] a partial check (reportUnneededOverrides: false) reports nothing about overrides', () => {
    const r = checkDoseLimits({ drugs: [morphine('3 mg')], limits: {}, overrides: [daily('morphine', '25 mg/day')], reportUnneededOverrides: false });
    expect(r.warnings).toEqual([]);
  });
});

describe('bounded overrides on the wire', () => {
  const withOverride = (o: unknown) => decodeCompileRequest(setAt(contractRequest(), 'overrides', [o]));
  const o = { code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', upTo: '25 mg/day', reason: 'palliative' };
  it('[REQ-LIMIT-101] an override decodes with its limit and upTo', () => {
    const r = rightOf(withOverride(o));
    expect(r.overrides.map((x) => [x.limit, x.upTo.dim])).toEqual([['maxDaily', 'doseRate']]);
  });
  it('[REQ-LIMIT-101] without upTo: MISSING_FIELD with a message that says what to give', () => {
    const { upTo: _, ...noUpTo } = o;
    const e = leftOf(withOverride(noUpTo));
    expect(codesAndPaths(e)).toEqual([['MISSING_FIELD', 'overrides.0.upTo']]);
    expect(e[0]?.message).toContain('"upTo" is required: the most the override allows');
    expect(e[0]?.message).toContain('"25 mg/day"');
  });
  it('[REQ-LIMIT-101] without limit, an unknown limit, upTo of the wrong dimension, zero: each refused', () => {
    const { limit: _, ...noLimit } = o;
    expect(codesAndPaths(leftOf(withOverride(noLimit)))).toEqual([['MISSING_FIELD', 'overrides.0.limit']]);
    expect(codesAndPaths(leftOf(withOverride({ ...o, limit: 'hardMax' })))).toEqual([['INVALID_VALUE', 'overrides.0.limit']]);
    expect(codesAndPaths(leftOf(withOverride({ ...o, upTo: '25 mg/mL' })))).toEqual([['WRONG_DIMENSION', 'overrides.0.upTo']]);
    expect(codesAndPaths(leftOf(withOverride({ ...o, limit: 'maxConcentration' })))).toEqual([['WRONG_DIMENSION', 'overrides.0.upTo']]);
    expect(codesAndPaths(leftOf(withOverride({ ...o, upTo: '0 mg/day' })))).toEqual([['NOT_POSITIVE', 'overrides.0.upTo']]);
    expect(codesAndPaths(leftOf(withOverride({ ...o, upTo: '40001 mg/day' })))).toEqual([['QUANTITY_ABOVE_BOUND', 'overrides.0.upTo']]);
  });
  it('[REQ-LIMIT-101] a hand-built override without upTo is REQUEST_NOT_WELL_FORMED at its path', () => {
    const { upTo: _, ...noUpTo } = daily('morphine', '25 mg/day');
    const r = checkDoseLimits({ drugs: [morphine('3 mg')], limits: {}, overrides: [noUpTo as unknown as Override] });
    expect(codesAndPaths(r.errors)).toEqual([['REQUEST_NOT_WELL_FORMED', 'overrides.0.upTo']]);
  });
});
