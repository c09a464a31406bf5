import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { compile, formatQuantity } from '../../../core/index.js';
import { contractPump, contractRequest, q } from './_fixtures.js';

const ok = (r: ReturnType<typeof compile>) => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const refused = (r: ReturnType<typeof compile>) => (E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : 'accepted');

const fixedPump = { kind: 'fixed-rate' as const, reservoir: q('volume', '20 mL'), lowReservoirAlarm: q('volume', '2 mL'), nominalFlow: q('flow', '1 mL/day'), flowTolerance: q('percent', '15 %') };
const morphine = (dose: string) => ({ drug: 'morphine', basal: { mode: 'continuous' as const, dose: q('doseRate', dose) }, periodicBoluses: [] });

describe('compile, what the reservoir holds', () => {
  it('[REQ-COMP-001] a therapy drug the reservoir does not hold is DRUG_NOT_IN_RESERVOIR at therapy.drug', () => {
    const r = compile(contractRequest({ reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'baclofen', concentration: q('concentration', '2 mg/mL') }] } }));
    expect(refused(r)).toEqual([['DRUG_NOT_IN_RESERVOIR', 'therapy.drug']]);
  });
  it('[REQ-COMP-001] a programmable pump needs every concentration, the prescribed drug\'s too: one MISSING_CONCENTRATION per drug', () => {
    const r = compile(contractRequest({ reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }, { drug: 'clonidine' }] } }));
    expect(refused(r)).toEqual([['MISSING_CONCENTRATION', 'reservoir.drugs.0.concentration'], ['MISSING_CONCENTRATION', 'reservoir.drugs.1.concentration']]);
    const second = compile(contractRequest({ reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }, { drug: 'clonidine' }] } }));
    expect(refused(second)).toEqual([['MISSING_CONCENTRATION', 'reservoir.drugs.1.concentration']]);
  });
});

