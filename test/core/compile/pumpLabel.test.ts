import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { compile, type EngineError } from '../../../core/index.js';
import { decodeCompileRequest } from '../../../spec/codecs/index.js';
import { bridgeCommand } from '../../../spec/wire/commands/bridge.js';
import { primeCommand } from '../../../spec/wire/commands/prime.js';
import { contractBridge } from '../../spec/wire/commands/_bridgeFixtures.js';

const SYNCHROMED = { profile: 'synchromed-ii-40', rateResolution: '0.001 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' };
const PROMETRA = { profile: 'prometra-40', lowReservoirAlarm: '3 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' };
const INTEGRATOR = { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' };

function request(pump: unknown, drugs: { drug: string; concentration: string }[], dose: string, limits: Record<string, unknown> = {}): unknown {
  return {
    pump,
    reservoir: { fill: '20 mL', filledAt: '00:00', drugs },
    therapy: { mode: 'continuous', drug: drugs[0]!.drug, dose },
    limits,
  };
}

function run(req: unknown): E.Either<EngineError[], { readonly warnings: readonly EngineError[] }> {
  const d = decodeCompileRequest(req);
  if (E.isLeft(d)) throw new Error(JSON.stringify(d.left));
  return compile(d.right);
}

function warnings(req: unknown): [string, string][] {
  const r = run(req);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right.warnings.filter((w) => w.code.startsWith('OFF_LABEL')).map((w) => [w.code, w.path]);
}

function messages(req: unknown): string[] {
  const r = run(req);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right.warnings.filter((w) => w.code === 'OFF_LABEL_FOR_PUMP').map((w) => w.message);
}

const HYDROMORPHONE = [{ drug: 'hydromorphone', concentration: '3 mg/mL' }];
const MORPHINE = [{ drug: 'morphine', concentration: '10 mg/mL' }];

describe('the pump\'s labelled use in compile', () => {
  it('[REQ-LABEL-002] hydromorphone in a SynchroMed II is OFF_LABEL_FOR_PUMP naming its label and source, not also OFF_LABEL', () => {
    expect(warnings(request(SYNCHROMED, HYDROMORPHONE, '1 mg/day'))).toEqual([['OFF_LABEL_FOR_PUMP', 'reservoir.drugs.0.drug']]);
    const [m] = messages(request(SYNCHROMED, HYDROMORPHONE, '1 mg/day'));
    expect(m).toContain('SynchroMed II labelling');
    expect(m).toContain('Medtronic product page');
    expect(m).toContain('morphine (sterile, preservative-free morphine sulfate (Infumorph))');
    expect(m).toContain('FDA safety communication (14 Nov 2018)');
  });
  it('[REQ-LABEL-002] morphine in a SynchroMed II or a Prometra is within the label: no warning', () => {
    expect(warnings(request(SYNCHROMED, MORPHINE, '3 mg/day'))).toEqual([]);
    expect(warnings(request(PROMETRA, MORPHINE, '3 mg/day'))).toEqual([]);
  });
  it('[REQ-LABEL-002] ziconotide, approved for pumps, is off-label in a Prometra (not on its label) and on-label in a SynchroMed II', () => {
    const zic = [{ drug: 'ziconotide', concentration: '25 mcg/mL' }];
    expect(warnings(request(PROMETRA, zic, '1.2 mcg/day'))).toEqual([['OFF_LABEL_FOR_PUMP', 'reservoir.drugs.0.drug']]);
    expect(messages(request(PROMETRA, zic, '1.2 mcg/day'))[0]).toContain('PL-19589-04');
    expect(warnings(request(SYNCHROMED, zic, '1.2 mcg/day'))).toEqual([]);
  });
  it('[REQ-LABEL-002] baclofen in a Prometra: 500 and 2000 mcg/mL are within 500-2000 mcg/mL, 50 mcg/mL is OFF_LABEL_FOR_PUMP at its concentration', () => {
    const lim = { baclofen: { maxDaily: '800 mcg/day' } };
    expect(warnings(request(PROMETRA, [{ drug: 'baclofen', concentration: '500 mcg/mL' }], '300 mcg/day', lim))).toEqual([]);
    expect(warnings(request(PROMETRA, [{ drug: 'baclofen', concentration: '2000 mcg/mL' }], '300 mcg/day', lim))).toEqual([]);
    expect(warnings(request(PROMETRA, [{ drug: 'baclofen', concentration: '499.999 mcg/mL' }], '300 mcg/day', lim))).toEqual([['OFF_LABEL_FOR_PUMP', 'reservoir.drugs.0.concentration']]);
    const m = messages(request(PROMETRA, [{ drug: 'baclofen', concentration: '50 mcg/mL' }], '30 mcg/day', lim));
    expect(m).toHaveLength(1);
    expect(m[0]).toContain('baclofen at 50 mcg/mL is outside the concentrations Prometra labelling (Flowonix brief statement PL-19589-04, Aug 2024) approves for it (500 mcg/mL to 2000 mcg/mL; source: Flowonix');
    expect(warnings(request(SYNCHROMED, [{ drug: 'baclofen', concentration: '50 mcg/mL' }], '30 mcg/day', lim))).toEqual([]);
  });
  it('[REQ-LABEL-002] a drug the label approves only for intravascular infusion is off-label intrathecally', () => {
    const m = messages(request(SYNCHROMED, [{ drug: 'floxuridine', concentration: '1 mg/mL' }], '1 mg/day', { floxuridine: { maxDaily: '2 mg/day' } }));
    expect(m).toHaveLength(1);
    expect(m[0]).toContain('approves floxuridine for intravascular infusion only (source: Medtronic product page');
  });
  it('[REQ-LABEL-002] an admixture in a labelled pump: the admixture OFF_LABEL stays, the unapproved drug is warned once (OFF_LABEL_FOR_PUMP)', () => {
    const mix = [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '50 mcg/mL' }];
    expect(warnings(request(SYNCHROMED, mix, '3 mg/day'))).toEqual([['OFF_LABEL', 'reservoir.drugs'], ['OFF_LABEL_FOR_PUMP', 'reservoir.drugs.1.drug']]);
  });
  it('[REQ-LABEL-004] pumps whose labelling is not known (IsoMed, an integrator profile without labelledUse) keep the per-drug OFF_LABEL and get no OFF_LABEL_FOR_PUMP', () => {
    expect(warnings(request(INTEGRATOR, HYDROMORPHONE, '1 mg/day'))).toEqual([['OFF_LABEL', 'reservoir.drugs.0.drug']]);
    expect(warnings(request(INTEGRATOR, [{ drug: 'ziconotide', concentration: '25 mcg/mL' }], '1.2 mcg/day'))).toEqual([]);
    const iso = { profile: 'isomed', reservoir: '20 mL', lowReservoirAlarm: '2 mL', nominalFlow: '1 mL/day', flowTolerance: '15 %', internalVolume: '0.2 mL' };
    expect(warnings(request(iso, [{ drug: 'hydromorphone' } as never], '1 mg/day'))).toEqual([['OFF_LABEL', 'reservoir.drugs.0.drug']]);
  });
  it('[REQ-LABEL-003] an integrator pump with labelledUse: its table applies, named by its source', () => {
    const withHm = { ...INTEGRATOR, labelledUse: { source: 'Acme pump labelling rev. 3', drugs: [{ drug: 'hydromorphone' }] } };
    expect(warnings(request(withHm, HYDROMORPHONE, '1 mg/day'))).toEqual([]);
    const morphineOnly = { ...INTEGRATOR, labelledUse: { source: 'Acme pump labelling rev. 3', drugs: [{ drug: 'morphine', concentrations: [{ min: '1 mg/mL', max: '25 mg/mL' }] }] } };
    expect(warnings(request(morphineOnly, HYDROMORPHONE, '1 mg/day'))).toEqual([['OFF_LABEL_FOR_PUMP', 'reservoir.drugs.0.drug']]);
    expect(messages(request(morphineOnly, HYDROMORPHONE, '1 mg/day'))[0]).toContain('Acme pump labelling rev. 3');
    expect(warnings(request(morphineOnly, [{ drug: 'morphine', concentration: '0.5 mg/mL' }], '0.5 mg/day'))).toEqual([['OFF_LABEL_FOR_PUMP', 'reservoir.drugs.0.concentration']]);
  });
  it('[REQ-LABEL-003] a labelledUse wider than a built-in label is PUMP_PARAMETER_CONFLICT; a narrower one applies', () => {
    const codesOf = (req: unknown) => {
      const r = run(req);
      return E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : [];
    };
    expect(codesOf(request({ ...SYNCHROMED, labelledUse: { source: 'x', drugs: [{ drug: 'hydromorphone' }] } }, MORPHINE, '3 mg/day')))
      .toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.labelledUse.drugs.0.drug']]);
    expect(codesOf(request({ ...PROMETRA, labelledUse: { source: 'x', drugs: [{ drug: 'baclofen', concentrations: [{ min: '50 mcg/mL', max: '2000 mcg/mL' }] }] } }, MORPHINE, '3 mg/day')))
      .toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.labelledUse.drugs.0.concentrations.0']]);
    expect(codesOf(request({ ...PROMETRA, labelledUse: { source: 'x', drugs: [{ drug: 'baclofen' }] } }, MORPHINE, '3 mg/day')))
      .toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.labelledUse.drugs.0.drug']]);
    const narrower = { ...PROMETRA, labelledUse: { source: 'clinic policy', drugs: [{ drug: 'baclofen', concentrations: [{ min: '500 mcg/mL', max: '1000 mcg/mL' }] }] } };
    const lim = { baclofen: { maxDaily: '800 mcg/day' } };
    expect(warnings(request(narrower, [{ drug: 'baclofen', concentration: '1000 mcg/mL' }], '300 mcg/day', lim))).toEqual([]);
    expect(warnings(request(narrower, [{ drug: 'baclofen', concentration: '2000 mcg/mL' }], '300 mcg/day', lim))).toEqual([['OFF_LABEL_FOR_PUMP', 'reservoir.drugs.0.concentration']]);
    expect(warnings(request(narrower, MORPHINE, '3 mg/day'))).toEqual([['OFF_LABEL_FOR_PUMP', 'reservoir.drugs.0.drug']]);
  });
  it('[REQ-LABEL-002] bridge reports the new fluid\'s OFF_LABEL_FOR_PUMP at its place in the bridge request', () => {
    const req = contractBridge();
    req['pump'] = { ...SYNCHROMED, internalVolume: '0.2 mL' };
    req['old'] = { drugs: [{ drug: 'hydromorphone', concentration: '2 mg/mL' }], rate: '0.5 mL/day' };
    req['new'] = { drugs: [{ drug: 'hydromorphone', concentration: '1 mg/mL' }], therapy: { mode: 'continuous', drug: 'hydromorphone', dose: '1 mg/day' } };
    req['limits'] = {};
    const body = JSON.parse(JSON.stringify(bridgeCommand.run(req).body)) as { warnings: { code: string; path: string }[] };
    const label = body.warnings.filter((w) => w.code.startsWith('OFF_LABEL')).map((w) => [w.code, w.path]);
    expect(label).toEqual([['OFF_LABEL_FOR_PUMP', 'new.drugs.0.drug']]);
  });
  it('[REQ-LABEL-002] prime reports the fluid\'s OFF_LABEL_FOR_PUMP (ziconotide in a Prometra) at reservoir.drugs', () => {
    const req = {
      pump: { ...PROMETRA, internalVolume: '0.2 mL' },
      reservoir: { fill: '20 mL', drugs: [{ drug: 'ziconotide', concentration: '25 mcg/mL' }] },
      therapy: { mode: 'continuous', drug: 'ziconotide', dose: '1.2 mcg/day' },
      limits: {},
      catheter: { volume: '0.05 mL' },
      contents: { pumpInternal: 'empty', catheter: 'empty' },
    };
    const r = primeCommand.run(req);
    expect(r.exitCode).toBe(0);
    const body = JSON.parse(JSON.stringify(r.body)) as { warnings: { code: string; path: string }[] };
    expect(body.warnings.filter((w) => w.code.startsWith('OFF_LABEL')).map((w) => [w.code, w.path])).toEqual([['OFF_LABEL_FOR_PUMP', 'reservoir.drugs.0.drug']]);
  });
});
