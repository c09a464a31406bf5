import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { compile, formatQuantity } from '../../../core/index.js';
import { contractRequest, q } from './_fixtures.js';

const ok = (r: ReturnType<typeof compile>) => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

describe('compile', () => {
  it('[REQ-DOSE-001] [REQ-COMP-001] 3 mg/day of morphine at 10 mg/mL is 0.3 mL/day and 3 mg per day', () => {
    const r = ok(compile(contractRequest()));
    expect(formatQuantity({ dim: 'flow', base: r.program.steps[0]!.flow }, 'mL/day', 'down').text).toBe('0.3 mL/day');
    expect(formatQuantity(r.doses['morphine']!.perDay, 'mg', 'down').text).toBe('3 mg');
    expect(r.roundings).toEqual([]);
  });
  it('[REQ-ROUND-002] [REQ-COMP-001] 1 mg/day at 3 mg/mL rounds toward less drug: 0.333 mL/day, 0.999 mg, reported', () => {
    const r = ok(compile(contractRequest({
      reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'hydromorphone', concentration: q('concentration', '3 mg/mL') }] },
      therapy: { drug: 'hydromorphone', basal: { mode: 'continuous', dose: q('doseRate', '1 mg/day') }, periodicBoluses: [] },
      limits: {},
    })));
    expect(formatQuantity({ dim: 'flow', base: r.program.steps[0]!.flow }, 'mL/day', 'down').text).toBe('0.333 mL/day');
    expect(formatQuantity(r.doses['hydromorphone']!.perDay, 'mg', 'down').text).toBe('0.999 mg');
    expect(r.roundings).toHaveLength(1);
    expect(r.roundings[0]).toMatchObject({ what: 'program.steps.0.rate', to: '0.333 mL/day', direction: 'toward less drug' });
    expect(r.roundings[0]!.from).toMatch(/^≈0\.33333333\d* mL\/day$/);
    expect(r.warnings.map((w) => w.code)).toContain('ROUNDED_TOWARD_LESS_DRUG');
  });
  it('[REQ-DOSE-003] [REQ-COMP-002] the patient bolus 0.1 mg is 0.01 mL and worst 24 h is 3.4 mg with a 4 h lockout and 4 a day', () => {
    const r = ok(compile(contractRequest({
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '3 mg/day') }, periodicBoluses: [],
        patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } },
    })));
    expect(formatQuantity({ dim: 'volume', base: r.program.patientBolus!.volume }, 'mL', 'down').text).toBe('0.01 mL');
    expect(formatQuantity(r.doses['morphine']!.worst24h, 'mg', 'up').text).toBe('3.4 mg');
    expect(formatQuantity(r.doses['morphine']!.least24h, 'mg', 'down').text).toBe('3 mg');
  });
  it('[REQ-RES-001] without a patient bolus the alarm comes after 3040 h and empty after 3200 h', () => {
    const r = ok(compile(contractRequest()));
    expect(r.reservoir.lowAlarmAfterMinutes?.toString()).toBe('182400');
    expect(r.reservoir.emptyAfterMinutes?.toString()).toBe('192000');
  });
  it('[REQ-COMP-003] a rate above the pump maximum is refused, not clamped', () => {
    const r = compile(contractRequest({ therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '250 mg/day') }, periodicBoluses: [] }, limits: {} }));
    expect(E.isLeft(r) && r.left.map((e) => e.code)).toContain('RATE_ABOVE_MAXIMUM');
  });
  it('[REQ-COMP-003] a rate that rounds below the pump minimum is refused', () => {
    const r = compile(contractRequest({ therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '0.05 mg/day') }, periodicBoluses: [] } }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['RATE_BELOW_MINIMUM', 'therapy.dose']]);
  });
  it('[REQ-DOSE-002] the prescriber ceiling is checked against worst24h, not perDay', () => {
    const r = compile(contractRequest({
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '4.9 mg/day') }, periodicBoluses: [],
        patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } },
    }));
    expect(E.isLeft(r) && r.left.map((e) => e.code)).toEqual(['PRESCRIBER_LIMIT_EXCEEDED']);
  });
  it('[REQ-UNIT-002] the same prescription in mcg and uL compiles to the same program', () => {
    const a = ok(compile(contractRequest()));
    const b = ok(compile(contractRequest({
      reservoir: { fill: q('volume', '40000 uL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10000 mcg/mL') }] },
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '3000 mcg/day') }, periodicBoluses: [] },
    })));
    expect(b.program).toEqual(a.program);
  });
});