describe('compile, fixed-rate pump', () => {
  it('[REQ-COMP-004] flex steps, periodic boluses and a patient bolus are each refused with WRONG_PUMP_KIND at their path, all at once', () => {
    const r = compile(contractRequest({
      pump: fixedPump,
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      therapy: { drug: 'morphine', basal: { mode: 'flex', steps: [{ start: 0n, dose: q('doseRate', '3 mg/day') }] },
        periodicBoluses: [{ start: 3_600n, dose: q('mass', '0.1 mg'), duration: q('time', '10 min') }],
        patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } },
    }));
    expect(refused(r)).toEqual([['WRONG_PUMP_KIND', 'therapy.mode'], ['WRONG_PUMP_KIND', 'therapy.periodicBoluses'], ['WRONG_PUMP_KIND', 'therapy.patientBolus']]);
  });
  it('[REQ-COMP-004] only a periodic bolus on a fixed-rate pump: one WRONG_PUMP_KIND at therapy.periodicBoluses', () => {
    const r = compile(contractRequest({
      pump: fixedPump,
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      therapy: { ...morphine('3 mg/day'), periodicBoluses: [{ start: 3_600n, dose: q('mass', '0.1 mg'), duration: q('time', '10 min') }] },
    }));
    expect(refused(r)).toEqual([['WRONG_PUMP_KIND', 'therapy.periodicBoluses']]);
  });
  it('[REQ-COMP-004] a fixed-rate pump solves only the prescribed drug: another drug without a concentration is MISSING_CONCENTRATION', () => {
    const r = compile(contractRequest({ pump: fixedPump, reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }, { drug: 'clonidine' }] } }));
    expect(refused(r)).toEqual([['MISSING_CONCENTRATION', 'reservoir.drugs.1.concentration']]);
  });
  it('[REQ-COMP-004] [REQ-ROUND-002] under 1 mg/day the grid is 0.001 mcg/mL: 0.5 mg/day at 0.3 mL/day is 1666.666 mcg/mL, reported in mcg/mL', () => {
    const r = ok(compile(contractRequest({
      pump: { ...fixedPump, nominalFlow: q('flow', '0.3 mL/day') },
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      therapy: morphine('0.5 mg/day'),
    })));
    // 500 mcg/day ÷ 0.3 mL/day = 1666.666... mcg/mL, floored at 0.001 mcg/mL (at 0.001 mg/mL it would be 1666 mcg/mL)
    expect(formatQuantity(r.concentrations['morphine']!, 'mcg/mL', 'down').text).toBe('1666.666 mcg/mL');
    expect(r.roundings).toEqual([{
      what: 'program.concentrations.morphine', from: '≈1666.666666667 mcg/mL', to: '1666.666 mcg/mL', direction: 'toward less drug',
      why: 'dose ÷ nominal flow is not a multiple of the compounding resolution 0.001 mcg/mL',
    }]);
    // 0.3 mL/day × 1666.666 mcg/mL = 499.9998 mcg; worst at +15 %: 0.345 mL/day → 574.99977 mcg
    expect(formatQuantity(r.doses['morphine']!.perDay, 'mcg', 'down').text).toBe('499.9998 mcg');
    expect(formatQuantity(r.doses['morphine']!.worst24h, 'mcg', 'up').text).toBe('574.99977 mcg');
    expect(r.doses['morphine']!.unit).toBe('mg');
  });
  it('[REQ-COMP-004] exactly 1 mg/day is on the 0.001 mg/mL grid: 1 mg/day at 0.3 mL/day is 3.333 mg/mL, reported in mg/mL', () => {
    const r = ok(compile(contractRequest({
      pump: { ...fixedPump, nominalFlow: q('flow', '0.3 mL/day') },
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      therapy: morphine('1 mg/day'),
    })));
    expect(r.roundings).toEqual([{
      what: 'program.concentrations.morphine', from: '≈3.333333334 mg/mL', to: '3.333 mg/mL', direction: 'toward less drug',
      why: 'dose ÷ nominal flow is not a multiple of the compounding resolution 0.001 mg/mL',
    }]);
  });
  it('[REQ-COMP-004] just under 1 mg/day the mcg grid applies: 0.999999 mg/day at 0.3 mL/day is 3333.33 mcg/mL', () => {
    const r = ok(compile(contractRequest({
      pump: { ...fixedPump, nominalFlow: q('flow', '0.3 mL/day') },
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      therapy: morphine('0.999999 mg/day'),
    })));
    // 999.999 mcg/day ÷ 0.3 mL/day = 3333.33 mcg/mL exactly: nothing rounded
    expect(formatQuantity(r.concentrations['morphine']!, 'mcg/mL', 'down').text).toBe('3333.33 mcg/mL');
    expect(r.roundings).toEqual([]);
  });
  it('[REQ-COMP-004] a dose whose concentration floors to zero is CONCENTRATION_ROUNDS_TO_ZERO at therapy.dose', () => {
    // 0.0005 mcg/day ÷ 1 mL/day = 0.0005 mcg/mL → 0 at 0.001 mcg/mL
    const r = compile(contractRequest({ pump: fixedPump, reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] }, therapy: morphine('0.0000005 mg/day') }));
    expect(refused(r)).toEqual([['CONCENTRATION_ROUNDS_TO_ZERO', 'therapy.dose']]);
    expect(E.isLeft(r) && r.left[0]!.message).toBe('the concentration rounds to zero at 0.001 mcg/mL');
    // 0.001 mcg/day gives exactly the grid step 0.001 mcg/mL and is accepted
    const smallest = ok(compile(contractRequest({ pump: fixedPump, reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] }, therapy: morphine('0.000001 mg/day') })));
    expect(formatQuantity(smallest.concentrations['morphine']!, 'mcg/mL', 'down').text).toBe('0.001 mcg/mL');
  });
  it('[REQ-COMP-004] [REQ-RES-004] a tolerance above 100 % never gives a negative least flow: least 24 h is 0, worst and times at 2.5 mL/day', () => {
    const r = ok(compile(contractRequest({
      pump: { ...fixedPump, flowTolerance: q('percent', '150 %') },
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      limits: { morphine: { maxDaily: q('doseRate', '10 mg/day') } },
    })));
    expect(r.kind).toBe('fixed-rate');
    const d = r.doses['morphine']!;
    expect(d.least24h.base.isZero()).toBe(true);
    expect(formatQuantity(d.perDay, 'mg', 'down').text).toBe('3 mg');
    expect(formatQuantity(d.worst24h, 'mg', 'up').text).toBe('7.5 mg');
    // 18 mL to the alarm at 2.5 mL/day = 7.2 days = 10368 min; 20 mL empty after 8 days = 11520 min
    expect(r.reservoir.lowAlarmAfterMinutes?.toString()).toBe('10368');
    expect(r.reservoir.emptyAfterMinutes?.toString()).toBe('11520');
    expect(r.reservoir.refillWithinDays?.toString()).toBe('7');
  });
  it('[REQ-COMP-004] at 100 % tolerance the least flow is exactly zero, and at 99 % it is 1 % of nominal', () => {
    const at = (tol: string) => ok(compile(contractRequest({
      pump: { ...fixedPump, flowTolerance: q('percent', tol) },
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      limits: { morphine: { maxDaily: q('doseRate', '10 mg/day') } },
    }))).doses['morphine']!;
    expect(at('100 %').least24h.base.isZero()).toBe(true);
    expect(formatQuantity(at('99 %').least24h, 'mg', 'down').text).toBe('0.03 mg');
  });
});

