import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { compile, formatQuantity } from '../../../core/index.js';
import { contractRequest, q } from './_fixtures.js';

const fixedPump = { kind: 'fixed-rate' as const, reservoir: q('volume', '20 mL'), lowReservoirAlarm: q('volume', '2 mL'), nominalFlow: q('flow', '1 mL/day'), flowTolerance: q('percent', '15 %') };

describe('compile, fixed-rate pump', () => {
  it('[REQ-COMP-004] 3 mg/day at 1 mL/day: compound 3 mg/mL; worst 24 h at +15 % is 3.45 mg, least at −15 % is 2.55 mg', () => {
    const r = compile(contractRequest({ pump: fixedPump, reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] } }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    const d = r.right.doses['morphine']!;
    expect(formatQuantity(r.right.concentrations['morphine']!, 'mg/mL', 'down').text).toBe('3 mg/mL');
    expect(formatQuantity(d.perDay, 'mg', 'down').text).toBe('3 mg');
    expect(formatQuantity(d.worst24h, 'mg', 'up').text).toBe('3.45 mg');
    expect(formatQuantity(d.least24h, 'mg', 'down').text).toBe('2.55 mg');
    // 18 mL to the alarm at 1.15 mL/day: 15.652... days = 22539.13 min → 22539 min (earlier)
    expect(r.right.reservoir.lowAlarmAfterMinutes?.toString()).toBe('22539');
  });
  it('[REQ-COMP-004] [REQ-ROUND-002] 1 mg/day at 0.3 mL/day: 3.333 mg/mL, rounded toward less drug and reported', () => {
    const r = compile(contractRequest({
      pump: { ...fixedPump, nominalFlow: q('flow', '0.3 mL/day') },
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '1 mg/day') }, periodicBoluses: [] },
    }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(formatQuantity(r.right.concentrations['morphine']!, 'mg/mL', 'down').text).toBe('3.333 mg/mL');
    expect(r.right.roundings.map((x) => x.what)).toEqual(['program.concentrations.morphine']);
  });
  it('[REQ-COMP-004] a fixed-rate pump refuses flex steps and boluses, and a given concentration for the solved drug', () => {
    const r = compile(contractRequest({
      pump: fixedPump,
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '3 mg/mL') }] },
    }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['WRONG_PUMP_KIND', 'reservoir.drugs.0.concentration']]);
    const r2 = compile(contractRequest({
      pump: fixedPump,
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '3 mg/day') }, periodicBoluses: [],
        patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } },
    }));
    expect(E.isLeft(r2) && r2.left.map((e) => e.code)).toEqual(['WRONG_PUMP_KIND']);
  });
  it('[REQ-PUMP-001] a fixed-rate pump without its flow tolerance is refused naming the field', () => {
    const { flowTolerance: _, ...noTol } = fixedPump;
    const r = compile(contractRequest({ pump: noTol, reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] } }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['PUMP_PARAMETER_MISSING', 'pump.flowTolerance']]);
  });
});

describe('compile, admixtures and flex', () => {
  it('[REQ-DOSE-001] [REQ-COMP-001] every drug of an admixture follows from the same flow', () => {
    const r = compile(contractRequest({
      reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }, { drug: 'clonidine', concentration: q('concentration', '500 mcg/mL') }] },
    }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(formatQuantity(r.right.doses['clonidine']!.perDay, 'mcg', 'down').text).toBe('150 mcg');
    expect(r.right.doses['clonidine']!.unit).toBe('mcg');
  });
  it('[REQ-DOSE-001] [REQ-DOSE-002] a flex program: 2 mg/day 00:00-08:00 and 4 mg/day 08:00-24:00 delivers 3.333... mg per day, worst = least', () => {
    const r = compile(contractRequest({
      therapy: { drug: 'morphine', basal: { mode: 'flex', steps: [{ start: 0n, dose: q('doseRate', '2 mg/day') }, { start: 28_800n, dose: q('doseRate', '4 mg/day') }] }, periodicBoluses: [] },
    }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    const d = r.right.doses['morphine']!;
    expect(formatQuantity(d.perDay, 'mg', 'down').text).toBe('3.333333333 mg');
    expect(formatQuantity(d.worst24h, 'mg', 'up').text).toBe('3.333333334 mg');
    expect(d.worst24h.base.equals(d.least24h.base)).toBe(true);
  });
  it('[REQ-DOSE-001] a periodic bolus across midnight counts once per day', () => {
    const r = compile(contractRequest({
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '3 mg/day') }, periodicBoluses: [{ start: 85_800n, dose: q('mass', '0.5 mg'), duration: q('time', '30 min') }] },
    }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(formatQuantity(r.right.doses['morphine']!.perDay, 'mg', 'down').text).toBe('3.5 mg');
    expect(formatQuantity(r.right.doses['morphine']!.worst24h, 'mg', 'up').text).toBe('3.5 mg');
  });
  it('[REQ-RES-001] an overfill is refused', () => {
    const r = compile(contractRequest({ reservoir: { fill: q('volume', '40.5 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }] } }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['OVERFILL', 'reservoir.fill']]);
  });
});
