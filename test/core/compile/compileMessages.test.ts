import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { compile } from '../../../core/index.js';
import { contractPump, contractRequest, q } from './_fixtures.js';

const errors = (r: ReturnType<typeof compile>) => (E.isLeft(r) ? r.left.map((e) => [e.code, e.path, e.message]) : 'accepted');
const warnings = (r: ReturnType<typeof compile>, code: string) => (E.isRight(r) ? r.right.warnings.filter((w) => w.code === code).map((w) => [w.path, w.message]) : 'refused');
const fixedPump = { kind: 'fixed-rate' as const, reservoir: q('volume', '20 mL'), lowReservoirAlarm: q('volume', '2 mL'), nominalFlow: q('flow', '1 mL/day'), flowTolerance: q('percent', '15 %') };
const morphine = (dose: string) => ({ drug: 'morphine', basal: { mode: 'continuous' as const, dose: q('doseRate', dose) }, periodicBoluses: [] });
const fill = (drugs: { drug: string; concentration?: string }[], volume = '40 mL') =>
  ({ fill: q('volume', volume), filledAt: 0n, drugs: drugs.map((d) => (d.concentration === undefined ? { drug: d.drug } : { drug: d.drug, concentration: q('concentration', d.concentration) })) });

describe('compile, what each refusal says', () => {
  it('[REQ-COMP-001] [REQ-ERR-003] the drug not in the reservoir, and a missing concentration, are named', () => {
    expect(errors(compile(contractRequest({ reservoir: fill([{ drug: 'baclofen', concentration: '2 mg/mL' }]) }))))
      .toEqual([['DRUG_NOT_IN_RESERVOIR', 'therapy.drug', 'the reservoir does not hold "morphine"']]);
    expect(errors(compile(contractRequest({ reservoir: fill([{ drug: 'morphine' }]) }))))
      .toEqual([['MISSING_CONCENTRATION', 'reservoir.drugs.0.concentration', '"morphine" has no concentration']]);
  });
  it('[REQ-COMP-004] a fixed-rate pump says why each part of the therapy cannot be given', () => {
    const r = compile(contractRequest({
      pump: fixedPump, reservoir: fill([{ drug: 'morphine' }], '20 mL'),
      therapy: { drug: 'morphine', basal: { mode: 'flex', steps: [{ start: 0n, dose: q('doseRate', '3 mg/day') }] },
        periodicBoluses: [{ start: 0n, dose: q('mass', '0.1 mg'), duration: q('time', '10 min') }],
        patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } },
    }));
    expect(errors(r)).toEqual([
      ['WRONG_PUMP_KIND', 'therapy.mode', 'a fixed-rate pump delivers a constant flow: only "continuous" therapy is possible'],
      ['WRONG_PUMP_KIND', 'therapy.periodicBoluses', 'a fixed-rate pump cannot give periodic boluses'],
      ['WRONG_PUMP_KIND', 'therapy.patientBolus', 'a fixed-rate pump cannot give patient boluses'],
    ]);
    expect(errors(compile(contractRequest({ pump: fixedPump, reservoir: fill([{ drug: 'morphine', concentration: '3 mg/mL' }], '20 mL') }))))
      .toEqual([['WRONG_PUMP_KIND', 'reservoir.drugs.0.concentration', 'for a fixed-rate pump the engine solves the prescribed drug\'s concentration; leave it out']]);
    // 3 mg/day at 1 mL/day is 3 mg/mL: exactly on the 0.001 mg/mL grid
    expect(errors(compile(contractRequest({ pump: fixedPump, reservoir: fill([{ drug: 'morphine' }], '20 mL'), therapy: morphine('1500 mg/day') })))[0])
      .toEqual(['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.concentration', expect.stringContaining('the concentration 1500 mg/mL') as unknown]);
  });
  it('[REQ-COMP-003] rates outside the pump range are refused with the rate after rounding and the limit', () => {
    // 0.05 mg/day ÷ 10 mg/mL = 0.005 mL/day < 0.006
    expect(errors(compile(contractRequest({ therapy: morphine('0.05 mg/day') }))))
      .toEqual([['RATE_BELOW_MINIMUM', 'therapy.dose', 'the rate 0.005 mL/day (after rounding toward less drug) is below the pump minimum 0.006 mL/day']]);
    // exactly at the minimum is accepted: 0.06 mg/day = 0.006 mL/day
    expect(errors(compile(contractRequest({ therapy: morphine('0.06 mg/day') })))).toBe('accepted');
    // flex: the path names the step; at 1 mg/mL (below the absolute ceiling 75 mg/day), 25 mg/day = 25 mL/day > 24
    const dilute = { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '1 mg/mL') }] };
    const flex = compile(contractRequest({
      reservoir: dilute,
      therapy: { drug: 'morphine', basal: { mode: 'flex', steps: [{ start: 0n, dose: q('doseRate', '3 mg/day') }, { start: 3_600n, dose: q('doseRate', '25 mg/day') }] }, periodicBoluses: [] },
      limits: {}, overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', upTo: q('doseRate', '25 mg/day'), reason: 'test' }],
    }));
    expect(E.isLeft(flex) && flex.left.filter((e) => e.code === 'RATE_ABOVE_MAXIMUM').map((e) => [e.path, e.message]))
      .toEqual([['therapy.steps.1.dose', 'the rate 25 mL/day is above the pump maximum 24 mL/day; it is refused, not clamped']]);
    // exactly at the maximum: 24 mg/day = 24 mL/day, no rate error
    expect(errors(compile(contractRequest({ reservoir: dilute, therapy: morphine('24 mg/day'), limits: {}, overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', upTo: q('doseRate', '24 mg/day'), reason: 'test' }] })))).toBe('accepted');
  });
  it('[REQ-COMP-002] boluses that round to zero or run too fast say so with the grid and the rate', () => {
    const pump = { ...contractPump, bolusVolumeResolution: q('volume', '0.01 mL') };
    const zero = compile(contractRequest({ pump, therapy: { ...morphine('3 mg/day'), patientBolus: { dose: q('mass', '0.05 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } } }));
    expect(errors(zero)).toEqual([['BOLUS_ROUNDS_TO_ZERO', 'therapy.patientBolus.dose', 'the bolus volume rounds to zero on the grid 0.01 mL']]);
    const fast = compile(contractRequest({ therapy: { ...morphine('3 mg/day'), patientBolus: { dose: q('mass', '1.7 mg'), duration: q('time', '10 min'), lockout: q('time', '24 h'), maxPerDay: 1n } } }));
    expect(errors(fast)).toEqual([['BOLUS_RATE_ABOVE_MAXIMUM', 'therapy.patientBolus.dose', '0.17 mL in 600 s needs a flow above the pump maximum bolus rate 1 mL/h']]);
  });
});

describe('compile, what each warning says', () => {
  it('[REQ-ROUND-002] every rounding toward less drug is listed in one warning: what, from and to', () => {
    const r = compile(contractRequest({
      reservoir: fill([{ drug: 'morphine', concentration: '3 mg/mL' }]),
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '1 mg/day') }, periodicBoluses: [],
        patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } },
    }));
    // 1 ÷ 3 = 0.333... mL/day → 0.333; 0.1 ÷ 3 = 0.0333... mL → 0.033333 (1e-6 mL grid)
    expect(warnings(r, 'ROUNDED_TOWARD_LESS_DRUG')).toEqual([['program',
      'program.steps.0.rate: ≈0.333333334 mL/day → 0.333 mL/day; program.patientBolus.volume: ≈0.033333334 mL → 0.033333 mL (toward less drug)']]);
  });
  it('[REQ-ROUND-003] [REQ-DOSE-003] a worst 24 h that cuts a patient bolus is rounded up, and the rounding is recorded per drug', () => {
    // 0.01 mL over 7 min, lockout 479 min, 4 a day: 3 whole boluses fit and 180 s of a fourth, 0.01 × 3/7 mL (no finite decimal)
    const r = compile(contractRequest({
      reservoir: fill([{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '500 mcg/mL' }]),
      therapy: { ...morphine('3 mg/day'), patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '7 min'), lockout: q('time', '479 min'), maxPerDay: 4n } },
      limits: { morphine: { maxDaily: q('doseRate', '5 mg/day') }, clonidine: { maxDaily: q('doseRate', '200 mcg/day') } },
    }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    const up = r.right.roundings.filter((x) => x.direction === 'up (upper bound)');
    // 0.3 + 0.03 mL + ⌈864000 × 180/420⌉ base units = 28 882 286/86 400 000 mL; × 10 mg/mL = 3.342857175925... mg, × 500 mcg/mL = 167.1428587962... mcg
    expect(up.map((x) => [x.what, x.from, x.to, x.direction])).toEqual([
      ['doses.morphine.worst24h', 'a fraction of a patient bolus', '3.342857176 mg', 'up (upper bound)'],
      ['doses.clonidine.worst24h', 'a fraction of a patient bolus', '167.142858797 mcg', 'up (upper bound)'],
    ]);
    expect(up[0]?.why).toBe('a patient bolus cut by the 24 h window delivers a fraction with no finite decimal; the bound is rounded up to 1/86400 uL');
    // an upper bound rounded up is not a rounding toward less drug: no such warning
    expect(warnings(r, 'ROUNDED_TOWARD_LESS_DRUG')).toEqual([]);
  });
  it('[REQ-ROUND-002] the warning lists only the roundings toward less drug, not the upper bounds', () => {
    // as above, with the basal at 3 mg/mL: 3 mg/day ÷ 3 mg/mL = 1 mL/day exactly, 0.1 mg ÷ 3 mg/mL = 0.0333... mL → 0.033333 mL
    const r = compile(contractRequest({
      reservoir: fill([{ drug: 'morphine', concentration: '3 mg/mL' }]),
      therapy: { ...morphine('3 mg/day'), patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '7 min'), lockout: q('time', '479 min'), maxPerDay: 4n } },
    }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.roundings.map((x) => x.direction)).toEqual(['toward less drug', 'up (upper bound)']);
    expect(warnings(r, 'ROUNDED_TOWARD_LESS_DRUG')).toEqual([['program', 'program.patientBolus.volume: ≈0.033333334 mL → 0.033333 mL (toward less drug)']]);
  });
  it('[REQ-RES-002] [REQ-RES-003] a fill at the alarm and an admixture without stability data are warned with the volumes and the drug', () => {
    const r = compile(contractRequest({ reservoir: fill([{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'bupivacaine', concentration: '5 mg/mL' }], '2 mL'),
      limits: { morphine: { maxDaily: q('doseRate', '5 mg/day') }, bupivacaine: { maxDaily: q('doseRate', '5 mg/day') } } }));
    expect(warnings(r, 'FILL_AT_OR_BELOW_ALARM')).toEqual([['reservoir.fill', 'the fill 2 mL is at or below the low-reservoir alarm volume 2 mL: the alarm sounds at once']]);
    expect(warnings(r, 'NO_STABILITY_DATA')).toEqual([
      ['reservoir.drugs', 'no published stability limit for morphine in this admixture; refillWithin is bounded by the low-reservoir alarm only'],
      ['reservoir.drugs', 'no published stability limit for bupivacaine in this admixture; refillWithin is bounded by the low-reservoir alarm only'],
    ]);
    expect(E.isRight(r) && [r.right.reservoir.refillWithinDays?.toString(), r.right.reservoir.refillBoundBy]).toEqual(['0', 'the low-reservoir alarm']);
  });
  it('[REQ-RES-002] a fill just above the alarm is not warned; the overfill message gives both volumes', () => {
    expect(warnings(compile(contractRequest({ reservoir: fill([{ drug: 'morphine', concentration: '10 mg/mL' }], '2.001 mL') })), 'FILL_AT_OR_BELOW_ALARM')).toEqual([]);
    expect(errors(compile(contractRequest({ reservoir: fill([{ drug: 'morphine', concentration: '10 mg/mL' }], '40.001 mL') }))))
      .toEqual([['OVERFILL', 'reservoir.fill', 'the fill 40.001 mL exceeds the reservoir capacity 40 mL']]);
    expect(errors(compile(contractRequest({ reservoir: fill([{ drug: 'morphine', concentration: '10 mg/mL' }], '40 mL') })))).toBe('accepted');
  });
});

describe('compile, periodic boluses', () => {
  it('[REQ-ROUND-002] [REQ-COMP-001] a periodic bolus volume rounded toward less drug is recorded at its own path', () => {
    // 0.1 mg at 3 mg/mL = 0.0333... mL → 0.033333 mL; 1 mg/day at 3 mg/mL → 0.333 mL/day
    const r = compile(contractRequest({
      reservoir: fill([{ drug: 'morphine', concentration: '3 mg/mL' }]),
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '1 mg/day') }, periodicBoluses: [{ start: 7_200n, dose: q('mass', '0.1 mg'), duration: q('time', '10 min') }] },
    }));
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.roundings.map((x) => [x.what, x.from, x.to])).toEqual([
      ['program.steps.0.rate', '≈0.333333334 mL/day', '0.333 mL/day'],
      ['program.periodicBoluses.0.volume', '≈0.033333334 mL', '0.033333 mL'],
    ]);
    // a program without a patient bolus has no patientBolus key at all (not one set to undefined)
    expect(Object.keys(r.right.program)).toEqual(['steps', 'periodicBoluses']);
    // 0.033333 mL = 2 879 971.2 base volume units (1/86400 uL)
    expect(r.right.program.periodicBoluses.map((b) => [b.start.toString(), b.duration.toString(), b.volume.toString()])).toEqual([['7200', '600', '2879971.2']]);
  });
});