describe('compile, bolus volumes on a programmable pump', () => {
  const withBolus = (dose: string, res?: string) => contractRequest({
    pump: res === undefined ? contractPump : { ...contractPump, bolusVolumeResolution: q('volume', res) },
    therapy: { ...morphine('3 mg/day'), patientBolus: { dose: q('mass', dose), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } },
  });
  it('[REQ-COMP-001] [REQ-ROUND-002] a declared bolus volume resolution is the grid: 0.15 mg at 10 mg/mL on 0.01 mL is 0.01 mL, reported with that resolution', () => {
    const r = ok(compile(withBolus('0.15 mg', '0.01 mL')));
    expect(formatQuantity({ dim: 'volume', base: r.program.patientBolus!.volume }, 'mL', 'down').text).toBe('0.01 mL');
    expect(r.roundings).toEqual([{ what: 'program.patientBolus.volume', from: '0.015 mL', to: '0.01 mL', direction: 'toward less drug',
      why: 'dose ÷ concentration is not a multiple of the pump bolus volume resolution 0.01 mL' }]);
  });
  it('[REQ-COMP-001] [REQ-ROUND-002] without a declared resolution the grid is 0.000001 mL: 0.15 mg at 10 mg/mL stays 0.015 mL', () => {
    const r = ok(compile(withBolus('0.15 mg')));
    expect(formatQuantity({ dim: 'volume', base: r.program.patientBolus!.volume }, 'mL', 'down').text).toBe('0.015 mL');
    expect(r.roundings).toEqual([]);
    // 0.000015 mg at 10 mg/mL = 0.0000015 mL → 0.000001 mL
    const thin = ok(compile(withBolus('0.000015 mg')));
    expect(formatQuantity({ dim: 'volume', base: thin.program.patientBolus!.volume }, 'mL', 'down').text).toBe('0.000001 mL');
    expect(thin.roundings).toEqual([{ what: 'program.patientBolus.volume', from: '0.0000015 mL', to: '0.000001 mL', direction: 'toward less drug',
      why: 'dose ÷ concentration has more than 6 decimals of a mL; the pump declares no bolus volume resolution, so 0.000001 mL is used' }]);
  });
  it('[REQ-COMP-002] a bolus volume that floors to zero on the grid is BOLUS_ROUNDS_TO_ZERO at its dose', () => {
    // 0.05 mg at 10 mg/mL = 0.005 mL → 0 on a 0.01 mL grid
    expect(refused(compile(withBolus('0.05 mg', '0.01 mL')))).toEqual([['BOLUS_ROUNDS_TO_ZERO', 'therapy.patientBolus.dose']]);
    const periodic = compile(contractRequest({
      pump: { ...contractPump, bolusVolumeResolution: q('volume', '0.01 mL') },
      therapy: { ...morphine('3 mg/day'), periodicBoluses: [{ start: 3_600n, dose: q('mass', '0.05 mg'), duration: q('time', '10 min') }] },
    }));
    expect(refused(periodic)).toEqual([['BOLUS_ROUNDS_TO_ZERO', 'therapy.periodicBoluses.0.dose']]);
  });
  it('[REQ-COMP-002] a bolus faster than the pump maximum bolus rate is refused; exactly at it, with the basal beside it, is refused as concurrent flow', () => {
    // 1 mL/h for 10 min allows 1/6 mL; 1.7 mg at 10 mg/mL = 0.17 mL is above, 1.6 mg = 0.16 mL below
    const over = compile(contractRequest({
      therapy: { ...morphine('3 mg/day'), patientBolus: { dose: q('mass', '1.7 mg'), duration: q('time', '10 min'), lockout: q('time', '24 h'), maxPerDay: 1n } },
    }));
    expect(refused(over)).toEqual([['BOLUS_RATE_ABOVE_MAXIMUM', 'therapy.patientBolus.dose']]);
    // 0.5 mL in 30 min is exactly 1 mL/h: within the maximum bolus rate on its own, but the 0.3 mL/day basal runs
    // beside it, and together they ask more than the pump delivers (issue 11: flows that run at once are summed)
    const at = compile(contractRequest({
      therapy: { ...morphine('3 mg/day'), periodicBoluses: [{ start: 0n, dose: q('mass', '5 mg'), duration: q('time', '30 min') }] },
      limits: { morphine: { maxDaily: q('doseRate', '10 mg/day') } },
    }));
    expect(refused(at)).toEqual([['CONCURRENT_FLOW_ABOVE_MAXIMUM', 'therapy']]);
    const above = compile(contractRequest({
      therapy: { ...morphine('3 mg/day'), periodicBoluses: [{ start: 0n, dose: q('mass', '5.00001 mg'), duration: q('time', '30 min') }] },
      limits: { morphine: { maxDaily: q('doseRate', '10 mg/day') } },
    }));
    expect(refused(above)).toEqual([['BOLUS_RATE_ABOVE_MAXIMUM', 'therapy.periodicBoluses.0.dose']]);
  });
});

