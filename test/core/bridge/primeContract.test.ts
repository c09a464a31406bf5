import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { prime, decimalArithmetic as A, formatQuantity, quantity, type PrimeRequest } from '../../../core/index.js';
import { decodePrimeRequest } from '../../../spec/codecs/index.js';

/** Morphine 10 mg/mL at 3 mg/day (0.3 mL/day); dead volume 0.2 mL (pump) + 0.05 mL (catheter); maximum bolus rate 1 mL/h. */
const PUMP = { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL' };
function decode(input: Record<string, unknown>): PrimeRequest {
  const r = decodePrimeRequest({
    pump: PUMP,
    reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
    therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
    limits: { morphine: { maxDaily: '6 mg/day' } },
    catheter: { volume: '0.05 mL' },
    contents: { pumpInternal: 'empty', catheter: 'empty' },
    ...input,
  });
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
}
const ok = (r: ReturnType<typeof prime>) => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const refusal = (r: ReturnType<typeof prime>) => (E.isLeft(r) ? r.left.map((e) => [e.code, e.path, e.message]) : 'accepted');

describe('prime, contract of its refusals and warnings', () => {
  it('[REQ-PUMP-001] prime needs the pump internal volume and the maximum bolus rate: each missing one is PUMP_PARAMETER_MISSING at its path', () => {
    const { internalVolume: _i, maxBolusRate: _m, ...bare } = PUMP;
    const missing = (f: string) => ['PUMP_PARAMETER_MISSING', `pump.${f}`,
      `the pump profile has no "${f}", which this calculation needs; supply it (no public value exists, and the engine never guesses a device parameter)`];
    expect(refusal(prime(decode({ pump: bare })))).toEqual([missing('internalVolume'), missing('maxBolusRate')]);
    expect(refusal(prime(decode({ pump: { ...bare, maxBolusRate: '1 mL/h' } })))).toEqual([missing('internalVolume')]);
    expect(refusal(prime(decode({ pump: { ...bare, internalVolume: '0.2 mL' } })))).toEqual([missing('maxBolusRate')]);
  });
  it('[REQ-COMP-004] a fixed-rate pump has no priming bolus: WRONG_PUMP_KIND at pump', () => {
    const req = decode({ pump: { kind: 'fixed-rate', reservoir: '20 mL', nominalFlow: '1 mL/day', flowTolerance: '15 %', internalVolume: '0.2 mL' } });
    expect(refusal(prime(req))).toEqual([['WRONG_PUMP_KIND', 'pump', 'a fixed-rate pump has no priming bolus: it delivers one flow']]);
  });
  it('[REQ-PRIME-001] a priming volume above the 0.2 + 0.05 mL dead volume is refused, never clamped; the dead volume itself is accepted', () => {
    expect(refusal(prime(decode({ volume: '0.250001 mL' })))).toEqual([['PRIMING_VOLUME_ABOVE_DEAD_VOLUME', 'volume',
      'a priming bolus of 0.250001 mL is more than the 0.25 mL dead volume (pump 0.2 mL + catheter 0.05 mL): the rest would reach the patient as a bolus at the bolus rate']]);
    // exactly the dead volume: 0.25 mL at 1 mL/h = 900 s
    expect(A.toDecimalString(ok(prime(decode({ volume: '0.25 mL' }))).priming.seconds)).toBe('900');
  });
  it('[REQ-DOSE-005] [REQ-PRIME-003] the worst tip dose with the priming bolus is held against the ceiling: 5.46875 mg over 5 mg/day is refused', () => {
    // compile alone: 3 mg/day is within 5 mg/day; with 0.2 mL × 10 mg/mL = 2 mg pushed out in the first 900 s,
    // the worst window holds 0.25 mL × 10 mg/mL + 3 mg/day × (86 400 − 900)/86 400 = 2.5 + 2.96875 = 5.46875 mg
    const req = decode({ contents: { pumpInternal: 'drug', catheter: 'empty' }, limits: { morphine: { maxDaily: '5 mg/day' } } });
    expect(refusal(prime(req))).toEqual([['PRESCRIBER_LIMIT_EXCEEDED', 'limits.morphine.maxDaily',
      'morphine: the most the program can deliver in any 24 h, 5.46875 mg, exceeds the prescriber ceiling 5 mg/day']]);
  });
  it('[REQ-PRIME-003] [REQ-PRIME-002] a path full of drug: drug is at the tip at once, every drug is named in the warning with its mass rounded up, compile\'s warnings, roundings and limits are kept', () => {
    const req = decode({
      reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '1.0000001 mcg/mL' }] },
      limits: { morphine: { maxDaily: '6 mg/day' }, clonidine: { maxDaily: '100 mcg/day' } },
      contents: { pumpInternal: 'drug', catheter: 'drug' },
    });
    const r = ok(prime(req));
    // the catheter holds drug: the first drug leaves the tip at t = 0
    expect(r.drugAtTipAfter === undefined ? undefined : A.toDecimalString(r.drugAtTipAfter)).toBe('0');
    expect(r.drugs.map((d) => [d.drug, formatQuantity(quantity('concentration', d.concentration), `${d.unit}/mL`, 'down').text, d.unit]))
      .toEqual([['morphine', '10 mg/mL', 'mg'], ['clonidine', '1.0000001 mcg/mL', 'mcg']]);
    // 0.25 mL on the 0.000001 mL grid and 0.3 mL/day on the 0.001 mL/day grid: nothing rounded
    expect(r.roundings).toEqual([]);
    expect(r.newProgram.roundings).toEqual([]);
    // clonidine: 0.25 mL × 1.0000001 mcg/mL = 0.250000025 mcg = 21 600 002.16 base units (86 400 000 per mcg),
    // bounded up to 21 600 003 = 0.25000003472… mcg, printed up at 1e-9: 0.250000035 mcg
    const compiled = r.newProgram.warnings.map((w) => [w.code, w.path]);
    expect(compiled).toContainEqual(['OFF_LABEL', 'reservoir.drugs.1.drug']);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([...compiled, ['PRIMING_DELIVERS_DRUG', 'contents']]);
    expect(r.warnings[r.warnings.length - 1]?.message).toBe(
      'the path holds drug, so the priming bolus pushes it into the patient at the maximum bolus rate: morphine 2.5 mg, clonidine 0.250000035 mcg within 900 s');
    // compile's ceilings first, then the tip's: morphine 2.5 mg + 3 mg/day × 85 500/86 400 = 5.46875 mg;
    // clonidine 1.0000001 mcg/mL × (0.25 mL + 0.3 mL/day × 85 500/86 400) = 0.5468750546875 mcg = 47 250 004.725 base units,
    // bounded up to 47 250 005 = 0.54687505787… mcg, printed up: 0.546875058 mcg
    expect(r.limits.slice(0, r.newProgram.limits.length)).toEqual(r.newProgram.limits);
    expect(r.limits.slice(r.newProgram.limits.length).filter((l) => l.strength === 'prescriber').map((l) => [l.drug, l.checked, l.outcome]))
      .toEqual([['morphine', '5.46875 mg', 'within'], ['clonidine', '0.546875058 mcg', 'within']]);
  });
});

describe('prime, roundings', () => {
  it('[REQ-ROUND-002] compile\'s roundings are reported by prime: 3.0005 mg/day at 10 mg/mL is 0.30005 mL/day, floored to 0.3 mL/day', () => {
    const r = ok(prime(decode({ therapy: { mode: 'continuous', drug: 'morphine', dose: '3.0005 mg/day' } })));
    expect(r.roundings.map((x) => [x.from, x.to, x.direction])).toEqual([['0.30005 mL/day', '0.3 mL/day', 'toward less drug']]);
    expect(r.roundings).toEqual(r.newProgram.roundings);
  });
});
