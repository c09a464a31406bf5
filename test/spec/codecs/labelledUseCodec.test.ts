import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../core/index.js';
import { decodeCompileRequest, pumpCodec } from '../../../spec/codecs/index.js';
import { toEngineErrors } from '../../../spec/codecs/toEngineErrors.js';

const PUMP = { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' };
const errs = (labelledUse: unknown): [string, string][] => {
  const r = pumpCodec.decode({ ...PUMP, labelledUse });
  return E.isLeft(r) ? toEngineErrors(r.left).map((e) => [e.code, `pump.${e.path}`]) : [];
};

describe('pump.labelledUse on the wire', () => {
  it('[REQ-LABEL-003] a table with a source, drugs and optional ranges decodes', () => {
    expect(errs({ source: 'Acme labelling', drugs: [{ drug: 'morphine' }, { drug: 'baclofen', concentrations: [{ min: '500 mcg/mL', max: '2000 mcg/mL' }] }] })).toEqual([]);
  });
  it('[REQ-LABEL-003] bounds and rules: 16 drugs, 8 ranges, 200 characters, min at most max, each drug once, strict fields', () => {
    const drugs = (n: number) => Array.from({ length: n }, (_, i) => ({ drug: `drug${i}` }));
    expect(errs({ source: 'x', drugs: drugs(16) })).toEqual([]);
    expect(errs({ source: 'x', drugs: drugs(17) })).toEqual([['INPUT_TOO_LARGE', 'pump.labelledUse.drugs']]);
    expect(errs({ source: 'x', drugs: [] })).toEqual([['EMPTY_LIST', 'pump.labelledUse.drugs']]);
    const ranges = (n: number) => Array.from({ length: n }, () => ({ min: '1 mg/mL', max: '2 mg/mL' }));
    expect(errs({ source: 'x', drugs: [{ drug: 'morphine', concentrations: ranges(8) }] })).toEqual([]);
    expect(errs({ source: 'x', drugs: [{ drug: 'morphine', concentrations: ranges(9) }] })).toEqual([['INPUT_TOO_LARGE', 'pump.labelledUse.drugs.0.concentrations']]);
    expect(errs({ source: 'x'.repeat(200), drugs: drugs(1) })).toEqual([]);
    expect(errs({ source: 'x'.repeat(201), drugs: drugs(1) })).toEqual([['INPUT_TOO_LARGE', 'pump.labelledUse.source']]);
    expect(errs({ source: 'x', drugs: [{ drug: 'baclofen', concentrations: [{ min: '2000 mcg/mL', max: '500 mcg/mL' }] }] }))
      .toEqual([['INVALID_VALUE', 'pump.labelledUse.drugs.0.concentrations.0.max']]);
    expect(errs({ source: 'x', drugs: [{ drug: 'morphine' }, { drug: 'morphine' }] })).toEqual([['DUPLICATE_DRUG', 'pump.labelledUse.drugs.1.drug']]);
    expect(errs({ source: 'x', drugs: [{ drug: 'morphine', route: 'intrathecal' }] })).toEqual([['UNKNOWN_FIELD', 'pump.labelledUse.drugs.0.route']]);
    expect(errs({ drugs: drugs(1) })).toEqual([['MISSING_FIELD', 'pump.labelledUse.source']]);
    expect(errs({ source: 'x', drugs: [{ drug: 'morphine', concentrations: [{ min: '1 mg', max: '2 mg/mL' }] }] })).toEqual([['WRONG_DIMENSION', 'pump.labelledUse.drugs.0.concentrations.0.min']]);
  });
  it('[REQ-LABEL-003] the request guard carries a hand-built table through, and refuses a malformed one with a coded error', () => {
    const d = decodeCompileRequest({
      pump: { ...PUMP, labelledUse: { source: 'Acme labelling', drugs: [{ drug: 'morphine' }] } },
      reservoir: { fill: '20 mL', filledAt: '00:00', drugs: [{ drug: 'hydromorphone', concentration: '3 mg/mL' }] },
      therapy: { mode: 'continuous', drug: 'hydromorphone', dose: '1 mg/day' },
      limits: {},
    });
    if (E.isLeft(d)) throw new Error(JSON.stringify(d.left));
    const copy = { ...d.right, pump: { ...d.right.pump } };
    const ok = compile(copy);
    expect(E.isRight(ok) && ok.right.warnings.map((w) => w.code)).toContain('OFF_LABEL_FOR_PUMP');
    const bad = compile({ ...copy, pump: { ...copy.pump, labelledUse: { source: 'x', drugs: [{ drug: 'morphine', concentrations: [{ min: 3, max: 4 }] }] } } } as never);
    expect(E.isLeft(bad) && bad.left.map((e) => [e.code, e.path])).toEqual([['REQUEST_NOT_WELL_FORMED', 'pump.labelledUse.drugs.0.concentrations.0.min']]);
  });
});
