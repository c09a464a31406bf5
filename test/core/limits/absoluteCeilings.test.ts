import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../core/compile/compile.js';
import { DRUG_LIBRARY } from '../../../core/library/drugs.js';
import { checkDoseLimits } from '../../../core/limits/checkDoseLimits.js';
import type { Override } from '../../../core/request/CompileRequest.js';
import { contractRequest, q } from '../compile/_fixtures.js';

const at25 = { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '25 mg/mL') }] };
const morphine = (dose: string, overrides: Override[], limits = {}) => compile(contractRequest({
  reservoir: at25,
  therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', dose) }, periodicBoluses: [] },
  limits, overrides,
}));
const daily = (upTo: string, drug = 'morphine'): Override => ({ code: 'SOFT_LIMIT_EXCEEDED', drug, limit: 'maxDaily', upTo: q('doseRate', upTo), reason: 'opioid tolerant cancer patient' });
const codes = (r: ReturnType<typeof compile>) => (E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : 'accepted');

describe('absolute ceilings: the library data', () => {
  it('[REQ-LIMIT-104] every drug has an absolute daily ceiling: a label maximum (hard) or a documented engine bound with its rationale', () => {
    for (const [name, d] of Object.entries(DRUG_LIBRARY)) {
      const daily = [...d.absoluteCeilings, ...d.hardLimits].filter((l) => l.kind === 'maxDaily');
      expect(daily.length, name).toBeGreaterThan(0);
      for (const c of d.absoluteCeilings) {
        expect([c.grade, c.confidence, c.source], name).toEqual(['E', 'engine', 'engine bound']);
        expect(c.note, name).toMatch(/^a documented engine bound, not a fact of any source: five times /);
      }
    }
    expect(DRUG_LIBRARY['ziconotide']?.absoluteCeilings).toEqual([]);
    expect(Object.fromEntries(Object.entries(DRUG_LIBRARY).map(([n, d]) => [n, d.absoluteCeilings.map((c) => c.value)]))).toEqual({
      morphine: ['75 mg/day'], hydromorphone: ['50 mg/day', '75 mg/mL'], fentanyl: ['375 mcg/day'], sufentanil: ['100 mcg/day'],
      ziconotide: [], baclofen: ['4000 mcg/day'], bupivacaine: ['50 mg/day', '150 mg/mL'], clonidine: ['3000 mcg/day', '5000 mcg/mL'],
    });
  });
});

describe('absolute ceilings: nothing passes them', () => {
  it('[REQ-LIMIT-105] morphine 500 mg/day with any override (and a prescriber ceiling of 500 mg/day) is refused: ABSOLUTE_CEILING_EXCEEDED', () => {
    for (const overrides of [[], [daily('500 mg/day')], [daily('40000 mg/day')], [daily('500 mg/day'), { ...daily('500 mg/day'), code: 'HARD_LIMIT_EXCEEDED' }]]) {
      const r = morphine('500 mg/day', overrides, { morphine: { maxDaily: q('doseRate', '500 mg/day') } });
      expect(codes(r)).toContainEqual(['ABSOLUTE_CEILING_EXCEEDED', 'reservoir.drugs.0.drug']);
    }
    const r = morphine('500 mg/day', [daily('500 mg/day')]);
    expect(E.isLeft(r) && r.left.find((e) => e.code === 'ABSOLUTE_CEILING_EXCEEDED')?.message).toBe(
      'morphine: the most the program can deliver in any 24 h, 500 mg, exceeds the absolute ceiling 75 mg/day (engine bound: a documented engine bound, not a fact of any source: '
      + 'five times the PACC 2012 soft maximum 15 mg/day, so that a tenfold entry error is refused whatever the overrides say; 3.75 times the label\'s "caution with doses above 20 mg/day" '
      + '(Infumorph label) and 3 times the 25 mg/day of published protocols); nothing passes an absolute ceiling, neither an override nor the prescriber\'s limits (the override in the request does not apply)');
  });
  it('[REQ-LIMIT-102] morphine 18 mg/day: an override with upTo below the worst 24 h is refused naming the value needed', () => {
    const r = morphine('18 mg/day', [daily('17 mg/day')]);
    expect(codes(r)).toEqual([['OVERRIDE_BELOW_NEEDED', 'overrides.0.upTo']]);
    expect(E.isLeft(r) && r.left[0]?.message).toContain('the value needed is 18 mg/day');
  });
  it('[REQ-LIMIT-102] [REQ-LIMIT-104] morphine 18 mg/day: an override at or above the worst 24 h, within the absolute ceiling, is a warning', () => {
    for (const upTo of ['18 mg/day', '75 mg/day', '500 mg/day']) {
      const r = morphine('18 mg/day', [daily(upTo)]);
      expect(E.isRight(r) && r.right.warnings.filter((w) => w.code === 'SOFT_LIMIT_OVERRIDDEN').map((w) => w.path)).toEqual(['reservoir.drugs.0.drug']);
      expect(E.isRight(r) && r.right.limits.filter((l) => l.strength === 'absolute').map((l) => [l.limit, l.value, l.checked, l.outcome]))
        .toEqual([['absolute maxDaily', '75 mg/day', '18 mg', 'within']]);
    }
    // at the ceiling is within it; one step above is refused
    expect(codes(morphine('75 mg/day', [daily('75 mg/day')]))).toEqual('accepted');
    expect(codes(morphine('75.025 mg/day', [daily('80 mg/day')]))).toEqual([['ABSOLUTE_CEILING_EXCEEDED', 'reservoir.drugs.0.drug']]);
  });
  it('[REQ-LIMIT-104] a concentration override stops at the absolute concentration ceiling: hydromorphone 150 mg/mL (10× the soft 15) refused under upTo 1000 mg/mL', () => {
    const r = checkDoseLimits({ drugs: [{ drug: 'hydromorphone', worst24h: q('mass', '1 mg'), concentration: q('concentration', '150 mg/mL') }], limits: {},
      overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'hydromorphone', limit: 'maxConcentration', upTo: q('concentration', '1000 mg/mL'), reason: 'compounded' }] });
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([['ABSOLUTE_CEILING_EXCEEDED', 'reservoir.drugs.0.concentration']]);
    const ok = checkDoseLimits({ drugs: [{ drug: 'hydromorphone', worst24h: q('mass', '1 mg'), concentration: q('concentration', '20 mg/mL') }], limits: {},
      overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'hydromorphone', limit: 'maxConcentration', upTo: q('concentration', '20 mg/mL'), reason: 'compounded' }] });
    expect([ok.errors, ok.warnings.map((w) => w.code)]).toEqual([[], ['SOFT_LIMIT_OVERRIDDEN', 'OFF_LABEL']]);
  });
  it('[REQ-LIMIT-104] a prescriber ceiling does not lift an absolute one: fentanyl 400 mcg/day under limits.fentanyl.maxDaily 1000 mcg/day is refused', () => {
    const r = checkDoseLimits({ drugs: [{ drug: 'fentanyl', worst24h: q('mass', '400 mcg') }], limits: { fentanyl: { maxDaily: q('doseRate', '1000 mcg/day') } }, overrides: [] });
    expect(r.errors.map((e) => e.code)).toEqual(['ABSOLUTE_CEILING_EXCEEDED']);
  });
});
