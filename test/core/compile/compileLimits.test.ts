import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { compile, formatQuantity } from '../../../core/index.js';
import { contractRequest, q } from './_fixtures.js';

const codes = (r: ReturnType<typeof compile>) => (E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : 'accepted');

describe('compile, ceilings on every drug', () => {
  it('[REQ-DOSE-005] a second drug of an admixture over its prescriber ceiling refuses the request, naming that drug', () => {
    const r = compile(contractRequest({
      reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }, { drug: 'clonidine', concentration: q('concentration', '500 mcg/mL') }] },
      limits: { morphine: { maxDaily: q('doseRate', '5 mg/day') }, clonidine: { maxDaily: q('doseRate', '100 mcg/day') } },
    }));
    expect(codes(r)).toEqual([['PRESCRIBER_LIMIT_EXCEEDED', 'limits.clonidine.maxDaily']]);
  });
  it('[REQ-DOSE-005] [REQ-DOSE-003] patient boluses that push the day over maxDaily refuse the request, though perDay is within', () => {
    const r = compile(contractRequest({
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '4.8 mg/day') }, periodicBoluses: [],
        patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '1 h'), maxPerDay: 3n } },
    }));
    expect(codes(r)).toEqual([['PRESCRIBER_LIMIT_EXCEEDED', 'limits.morphine.maxDaily']]);
  });
  it('[REQ-DOSE-005] [REQ-ROUND-002] a dose exactly at the ceiling is accepted: rounding never lands above it', () => {
    const r = compile(contractRequest({
      reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '3 mg/mL') }] },
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '5 mg/day') }, periodicBoluses: [] },
    }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(formatQuantity(r.right.doses['morphine']!.worst24h, 'mg', 'up').text).toBe('4.998 mg');
  });
  it('[REQ-LIB-002] a drug outside the library without a prescriber ceiling is UNKNOWN_DRUG; with one it compiles and warns NOT_IN_LIBRARY', () => {
    const drugs = [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }, { drug: 'meperidine', concentration: q('concentration', '10 mg/mL') }];
    const refused = compile(contractRequest({ reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs } }));
    expect(codes(refused)).toEqual([['UNKNOWN_DRUG', 'reservoir.drugs.1.drug']]);
    const accepted = compile(contractRequest({ reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs },
      limits: { morphine: { maxDaily: q('doseRate', '5 mg/day') }, meperidine: { maxDaily: q('doseRate', '5 mg/day') } } }));
    expect(E.isRight(accepted) && accepted.right.warnings.map((w) => w.code)).toContain('NOT_IN_LIBRARY');
  });
  it('[REQ-LIB-003] ziconotide above its label maximum is refused as a hard limit, and an override does not change that', () => {
    const req = contractRequest({
      reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'ziconotide', concentration: q('concentration', '100 mcg/mL') }] },
      therapy: { drug: 'ziconotide', basal: { mode: 'continuous', dose: q('doseRate', '30 mcg/day') }, periodicBoluses: [] },
      limits: {},
      overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'ziconotide', limit: 'maxDaily', upTo: q('doseRate', '30 mcg/day'), reason: 'trying to override a hard limit' }],
    });
    const r = compile(req);
    expect(E.isLeft(r) && r.left.map((e) => e.code)).toContain('HARD_LIMIT_EXCEEDED');
  });
});

describe('compile, reservoir', () => {
  it('[REQ-RES-003] refillWithin is the morphine stability limit (90 days) when the alarm comes later', () => {
    const r = compile(contractRequest());
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.reservoir.refillWithinDays?.toString()).toBe('90');
    expect(r.right.reservoir.refillBoundBy).toMatch(/morphine stability/);
  });
  it('[REQ-RES-003] refillWithin is the alarm, in whole days rounded down, when it comes first', () => {
    const r = compile(contractRequest({ therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '10 mg/day') }, periodicBoluses: [] },
      limits: { morphine: { maxDaily: q('doseRate', '10 mg/day') } } }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    // 38 mL at 1 mL/day: alarm after 38 days exactly
    expect(r.right.reservoir.lowAlarmAfterMinutes?.toString()).toBe(String(38 * 1440));
    expect(r.right.reservoir.refillWithinDays?.toString()).toBe('38');
    expect(r.right.reservoir.refillBoundBy).toBe('the low-reservoir alarm');
  });
  it('[REQ-RES-002] a fill at the alarm volume is accepted with FILL_AT_OR_BELOW_ALARM and an alarm at once', () => {
    const r = compile(contractRequest({ reservoir: { fill: q('volume', '2 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }] } }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.reservoir.lowAlarmAfterMinutes?.toString()).toBe('0');
    expect(r.right.warnings.map((w) => w.code)).toContain('FILL_AT_OR_BELOW_ALARM');
  });
  it('[REQ-RES-002] a fill above capacity is OVERFILL', () => {
    const r = compile(contractRequest({ reservoir: { fill: q('volume', '41 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }] } }));
    expect(codes(r)).toEqual([['OVERFILL', 'reservoir.fill']]);
  });
});
