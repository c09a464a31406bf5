import { describe, expect, it } from 'vitest';
import { checkDoseLimits, type DrugDoseForLimits } from '../../../core/limits/checkDoseLimits.js';
import type { Override } from '../../../core/request/CompileRequest.js';
import { q } from '../library/_q.js';

const one = (d: DrugDoseForLimits, limits = {}, overrides: Override[] = []) => checkDoseLimits({ drugs: [d], limits, overrides });
const codes = (r: { errors: readonly { code: string; path: string }[] }) => r.errors.map((e) => [e.code, e.path]);
const warn = (r: { warnings: readonly { code: string; path: string }[] }) => r.warnings.map((e) => [e.code, e.path]);

describe('checkDoseLimits: hard limits', () => {
  it('[REQ-LIB-003] [REQ-LIB-005] ziconotide 30 mcg/day is refused by the label maximum 19.2 mcg/day (Prialt US label)', () => {
    const r = one({ drug: 'ziconotide', worst24h: q('mass', '30 mcg') });
    expect(codes(r)).toEqual([['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    expect(r.errors[0]?.message).toContain('30 mcg');
    expect(r.errors[0]?.message).toContain('19.2 mcg/day (Prialt US label');
    expect(r.errors[0]?.message).toContain('21.6 mcg/day');
    expect(r.applied.map((a) => [a.limit, a.region, a.value, a.checked, a.margin, a.outcome])).toEqual([
      ['hard maxDaily', 'US', '19.2 mcg/day', '30 mcg', '-10.8 mcg', 'exceeded'],
      ['hard maxDaily', 'EU', '21.6 mcg/day', '30 mcg', '-8.4 mcg', 'exceeded'],
    ]);
  });

  it('[REQ-LIB-005] ziconotide 20 mcg/day: within the EU maximum, but the stricter US maximum applies', () => {
    const r = one({ drug: 'ziconotide', worst24h: q('mass', '20 mcg') });
    expect(codes(r)).toEqual([['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    expect(r.errors[0]?.message).toContain('the stricter region applies (within EU 21.6 mcg/day)');
  });

  it('[REQ-LIB-003] ziconotide exactly 19.2 mcg/day (written 0.0192 mg) is within the limit', () => {
    const r = one({ drug: 'ziconotide', worst24h: q('mass', '0.0192 mg') });
    expect(r.errors).toEqual([]);
    expect(r.applied[0]?.margin).toBe('0 mcg');
  });

  it('[REQ-LIB-003] an override never turns a hard limit into a warning', () => {
    const r = one({ drug: 'ziconotide', worst24h: q('mass', '30 mcg') }, {}, [
      { code: 'HARD_LIMIT_EXCEEDED', drug: 'ziconotide', limit: 'maxDaily' as const, upTo: q('doseRate', '30 mcg/day'), reason: 'severe pain' },
      { code: 'SOFT_LIMIT_EXCEEDED', drug: 'ziconotide', limit: 'maxDaily' as const, upTo: q('doseRate', '30 mcg/day'), reason: 'severe pain' },
    ]);
    expect(codes(r)).toEqual([['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    expect(r.errors[0]?.message).toContain('the override in the request does not apply');
    expect(r.warnings).toEqual([]);
  });
});

describe('checkDoseLimits: soft limits', () => {
  const morphine18 = { drug: 'morphine', worst24h: q('mass', '18 mg') };

  it('[REQ-LIB-003] morphine 18 mg/day exceeds the PACC 2012 soft maximum 15 mg/day: refused without an override', () => {
    const r = one(morphine18);
    expect(codes(r)).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    expect(r.errors[0]?.message).toContain('15 mg/day (PACC 2012 (Deer et al., Neuromodulation 2012;15:436-466), unverified');
    expect(r.applied.map((a) => [a.limit, a.value, a.outcome, a.confidence])).toEqual([
      ['soft maxDaily', '15 mg/day', 'exceeded', 'unverified'],
      ['soft maxDaily', '20 mg/day', 'within', 'label'],
      ['absolute maxDaily', '75 mg/day', 'within', 'engine'],
    ]);
  });

  it('[REQ-LIB-003] with an override and a reason it is a warning repeating the reason', () => {
    const r = one(morphine18, {}, [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily' as const, upTo: q('doseRate', '18 mg/day'), reason: 'tolerant, stable on 16 mg/day for a year' }]);
    expect(r.errors).toEqual([]);
    expect(warn(r)).toEqual([['SOFT_LIMIT_OVERRIDDEN', 'reservoir.drugs.0.drug']]);
    expect(r.warnings[0]?.message).toContain('"tolerant, stable on 16 mg/day for a year"');
    expect(r.applied[0]).toMatchObject({ outcome: 'overridden', overrideReason: 'tolerant, stable on 16 mg/day for a year' });
  });

  it('[REQ-LIB-003] an override with an empty reason, or for another drug, does not count', () => {
    const blank = one(morphine18, {}, [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily' as const, upTo: q('doseRate', '18 mg/day'), reason: '   ' }]);
    expect(codes(blank)).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    expect(blank.errors[0]?.message).toContain('empty reason');
    expect(codes(one(morphine18, {}, [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'hydromorphone', limit: 'maxDaily' as const, upTo: q('doseRate', '18 mg/day'), reason: 'x' }]))).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
  });

  it('[REQ-LIB-003] morphine 22 mg/day exceeds both soft limits: one refusal naming the stricter and the other', () => {
    const r = one({ drug: 'morphine', worst24h: q('mass', '22 mg') });
    expect(codes(r)).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    expect(r.errors[0]?.message).toMatch(/exceeds the soft limit 15 mg\/day .*also above 20 mg\/day \(Infumorph label/);
  });
});

describe('checkDoseLimits: concentrations', () => {
  const baclofen = (c: string) => one({ drug: 'baclofen', worst24h: q('mass', '400 mcg'), concentration: q('concentration', c) }, { baclofen: { maxDaily: q('doseRate', '800 mcg/day') } });

  it('[REQ-LIB-004] baclofen 500 mg/mL (meant mcg/mL) is refused above the highest approved product, 2000 mcg/mL', () => {
    const r = baclofen('500 mg/mL');
    expect(codes(r)).toEqual([['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.concentration']]);
    expect(r.errors[0]?.message).toContain('2000 mcg/mL');
    expect(codes(baclofen('500 mcg/mL'))).toEqual([]);
  });

  it('[REQ-LIB-004] the verdict is the same in mg/mL and mcg/mL', () => {
    expect(codes(baclofen('2.5 mg/mL'))).toEqual(codes(baclofen('2500 mcg/mL')));
    expect(codes(baclofen('2 mg/mL'))).toEqual([]);
    expect(codes(baclofen('2.000001 mg/mL'))).toEqual([['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.concentration']]);
  });

  it('[REQ-LIB-004] morphine 25 mg/mL (Infumorph) is never flagged by the 20 mg/mL soft limit; 22 mg/mL is; 30 mg/mL is above every product', () => {
    const at = (c: string) => one({ drug: 'morphine', worst24h: q('mass', '3 mg'), concentration: q('concentration', c) });
    const infumorph = at('25 mg/mL');
    expect(codes(infumorph)).toEqual([]);
    expect(infumorph.applied.find((a) => a.limit === 'soft maxConcentration')).toMatchObject({ outcome: 'within', note: expect.stringContaining('Infumorph 25 mg/mL') });
    expect(codes(at('22 mg/mL'))).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.concentration']]);
    expect(codes(at('30 mg/mL'))).toEqual([['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.concentration'], ['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.concentration']]);
  });
});

describe('checkDoseLimits: drugs without a ceiling', () => {
  it('[REQ-LIB-002] a drug not in the library is refused without a prescriber maxDaily', () => {
    const r = one({ drug: 'oxycodone', worst24h: q('mass', '1 mg') });
    expect(codes(r)).toEqual([['UNKNOWN_DRUG', 'reservoir.drugs.0.drug']]);
  });

  it('[REQ-LIB-002] a capitalised library name is unknown, and the message says to write it in lower case', () => {
    const r = one({ drug: 'Morphine', worst24h: q('mass', '1 mg') });
    expect(codes(r)).toEqual([['UNKNOWN_DRUG', 'reservoir.drugs.0.drug']]);
    expect(r.errors[0]?.message).toContain('did you mean "morphine"');
  });

  it('[REQ-LIB-002] with limits.<drug>.maxDaily it runs with NOT_IN_LIBRARY, bounded by that ceiling', () => {
    const limits = { oxycodone: { maxDaily: q('doseRate', '5 mg/day') } };
    const ok = one({ drug: 'oxycodone', worst24h: q('mass', '4 mg') }, limits);
    expect(codes(ok)).toEqual([]);
    expect(warn(ok)).toEqual([['NOT_IN_LIBRARY', 'reservoir.drugs.0.drug']]);
    expect(ok.applied).toMatchObject([{ limit: 'prescriber maxDaily', value: '5 mg/day', checked: '4 mg', margin: '1 mg', outcome: 'within', source: 'request limits' }]);
    expect(codes(one({ drug: 'oxycodone', worst24h: q('mass', '6 mg') }, limits))).toEqual([['PRESCRIBER_LIMIT_EXCEEDED', 'limits.oxycodone.maxDaily']]);
  });

  it('[REQ-LIB-006] a library drug with no published daily maximum (baclofen, fentanyl) needs the prescriber ceiling', () => {
    expect(codes(one({ drug: 'baclofen', worst24h: q('mass', '400 mcg') }))).toEqual([['NO_DAILY_CEILING', 'limits.baclofen.maxDaily']]);
    expect(codes(one({ drug: 'fentanyl', worst24h: q('mass', '50 mcg') }))).toEqual([['NO_DAILY_CEILING', 'limits.fentanyl.maxDaily']]);
    expect(codes(one({ drug: 'fentanyl', worst24h: q('mass', '50 mcg') }, { fentanyl: { maxDaily: q('doseRate', '75 mcg/day') } }))).toEqual([]);
  });
});

describe('checkDoseLimits: admixtures', () => {
  it('[REQ-DOSE-005] every drug of the admixture is checked against its own limits (clonidine over 600 mcg/day)', () => {
    const r = checkDoseLimits({
      drugs: [{ drug: 'morphine', worst24h: q('mass', '5 mg') }, { drug: 'clonidine', worst24h: q('mass', '700 mcg') }],
      limits: {}, overrides: [],
    });
    expect(codes(r)).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.1.drug']]);
    expect(r.errors[0]?.message).toContain('clonidine');
  });

  it('[REQ-LIB-007] off-label drugs and every admixture warn OFF_LABEL; ziconotide with an opioid and baclofen with anything warn ADMIXTURE_NOT_RECOMMENDED', () => {
    const mc = checkDoseLimits({ drugs: [{ drug: 'morphine', worst24h: q('mass', '3 mg') }, { drug: 'clonidine', worst24h: q('mass', '150 mcg') }], limits: {}, overrides: [] });
    expect(warn(mc)).toEqual([['OFF_LABEL', 'reservoir.drugs.1.drug'], ['OFF_LABEL', 'reservoir.drugs']]);
    const zm = checkDoseLimits({ drugs: [{ drug: 'ziconotide', worst24h: q('mass', '2.4 mcg') }, { drug: 'morphine', worst24h: q('mass', '1 mg') }], limits: {}, overrides: [] });
    expect(warn(zm)).toEqual([['ADMIXTURE_NOT_RECOMMENDED', 'reservoir.drugs.0.drug'], ['OFF_LABEL', 'reservoir.drugs']]);
    expect(zm.warnings[0]?.message).toContain('Prialt label');
    const bc = checkDoseLimits({ drugs: [{ drug: 'baclofen', worst24h: q('mass', '400 mcg') }, { drug: 'clonidine', worst24h: q('mass', '100 mcg') }], limits: { baclofen: { maxDaily: q('doseRate', '500 mcg/day') } }, overrides: [] });
    expect(warn(bc)).toEqual([['ADMIXTURE_NOT_RECOMMENDED', 'reservoir.drugs.0.drug'], ['OFF_LABEL', 'reservoir.drugs.1.drug'], ['OFF_LABEL', 'reservoir.drugs']]);
    expect(warn(one({ drug: 'hydromorphone', worst24h: q('mass', '2 mg') }))).toEqual([['OFF_LABEL', 'reservoir.drugs.0.drug']]);
    expect(warn(one({ drug: 'morphine', worst24h: q('mass', '2 mg') }))).toEqual([]);
  });
  it('[REQ-LIB-007] [REQ-BRIDGE-006] reportFluidWarnings: false (drugs that are not one fluid) gives no warning about what a fluid holds, and still every ceiling', () => {
    const drugs = [{ drug: 'baclofen', worst24h: q('mass', '600 mcg') }, { drug: 'clonidine', worst24h: q('mass', '100 mcg') }];
    const r = checkDoseLimits({ drugs, limits: { baclofen: { maxDaily: q('doseRate', '500 mcg/day') } }, overrides: [], reportFluidWarnings: false });
    expect(warn(r)).toEqual([]);
    expect(codes(r)).toEqual(codes(checkDoseLimits({ drugs, limits: { baclofen: { maxDaily: q('doseRate', '500 mcg/day') } }, overrides: [] })));
    expect(codes(r).length).toBeGreaterThan(0);
  });

  it('[REQ-LIB-008] every applied limit carries its source, and paths follow the caller', () => {
    const r = checkDoseLimits({ drugs: [{ drug: 'hydromorphone', worst24h: q('mass', '2 mg'), concentration: q('concentration', '10 mg/mL'), path: 'new.drugs.0' }], limits: {}, overrides: [] });
    expect(r.applied.map((a) => [a.limit, a.value, a.checked, a.margin, a.outcome])).toEqual([
      ['soft maxDaily', '10 mg/day', '2 mg', '8 mg', 'within'],
      ['soft maxConcentration', '15 mg/mL', '10 mg/mL', '5 mg/mL', 'within'],
      ['absolute maxDaily', '50 mg/day', '2 mg', '48 mg', 'within'],
      ['absolute maxConcentration', '75 mg/mL', '10 mg/mL', '65 mg/mL', 'within'],
    ]);
    for (const a of r.applied) expect(a.source).toMatch(/PACC 2012|engine bound/);
    expect(warn(r)).toEqual([['OFF_LABEL', 'new.drugs.0.drug']]);
  });
});
