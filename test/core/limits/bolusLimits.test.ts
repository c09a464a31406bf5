import { describe, expect, it, vi } from 'vitest';
import { q } from '../library/_q.js';

// No drug of the built-in library has a maximum patient bolus yet; the check exists for
// when one is published. Here morphine is given one of each strength (test values, not sources).
vi.mock('../../../core/library/drugs.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/library/drugs.js')>();
  const m = real.DRUG_LIBRARY['morphine'];
  if (m === undefined) return real;
  const bolus = (value: string, source: string, grade: 'L' | 'P', confidence: 'label' | 'unverified') =>
    ({ kind: 'maxBolus' as const, value, dim: 'mass' as const, source, grade, confidence });
  const withBolus = { ...m,
    hardLimits: [...m.hardLimits, bolus('1 mg', 'test label', 'L', 'label')],
    softLimits: [...m.softLimits, bolus('0.5 mg', 'test guideline', 'P', 'unverified')] };
  const lib = { ...real.DRUG_LIBRARY, morphine: withBolus };
  return { ...real, DRUG_LIBRARY: lib, lookupDrug: (n: string) => (Object.prototype.hasOwnProperty.call(lib, n) ? lib[n as keyof typeof lib] : undefined) };
});

// Every module is loaded here, at the top, never inside a test: a module first
// loaded in a test's body would count its module-level code as covered by that
// test alone (mutation testing then runs only that test for it).
const { checkDoseLimits } = await import('../../../core/limits/checkDoseLimits.js');
const { compile } = await import('../../../core/compile/compile.js');
const { contractRequest, q: fq } = await import('../compile/_fixtures.js');

const morphine = (bolus?: string) => checkDoseLimits({
  drugs: [{ drug: 'morphine', worst24h: q('mass', '3 mg'), ...(bolus === undefined ? {} : { patientBolusDose: q('mass', bolus) }) }],
  limits: {}, overrides: [],
});
const bolusRows = (r: ReturnType<typeof checkDoseLimits>) =>
  r.applied.filter((a) => a.kind === 'maxBolus').map((a) => [a.limit, a.value, a.checked, a.margin, a.outcome, a.source]);
const codes = (r: ReturnType<typeof checkDoseLimits>) => r.errors.map((e) => [e.code, e.path]);

describe('checkDoseLimits: maximum patient bolus', () => {
  it('[REQ-LIB-008] without a patient bolus no bolus limit is applied', () => {
    const r = morphine();
    expect(bolusRows(r)).toEqual([]);
    expect(r.errors).toEqual([]);
  });
  it('[REQ-LIB-008] a 0.4 mg bolus is within both: each limit reported with value, checked dose and margin', () => {
    const r = morphine('0.4 mg');
    expect(r.errors).toEqual([]);
    expect(bolusRows(r)).toEqual([
      ['hard maxBolus', '1 mg', '0.4 mg', '0.6 mg', 'within', 'test label'],
      ['soft maxBolus', '0.5 mg', '0.4 mg', '0.1 mg', 'within', 'test guideline'],
    ]);
  });
  it('[REQ-LIB-003] [REQ-LIB-008] a bolus equal to the soft limit is within it; above it is SOFT_LIMIT_EXCEEDED at the drug path', () => {
    expect(morphine('0.5 mg').errors).toEqual([]);
    const r = morphine('0.6 mg');
    expect(codes(r)).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    expect(r.errors[0]?.message).toBe('morphine: the patient bolus dose 0.6 mg exceeds the soft limit 0.5 mg (test guideline, unverified); '
      + 'to proceed, add to overrides { "code": "SOFT_LIMIT_EXCEEDED", "drug": "morphine", "limit": "maxBolus", "upTo": "0.6 mg", "reason": "..." } (upTo: the most you allow, at least 0.6 mg)');
  });
  it('[REQ-LIB-003] a bolus at the label maximum is only the soft breach; above it is HARD_LIMIT_EXCEEDED too', () => {
    expect(codes(morphine('1 mg'))).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    const r = morphine('1.2 mg');
    expect(codes(r)).toEqual([['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug'], ['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    expect(r.errors[0]?.message).toBe('morphine: the patient bolus dose 1.2 mg exceeds the label maximum 1 mg (test label); a hard limit has no override');
  });
  it('[REQ-LIB-003] an override with a reason turns the soft bolus breach into SOFT_LIMIT_OVERRIDDEN, recorded with the reason', () => {
    const r = checkDoseLimits({ drugs: [{ drug: 'morphine', worst24h: q('mass', '3 mg'), patientBolusDose: q('mass', '0.6 mg') }], limits: {},
      overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxBolus', upTo: q('mass', '0.6 mg'), reason: 'breakthrough pain' }] });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([['SOFT_LIMIT_OVERRIDDEN', 'reservoir.drugs.0.drug']]);
    const soft = r.applied.find((a) => a.limit === 'soft maxBolus');
    expect([soft?.outcome, soft?.overrideReason]).toEqual(['overridden', 'breakthrough pain']);
  });
});

describe('compile applies the maximum patient bolus', () => {
  it('[REQ-LIB-003] [REQ-COMP-002] the patient bolus dose is the programmed volume × concentration: 0.06 mL × 10 mg/mL = 0.6 mg is over the soft 0.5 mg', () => {
    const withBolus = (dose: string) => compile(contractRequest({
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: fq('doseRate', '3 mg/day') }, periodicBoluses: [],
        patientBolus: { dose: fq('mass', dose), duration: fq('time', '10 min'), lockout: fq('time', '4 h'), maxPerDay: 4n } },
      limits: { morphine: { maxDaily: fq('doseRate', '10 mg/day') } },
    }));
    const over = withBolus('0.6 mg');
    expect(over._tag === 'Left' && over.left.map((e) => [e.code, e.path])).toEqual([['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.0.drug']]);
    const within = withBolus('0.5 mg');
    expect(within._tag === 'Right' && within.right.limits.filter((l) => l.kind === 'maxBolus').map((l) => [l.limit, l.checked, l.outcome]))
      .toEqual([['hard maxBolus', '0.5 mg', 'within'], ['soft maxBolus', '0.5 mg', 'within']]);
    // without a patient bolus no bolus limit is applied
    const none = compile(contractRequest());
    expect(none._tag === 'Right' && none.right.limits.filter((l) => l.kind === 'maxBolus')).toEqual([]);
  });
});
