import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../../core/arith/decimalArithmetic.js';
import { tipLimits } from '../../../../core/bridge/_internals/tipLimits.js';
import { engineError } from '../../../../core/errors/EngineError.js';
import { q } from '../../library/_q.js';

const MG = A.fromInteger(86_400_000_000n);
const limits = { morphine: { maxDaily: q('doseRate', '5 mg/day') } };

describe('tipLimits', () => {
  it('[REQ-DOSE-005] [REQ-BRIDGE-002] the worst tip dose is held against the prescriber ceiling: 6 mg over 5 mg/day is refused at the limit', () => {
    const r = tipLimits([{ drug: 'morphine', worst: A.mul(MG, A.fromInteger(6n)), path: 'old.drugs.0' }], limits, [], []);
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([['PRESCRIBER_LIMIT_EXCEEDED', 'limits.morphine.maxDaily']]);
    expect(r.applied.map((a) => [a.limit, a.checked, a.outcome])).toEqual([['soft maxDaily', '6 mg', 'within'], ['soft maxDaily', '6 mg', 'within'], ['absolute maxDaily', '6 mg', 'within'], ['prescriber maxDaily', '6 mg', 'exceeded']]);
  });
  it('[REQ-BRIDGE-001] a worst tip dose of zero or below is checked as zero', () => {
    const r = tipLimits([{ drug: 'morphine', worst: A.mul(MG, A.fromInteger(-1n)), path: 'old.drugs.0' }], limits, [], []);
    expect(r.errors).toEqual([]);
    expect(r.applied.find((a) => a.strength === 'prescriber')).toMatchObject({ checked: '0 mg', margin: '5 mg', outcome: 'within' });
  });
  it('[REQ-LIB-007] warnings already given are not repeated; new ones are', () => {
    const drugs = [{ drug: 'drug-x', worst: A.zero, path: 'old.drugs.0' }];
    const ceiling = { 'drug-x': { maxDaily: q('doseRate', '1 mg/day') } };
    expect(tipLimits(drugs, ceiling, [], []).warnings.map((w) => [w.code, w.path])).toEqual([['NOT_IN_LIBRARY', 'old.drugs.0.drug']]);
    expect(tipLimits(drugs, ceiling, [], [engineError('NOT_IN_LIBRARY', 'old.drugs.0.drug', 'said before')]).warnings).toEqual([]);
    // the same code at another path is not the same warning
    expect(tipLimits(drugs, ceiling, [], [engineError('NOT_IN_LIBRARY', 'new.drugs.0.drug', 'said before')]).warnings.map((w) => w.path)).toEqual(['old.drugs.0.drug']);
  });
  it('[REQ-BRIDGE-006] [REQ-LIB-007] no warning about what a fluid holds: over the drugs of both fluids together an admixture or an off-label drug would name a fluid that does not hold it', () => {
    const drugs = [{ drug: 'clonidine', worst: A.zero, path: 'old.drugs.0' }, { drug: 'morphine', worst: A.zero, path: 'new.drugs.0' }];
    const ceiling = { clonidine: { maxDaily: q('doseRate', '100 mcg/day') }, morphine: { maxDaily: q('doseRate', '5 mg/day') } };
    expect(tipLimits(drugs, ceiling, [], []).warnings.map((w) => w.code)).toEqual([]);
  });
});