describe('compile, titration', () => {
  const zic = (steps: { start: bigint; dose: string }[], periodic: { start: bigint; dose: string }[] = []) => contractRequest({
    reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'ziconotide', concentration: q('concentration', '25 mcg/mL') }] },
    therapy: {
      drug: 'ziconotide',
      basal: { mode: 'flex', steps: steps.map((s) => ({ start: s.start, dose: q('doseRate', s.dose) })) },
      periodicBoluses: periodic.map((b) => ({ start: b.start, dose: q('mass', b.dose), duration: q('time', '10 min') })),
    },
    limits: {},
    titration: { previousDose: q('doseRate', '2.4 mcg/day'), since: q('time', '7 day') },
  });
  const usRule = (r: ReturnType<typeof compile>) => {
    const t = ok(r).titration.find((x) => x.region === 'US');
    return t?.checks.map((c) => [c.what, c.checked, c.breached]);
  };
  it('[REQ-TITR-001] the new dose is the prescription weighted by step length: 3.6 mcg/day for 12 h and 6 mcg/day for 12 h is +2.4 mcg/day, within', () => {
    expect(usRule(compile(zic([{ start: 0n, dose: '3.6 mcg/day' }, { start: 43_200n, dose: '6 mcg/day' }])))).toEqual([['maxIncrease', '+2.4 mcg/day', false]]);
  });
  it('[REQ-TITR-001] the last step runs to midnight: 2.4 mcg/day for 6 h then 6 mcg/day for 18 h is +2.7 mcg/day, refused', () => {
    const r = compile(zic([{ start: 0n, dose: '2.4 mcg/day' }, { start: 21_600n, dose: '6 mcg/day' }]));
    expect(refused(r)).toEqual([['TITRATION_LIMIT_EXCEEDED', 'titration.previousDose']]);
  });
  it('[REQ-TITR-001] the titration rule reads the prescription before rounding to the rate grid: 4.801 mcg/day is refused though the rate floors to 4.8', () => {
    // 6.002 mcg/day ÷ 25 mcg/mL = 0.24008 mL/day, floored to 0.24 mL/day (6 mcg/day); the prescribed mean is 4.801 mcg/day
    const r = compile(zic([{ start: 0n, dose: '3.6 mcg/day' }, { start: 43_200n, dose: '6.002 mcg/day' }]));
    expect(refused(r)).toEqual([['TITRATION_LIMIT_EXCEEDED', 'titration.previousDose']]);
  });
  it('[REQ-TITR-001] periodic boluses count in the new daily dose: 3.6 mcg/day plus a 1.2 mcg bolus is +2.4, plus 1.201 mcg is refused', () => {
    expect(usRule(compile(zic([{ start: 0n, dose: '3.6 mcg/day' }], [{ start: 3_600n, dose: '1.2 mcg' }])))).toEqual([['maxIncrease', '+2.4 mcg/day', false]]);
    const r = compile(zic([{ start: 0n, dose: '3.6 mcg/day' }], [{ start: 3_600n, dose: '1.201 mcg' }]));
    expect(refused(r)).toEqual([['TITRATION_LIMIT_EXCEEDED', 'titration.previousDose']]);
  });
  it('[REQ-TITR-001] [REQ-TITR-002] a continuous prescription is its dose; the rules checked are in the result with the advisory warning', () => {
    const r = ok(compile(contractRequest({
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'ziconotide', concentration: q('concentration', '25 mcg/mL') }] },
      therapy: { drug: 'ziconotide', basal: { mode: 'continuous', dose: q('doseRate', '4.8 mcg/day') }, periodicBoluses: [] },
      limits: {},
      titration: { previousDose: q('doseRate', '2.4 mcg/day'), since: q('time', '7 day') },
    })));
    expect(r.titration.map((t) => [t.strength, t.region, t.outcome])).toEqual([['hard', 'US', 'within'], ['hard', 'EU', 'within'], ['advisory', 'EU', 'within'], ['advisory', undefined, 'exceeded']]);
    expect(r.warnings.map((w) => w.code)).toContain('TITRATION_ABOVE_GUIDANCE');
  });
  it('[REQ-TITR-001] without titration in the request no rule is applied', () => {
    expect(ok(compile(contractRequest())).titration).toEqual([]);
    expect(ok(compile(contractRequest())).kind).toBe('programmable');
  });
});
