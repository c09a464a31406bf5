import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../core/index.js';
import { decodeCompileRequest } from '../../../spec/codecs/decodeCompileRequest.js';
import { codesAndPaths, contractRequest, leftOf, rightOf, setAt } from './_fixtures.js';

const base = (q: { readonly base: Exact } | undefined): string => (q === undefined ? 'absent' : A.toDecimalString(q.base));
const ML = 86_400_000n; // 1 mL in base units (1/86400 uL)
const MG = 86_400_000_000n; // 1 mg in base units (1/86400 ng)

/** Decodes the contract example with one field replaced (undefined: removed). */
function decodeWith(path: string, value: unknown) {
  return decodeCompileRequest(setAt(contractRequest(), path, value));
}

/** The single error of a request that differs from the contract example in one field. */
function onlyError(path: string, value: unknown) {
  const errors = leftOf(decodeWith(path, value));
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('decodeCompileRequest: the contract example', () => {
  it('[REQ-WIRE-001] the contract request decodes to exact base-unit values', () => {
    const r = rightOf(decodeCompileRequest(contractRequest()));
    expect(r.pump.kind).toBe('programmable');
    expect(base(r.pump.reservoir)).toBe((40n * ML).toString());
    expect(base(r.pump.lowReservoirAlarm)).toBe((2n * ML).toString());
    expect(base(r.pump.rateResolution)).toBe('1'); // flow base unit is uL/day
    expect(base(r.pump.minRate)).toBe('6');
    expect(base(r.pump.maxRate)).toBe('24000');
    expect(base(r.pump.maxBolusRate)).toBe('24000'); // 1 mL/h = 24 mL/day
    expect(base(r.pump.internalVolume)).toBe(((2n * ML) / 10n).toString());
    expect(r.pump.nominalFlow).toBeUndefined();
    expect(base(r.reservoir.fill)).toBe((40n * ML).toString());
    expect(r.reservoir.filledAt).toBe(0n);
    expect(r.reservoir.drugs.map((d) => [d.drug, base(d.concentration)])).toEqual([['morphine', '10000']]); // 10 mg/mL = 10000 ng/uL
    expect(r.therapy.drug).toBe('morphine');
    expect(r.therapy.basal.mode).toBe('continuous');
    expect(r.therapy.basal.mode === 'continuous' ? base(r.therapy.basal.dose) : 'flex').toBe('3000000'); // ng/day
    expect(r.therapy.periodicBoluses).toEqual([]);
    const pb = r.therapy.patientBolus;
    expect([base(pb?.dose), base(pb?.duration), base(pb?.lockout), pb?.maxPerDay]).toEqual([(MG / 10n).toString(), '600', '14400', 4n]);
    expect([base(r.titration?.previousDose), base(r.titration?.since)]).toEqual(['2500000', '604800']);
    expect(base(r.limits['morphine']?.maxDaily)).toBe('5000000');
    expect(r.overrides.map((o) => [o.code, o.drug, o.limit, base(o.upTo), o.reason])).toEqual([['SOFT_LIMIT_EXCEEDED', 'morphine', 'maxDaily', '8000000', '...']]);
  });

  it('[REQ-WIRE-001] defaults: filledAt 00:00, limits {}, overrides [], periodicBoluses []', () => {
    const req = contractRequest();
    for (const p of ['reservoir.filledAt', 'limits', 'overrides', 'titration', 'therapy.patientBolus']) setAt(req, p, undefined);
    const r = rightOf(decodeCompileRequest(req));
    expect(r.reservoir.filledAt).toBe(0n);
    expect(r.limits).toEqual({});
    expect(r.overrides).toEqual([]);
    expect(r.therapy.periodicBoluses).toEqual([]);
    expect('titration' in r).toBe(false);
    expect('patientBolus' in r.therapy).toBe(false);
  });

  it('[REQ-WIRE-001] a pump given by name decodes to { profile: name }', () => {
    expect(rightOf(decodeWith('pump', 'NAME')).pump).toEqual({ profile: 'NAME' });
  });

  it('[REQ-WIRE-001] a fixed-rate pump with nominalFlow and flowTolerance, and no concentration for the prescribed drug', () => {
    const req = setAt(contractRequest(), 'pump', { kind: 'fixed-rate', reservoir: '20 mL', lowReservoirAlarm: '2 mL', nominalFlow: '1 mL/day', flowTolerance: '15 %', internalVolume: '0 mL' });
    setAt(req, 'reservoir.drugs', [{ drug: 'morphine' }]);
    setAt(req, 'therapy.patientBolus', undefined);
    const r = rightOf(decodeCompileRequest(req));
    expect(r.pump.kind).toBe('fixed-rate');
    expect(base(r.pump.nominalFlow)).toBe('1000');
    expect(base(r.pump.flowTolerance)).toBe('15');
    expect(base(r.pump.internalVolume)).toBe('0');
    expect(r.reservoir.drugs[0]?.concentration).toBeUndefined();
  });

  it('[REQ-WIRE-001] [REQ-WIRE-006] flex steps, periodic boluses and a filledAt clock time decode to seconds after midnight', () => {
    const req = setAt(contractRequest(), 'therapy', {
      mode: 'flex', drug: 'morphine',
      steps: [{ start: '00:00', dose: '2 mg/day' }, { start: '08:30', dose: '3 mg/day' }, { start: '23:59', dose: '2 mg/day' }],
      periodicBoluses: [{ start: '22:00', dose: '0.5 mg', duration: '1439 min' }],
    });
    setAt(req, 'reservoir.filledAt', '13:05');
    const r = rightOf(decodeCompileRequest(req));
    expect(r.reservoir.filledAt).toBe(47_100n);
    expect(r.therapy.basal.mode === 'flex' ? r.therapy.basal.steps.map((s) => [s.start, base(s.dose)]) : []).toEqual([[0n, '2000000'], [30_600n, '3000000'], [86_340n, '2000000']]);
    expect(r.therapy.periodicBoluses.map((b) => [b.start, base(b.dose), base(b.duration)])).toEqual([[79_200n, (MG / 2n).toString(), '86340']]);
  });

  it('[REQ-WIRE-001] an admixture keeps every drug in order', () => {
    const r = rightOf(decodeWith('reservoir.drugs', [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '50 mcg/mL' }]));
    expect(r.reservoir.drugs.map((d) => [d.drug, base(d.concentration)])).toEqual([['morphine', '10000'], ['clonidine', '50']]);
  });
});

describe('decodeCompileRequest: quantities (contract section "Quantities")', () => {
  it('[REQ-UNIT-004] "µg" is refused with REFUSED_UNIT at its path, naming mcg', () => {
    const e = onlyError('therapy.dose', '3 µg/day');
    expect([e.code, e.path]).toEqual(['REFUSED_UNIT', 'therapy.dose']);
    expect(e.message).toContain('mcg');
  });
  it('[REQ-UNIT-004] "ug" is refused with REFUSED_UNIT at its path, naming mcg', () => {
    const e = onlyError('therapy.patientBolus.dose', '100 ug');
    expect([e.code, e.path]).toEqual(['REFUSED_UNIT', 'therapy.patientBolus.dose']);
    expect(e.message).toContain('mcg');
  });
  it('[REQ-UNIT-004] "cc" is refused with REFUSED_UNIT at its path, naming mL', () => {
    const e = onlyError('reservoir.fill', '40 cc');
    expect([e.code, e.path]).toEqual(['REFUSED_UNIT', 'reservoir.fill']);
    expect(e.message).toContain('mL');
  });
  it('[REQ-UNIT-004] "U" is refused with REFUSED_UNIT at its path', () => {
    expect(codesAndPaths([onlyError('limits.morphine.maxDaily', '5 U/day')])).toEqual([['REFUSED_UNIT', 'limits.morphine.maxDaily']]);
  });
  it('[REQ-UNIT-001] an unknown unit is UNKNOWN_UNIT at its path', () => {
    expect(codesAndPaths([onlyError('reservoir.drugs.0.concentration', '10 grain/mL')])).toEqual([['UNKNOWN_UNIT', 'reservoir.drugs.0.concentration']]);
  });
  it('[REQ-UNIT-005] ".5 mg" (no leading zero) is INVALID_QUANTITY at its path', () => {
    expect(codesAndPaths([onlyError('therapy.patientBolus.dose', '.5 mg')])).toEqual([['INVALID_QUANTITY', 'therapy.patientBolus.dose']]);
  });
  it('[REQ-UNIT-005] "1e3 mg" (exponent) is INVALID_QUANTITY at its path', () => {
    expect(codesAndPaths([onlyError('therapy.patientBolus.dose', '1e3 mg')])).toEqual([['INVALID_QUANTITY', 'therapy.patientBolus.dose']]);
  });
  it('[REQ-UNIT-005] "+1 mg" is INVALID_QUANTITY at its path', () => {
    expect(codesAndPaths([onlyError('therapy.patientBolus.dose', '+1 mg')])).toEqual([['INVALID_QUANTITY', 'therapy.patientBolus.dose']]);
  });
  it('[REQ-UNIT-005] "1,000 mg" (thousands separator) is INVALID_QUANTITY at its path', () => {
    expect(codesAndPaths([onlyError('therapy.patientBolus.dose', '1,000 mg')])).toEqual([['INVALID_QUANTITY', 'therapy.patientBolus.dose']]);
  });
  it('[REQ-UNIT-005] a JSON number for a quantity is NUMBER_FOR_QUANTITY at its path', () => {
    expect(codesAndPaths([onlyError('therapy.dose', 3)])).toEqual([['NUMBER_FOR_QUANTITY', 'therapy.dose']]);
  });
  it('[REQ-UNIT-003] a volume where a dose rate belongs is WRONG_DIMENSION at its path, not converted', () => {
    expect(codesAndPaths([onlyError('therapy.dose', '3 mL')])).toEqual([['WRONG_DIMENSION', 'therapy.dose']]);
  });
  it('[REQ-UNIT-005] a quantity with 13 integer digits is QUANTITY_OUT_OF_RANGE at its path', () => {
    expect(codesAndPaths([onlyError('therapy.dose', '1234567890123 mg/day')])).toEqual([['QUANTITY_OUT_OF_RANGE', 'therapy.dose']]);
  });
  it('[REQ-WIRE-003] a quantity of the wrong JSON type (an object) is WRONG_TYPE at its path', () => {
    expect(codesAndPaths([onlyError('titration.since', { value: 7, unit: 'day' })])).toEqual([['WRONG_TYPE', 'titration.since']]);
  });
});

describe('decodeCompileRequest: physical sense (NOT_POSITIVE, NEGATIVE_QUANTITY)', () => {
  it('[REQ-WIRE-005] a zero concentration is NOT_POSITIVE naming the field', () => {
    const e = onlyError('reservoir.drugs.0.concentration', '0 mg/mL');
    expect([e.code, e.path]).toEqual(['NOT_POSITIVE', 'reservoir.drugs.0.concentration']);
    expect(e.message).toContain('reservoir.drugs.0.concentration');
  });
  it('[REQ-WIRE-005] a negative concentration is NOT_POSITIVE', () => {
    expect(codesAndPaths([onlyError('reservoir.drugs.0.concentration', '-10 mg/mL')])).toEqual([['NOT_POSITIVE', 'reservoir.drugs.0.concentration']]);
  });
  it('[REQ-WIRE-005] "-0 mg/mL" is zero, so NOT_POSITIVE', () => {
    expect(codesAndPaths([onlyError('reservoir.drugs.0.concentration', '-0.000 mg/mL')])).toEqual([['NOT_POSITIVE', 'reservoir.drugs.0.concentration']]);
  });
  it('[REQ-WIRE-005] a zero patient bolus duration is NOT_POSITIVE', () => {
    expect(codesAndPaths([onlyError('therapy.patientBolus.duration', '0 min')])).toEqual([['NOT_POSITIVE', 'therapy.patientBolus.duration']]);
  });
  it('[REQ-WIRE-005] a zero periodic bolus duration is NOT_POSITIVE', () => {
    const errors = leftOf(decodeWith('therapy.periodicBoluses', [{ start: '08:00', dose: '0.5 mg', duration: '0 s' }]));
    expect(codesAndPaths(errors)).toEqual([['NOT_POSITIVE', 'therapy.periodicBoluses.0.duration']]);
  });
  it('[REQ-WIRE-005] a zero reservoir capacity is NOT_POSITIVE', () => {
    expect(codesAndPaths([onlyError('pump.reservoir', '0 mL')])).toEqual([['NOT_POSITIVE', 'pump.reservoir']]);
  });
  it('[REQ-WIRE-005] [REQ-LIMIT-106] a negative fill is NEGATIVE_QUANTITY; a zero fill is well-formed (compile refuses it for safety)', () => {
    expect(codesAndPaths([onlyError('reservoir.fill', '-1 mL')])).toEqual([['NEGATIVE_QUANTITY', 'reservoir.fill']]);
    expect(rightOf(decodeWith('reservoir.fill', '0 mL')).reservoir.fill.base.isZero()).toBe(true);
  });
  it('[REQ-WIRE-005] zero rate resolution, minimum rate and maximum bolus rate are NOT_POSITIVE', () => {
    for (const f of ['rateResolution', 'minRate', 'maxRate', 'maxBolusRate']) {
      expect(codesAndPaths([onlyError(`pump.${f}`, '0 mL/day')])).toEqual([['NOT_POSITIVE', `pump.${f}`]]);
    }
  });
  it('[REQ-WIRE-005] zero doses are NOT_POSITIVE: basal, patient bolus, ceiling; a previous dose may be zero (a drug started from nothing), not negative', () => {
    expect(codesAndPaths([onlyError('therapy.dose', '0 mg/day')])).toEqual([['NOT_POSITIVE', 'therapy.dose']]);
    expect(codesAndPaths([onlyError('therapy.patientBolus.dose', '0 mg')])).toEqual([['NOT_POSITIVE', 'therapy.patientBolus.dose']]);
    expect(codesAndPaths([onlyError('limits.morphine.maxDaily', '0 mg/day')])).toEqual([['NOT_POSITIVE', 'limits.morphine.maxDaily']]);
    expect(codesAndPaths([onlyError('titration.previousDose', '-1 mg/day')])).toEqual([['NEGATIVE_QUANTITY', 'titration.previousDose']]);
  });
  it('[REQ-WIRE-005] a zero flex step dose is NOT_POSITIVE', () => {
    const errors = leftOf(decodeWith('therapy', { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '1 mg/day' }, { start: '06:00', dose: '0 mg/day' }] }));
    expect(codesAndPaths(errors)).toEqual([['NOT_POSITIVE', 'therapy.steps.1.dose']]);
  });
  it('[REQ-WIRE-005] a negative internal volume or flow tolerance is NEGATIVE_QUANTITY; zero is accepted', () => {
    expect(codesAndPaths([onlyError('pump.internalVolume', '-0.1 mL')])).toEqual([['NEGATIVE_QUANTITY', 'pump.internalVolume']]);
    expect(codesAndPaths([onlyError('pump.flowTolerance', '-1 %')])).toEqual([['NEGATIVE_QUANTITY', 'pump.flowTolerance']]);
    expect(rightOf(decodeWith('pump.internalVolume', '0 mL')).pump.internalVolume?.base.isZero()).toBe(true);
  });
});

describe('decodeCompileRequest: strict structure (contract section "Requests are strict")', () => {
  it('[REQ-WIRE-002] a misspelt top-level field "limts" is UNKNOWN_FIELD at "limts", suggesting "limits"', () => {
    const req = contractRequest();
    req['limts'] = req['limits'];
    delete req['limits'];
    const errors = leftOf(decodeCompileRequest(req));
    expect(codesAndPaths(errors)).toEqual([['UNKNOWN_FIELD', 'limts']]);
    expect(errors[0]?.message).toContain('"limits"');
  });
  it('[REQ-WIRE-002] a misspelt nested field "limits.morphine.maxDialy" is UNKNOWN_FIELD with its full path', () => {
    expect(codesAndPaths(leftOf(decodeWith('limits', { morphine: { maxDialy: '5 mg/day' } })))).toEqual([['UNKNOWN_FIELD', 'limits.morphine.maxDialy']]);
  });
  it('[REQ-WIRE-002] a misspelt field in a list entry "therapy.steps.1.doze" is UNKNOWN_FIELD (and its dose MISSING_FIELD)', () => {
    const errors = leftOf(decodeWith('therapy', { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '1 mg/day' }, { start: '06:00', doze: '2 mg/day' }] }));
    expect(codesAndPaths(errors)).toEqual([['MISSING_FIELD', 'therapy.steps.1.dose'], ['UNKNOWN_FIELD', 'therapy.steps.1.doze']]);
  });
  it('[REQ-WIRE-002] [REQ-WIRE-013] a "__proto__" key (as JSON.parse makes it) is UNKNOWN_FIELD, at the top and nested, and pollutes nothing', () => {
    const text = JSON.stringify(contractRequest()).replace('{"pump"', '{"__proto__":{"polluted":true},"pump"').replace('"mode":', '"__proto__":{"polluted":true},"mode":');
    const req: unknown = JSON.parse(text);
    const errors = leftOf(decodeCompileRequest(req));
    expect(codesAndPaths(errors)).toEqual([['UNKNOWN_FIELD', '__proto__'], ['UNKNOWN_FIELD', 'therapy.__proto__']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('[REQ-WIRE-002] [REQ-WIRE-013] "constructor" and "prototype" keys are UNKNOWN_FIELD, also as limits keys', () => {
    const req = contractRequest();
    setAt(req, 'constructor', {});
    setAt(req, 'reservoir.prototype', {});
    setAt(req, 'limits', JSON.parse('{"__proto__": {"maxDaily": "1 mg/day"}, "constructor": {}, "prototype": {}}'));
    expect(codesAndPaths(leftOf(decodeCompileRequest(req)))).toEqual([
      ['UNKNOWN_FIELD', 'constructor'],
      ['UNKNOWN_FIELD', 'limits.__proto__'],
      ['UNKNOWN_FIELD', 'limits.constructor'],
      ['UNKNOWN_FIELD', 'limits.prototype'],
      ['UNKNOWN_FIELD', 'reservoir.prototype'],
    ]);
  });
  it('[REQ-WIRE-013] inherited properties are never read: a field only on the prototype is MISSING_FIELD', () => {
    const { therapy, ...rest } = contractRequest();
    const req: unknown = Object.assign(Object.create({ therapy }) as object, rest);
    expect(codesAndPaths(leftOf(decodeCompileRequest(req)))).toEqual([['MISSING_FIELD', 'therapy']]);
  });
  it('[REQ-WIRE-013] a getter on the input is never called', () => {
    let called = false;
    const req = contractRequest();
    Object.defineProperty(req, 'titration', { enumerable: true, get: () => { called = true; return { previousDose: '2.5 mg/day', since: '7 day' }; } });
    const errors = leftOf(decodeCompileRequest(req));
    expect(called).toBe(false);
    expect(codesAndPaths(errors)).toEqual([['WRONG_TYPE', 'titration']]);
  });
  it('[REQ-WIRE-013] [REQ-EMBED-003] decoded records are null-prototype, frozen objects built from declared or validated names only', () => {
    const r = rightOf(decodeCompileRequest(contractRequest()));
    for (const o of [r, r.limits, r.pump, r.reservoir, r.therapy, r.therapy.basal]) {
      expect(Object.getPrototypeOf(o)).toBe(null);
      expect(Object.isFrozen(o)).toBe(true);
    }
    expect(Object.keys(r.limits)).toEqual(['morphine']);
    expect(Object.keys(r.pump).sort()).toEqual(['internalVolume', 'kind', 'lowReservoirAlarm', 'maxBolusRate', 'maxRate', 'minRate', 'rateResolution', 'reservoir']);
  });
  it('[REQ-WIRE-003] missing required fields are MISSING_FIELD, each with its path', () => {
    expect(codesAndPaths(leftOf(decodeCompileRequest({})))).toEqual([['MISSING_FIELD', 'pump'], ['MISSING_FIELD', 'reservoir'], ['MISSING_FIELD', 'therapy']]);
    expect(codesAndPaths([onlyError('therapy.patientBolus.maxPerDay', undefined)])).toEqual([['MISSING_FIELD', 'therapy.patientBolus.maxPerDay']]);
  });
  it('[REQ-WIRE-003] a request that is not an object is WRONG_TYPE at the root', () => {
    for (const u of [null, [], 'compile', 3, true]) expect(codesAndPaths(leftOf(decodeCompileRequest(u)))).toEqual([['WRONG_TYPE', '']]);
  });
  it('[REQ-WIRE-003] wrong JSON types are WRONG_TYPE at their path', () => {
    expect(codesAndPaths([onlyError('pump', 7)])).toEqual([['WRONG_TYPE', 'pump']]);
    expect(codesAndPaths([onlyError('reservoir.drugs', { drug: 'morphine' })])).toEqual([['WRONG_TYPE', 'reservoir.drugs']]);
    expect(codesAndPaths([onlyError('limits', [])])).toEqual([['WRONG_TYPE', 'limits']]);
    expect(codesAndPaths([onlyError('overrides.0.reason', 42)])).toEqual([['WRONG_TYPE', 'overrides.0.reason']]);
  });
  it('[REQ-WIRE-002] in continuous mode "steps" is an unknown field', () => {
    expect(codesAndPaths([onlyError('therapy.steps', [{ start: '00:00', dose: '3 mg/day' }])])).toEqual([['UNKNOWN_FIELD', 'therapy.steps']]);
  });
  it('[REQ-WIRE-002] in flex mode "dose" is an unknown field', () => {
    const errors = leftOf(decodeWith('therapy', { mode: 'flex', drug: 'morphine', dose: '3 mg/day', steps: [{ start: '00:00', dose: '3 mg/day' }] }));
    expect(codesAndPaths(errors)).toEqual([['UNKNOWN_FIELD', 'therapy.dose']]);
  });
  it('[REQ-WIRE-003] [REQ-WIRE-004] an unknown mode is INVALID_VALUE and the other therapy fields are still checked', () => {
    const errors = leftOf(decodeWith('therapy', { mode: 'bolus', drug: 'Morphine', dose: '3 mg', colour: 'red' }));
    expect(codesAndPaths(errors)).toEqual([
      ['UNKNOWN_FIELD', 'therapy.colour'],
      ['WRONG_DIMENSION', 'therapy.dose'],
      ['INVALID_VALUE', 'therapy.drug'],
      ['INVALID_VALUE', 'therapy.mode'],
    ]);
  });
  it('[REQ-WIRE-003] a missing mode is MISSING_FIELD at therapy.mode', () => {
    expect(codesAndPaths([onlyError('therapy.mode', undefined)])).toEqual([['MISSING_FIELD', 'therapy.mode']]);
  });
});

describe('decodeCompileRequest: lists, names, counts, clock times', () => {
  it('[REQ-WIRE-007] an empty drug list is EMPTY_LIST', () => {
    expect(codesAndPaths([onlyError('reservoir.drugs', [])])).toEqual([['EMPTY_LIST', 'reservoir.drugs']]);
  });
  it('[REQ-WIRE-007] an empty flex step list is EMPTY_LIST', () => {
    expect(codesAndPaths(leftOf(decodeWith('therapy', { mode: 'flex', drug: 'morphine', steps: [] })))).toEqual([['EMPTY_LIST', 'therapy.steps']]);
  });
  it('[REQ-WIRE-007] a list longer than its bound is INPUT_TOO_LARGE at the list', () => {
    const many = Array.from({ length: 49 }, () => ({ start: '08:00', dose: '0.1 mg', duration: '1 min' }));
    expect(codesAndPaths([onlyError('therapy.periodicBoluses', many)])).toEqual([['INPUT_TOO_LARGE', 'therapy.periodicBoluses']]);
  });
  it('[REQ-WIRE-006] a drug name that is not lower case is INVALID_VALUE suggesting the lower-case name', () => {
    const errors = leftOf(decodeWith('reservoir.drugs.0.drug', 'Morphine'));
    expect(codesAndPaths(errors)).toEqual([['INVALID_VALUE', 'reservoir.drugs.0.drug']]);
    expect(errors[0]?.message).toContain('"morphine"');
  });
  it('[REQ-WIRE-006] a drug name longer than 64 characters is INVALID_VALUE', () => {
    const long = `a${'b'.repeat(64)}`;
    const req = setAt(contractRequest(), 'reservoir.drugs.0.drug', long);
    setAt(req, 'therapy.drug', long);
    expect(codesAndPaths(leftOf(decodeCompileRequest(req)))).toEqual([['INVALID_VALUE', 'reservoir.drugs.0.drug'], ['INVALID_VALUE', 'therapy.drug']]);
  });
  it('[REQ-WIRE-006] [REQ-BOUND-002] [REQ-LIMIT-107] maxPerDay must be a JSON integer 1..48, not a string (0: MAX_PER_DAY_ZERO)', () => {
    for (const v of ['4', 2.5, -1, 49, 1441, null]) {
      expect(codesAndPaths([onlyError('therapy.patientBolus.maxPerDay', v)])).toEqual([['INVALID_INTEGER', 'therapy.patientBolus.maxPerDay']]);
    }
    expect(codesAndPaths([onlyError('therapy.patientBolus.maxPerDay', 0)])).toEqual([['MAX_PER_DAY_ZERO', 'therapy.patientBolus.maxPerDay']]);
    expect(rightOf(decodeWith('therapy.patientBolus.maxPerDay', 1)).therapy.patientBolus?.maxPerDay).toBe(1n);
    expect(rightOf(decodeWith('therapy.patientBolus.maxPerDay', 48)).therapy.patientBolus?.maxPerDay).toBe(48n);
  });
  it('[REQ-WIRE-006] clock times must be "HH:MM" from 00:00 to 23:59', () => {
    for (const v of ['24:00', '8:00', '08:60', '08:00:00', ' 08:00', 480]) {
      expect(codesAndPaths([onlyError('reservoir.filledAt', v)])).toEqual([['INVALID_CLOCK_TIME', 'reservoir.filledAt']]);
    }
    expect(rightOf(decodeWith('reservoir.filledAt', '23:59')).reservoir.filledAt).toBe(86_340n);
  });
  it('[REQ-WIRE-006] an override reason must have content (EMPTY_STRING) and its code must be overridable', () => {
    expect(codesAndPaths([onlyError('overrides.0.reason', '  ')])).toEqual([['EMPTY_STRING', 'overrides.0.reason']]);
    expect(codesAndPaths([onlyError('overrides.0.code', 'HARD_LIMIT_EXCEEDED')])).toEqual([['INVALID_VALUE', 'overrides.0.code']]);
  });
  it('[REQ-WIRE-006] an invalid pump kind is INVALID_VALUE', () => {
    expect(codesAndPaths([onlyError('pump.kind', 'Programmable')])).toEqual([['INVALID_VALUE', 'pump.kind']]);
  });
  it('[REQ-WIRE-006] an empty pump name is EMPTY_STRING', () => {
    expect(codesAndPaths([onlyError('pump', '')])).toEqual([['EMPTY_STRING', 'pump']]);
  });
});

describe('decodeCompileRequest: rules across fields', () => {
  it('[REQ-WIRE-008] flex steps out of order are STEPS_NOT_SORTED at the offending start', () => {
    const errors = leftOf(decodeWith('therapy', { mode: 'flex', drug: 'morphine', steps: [
      { start: '00:00', dose: '1 mg/day' }, { start: '10:00', dose: '2 mg/day' }, { start: '08:00', dose: '1 mg/day' }, { start: '08:00', dose: '1 mg/day' },
    ] }));
    expect(codesAndPaths(errors)).toEqual([['STEPS_NOT_SORTED', 'therapy.steps.2.start'], ['STEPS_NOT_SORTED', 'therapy.steps.3.start']]);
  });
  it('[REQ-WIRE-008] a first flex step after midnight is FIRST_STEP_NOT_MIDNIGHT', () => {
    const errors = leftOf(decodeWith('therapy', { mode: 'flex', drug: 'morphine', steps: [{ start: '06:00', dose: '1 mg/day' }, { start: '18:00', dose: '2 mg/day' }] }));
    expect(codesAndPaths(errors)).toEqual([['FIRST_STEP_NOT_MIDNIGHT', 'therapy.steps.0.start']]);
  });
  it('[REQ-WIRE-008] [REQ-WIRE-004] step order is checked even when another step has an error', () => {
    const errors = leftOf(decodeWith('therapy', { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '1 mg/day' }, { start: '09:00', dose: '1 ug/day' }, { start: '07:00', dose: '1 mg/day' }] }));
    expect(codesAndPaths(errors)).toEqual([['REFUSED_UNIT', 'therapy.steps.1.dose'], ['STEPS_NOT_SORTED', 'therapy.steps.2.start']]);
  });
  it('[REQ-WIRE-009] a drug listed twice in the reservoir is DUPLICATE_DRUG at the repeat', () => {
    const errors = leftOf(decodeWith('reservoir.drugs', [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '1 mg/mL' }, { drug: 'morphine', concentration: '20 mg/mL' }]));
    expect(codesAndPaths(errors)).toEqual([['DUPLICATE_DRUG', 'reservoir.drugs.2.drug']]);
  });
  it('[REQ-WIRE-009] a therapy drug the reservoir does not hold is DRUG_NOT_IN_RESERVOIR at therapy.drug', () => {
    const errors = leftOf(decodeWith('therapy.drug', 'hydromorphone'));
    expect(codesAndPaths(errors)).toEqual([['DRUG_NOT_IN_RESERVOIR', 'therapy.drug']]);
    expect(errors[0]?.message).toContain('"morphine"');
  });
  it('[REQ-WIRE-011] a periodic bolus of 24 h or more is BOLUS_TOO_LONG', () => {
    for (const d of ['24 h', '1 day', '1440 min']) {
      const errors = leftOf(decodeWith('therapy.periodicBoluses', [{ start: '08:00', dose: '0.5 mg', duration: d }]));
      expect(codesAndPaths(errors)).toEqual([['BOLUS_TOO_LONG', 'therapy.periodicBoluses.0.duration']]);
    }
  });
  it('[REQ-WIRE-011] a patient bolus lockout shorter than its duration is LOCKOUT_SHORTER_THAN_DURATION at the lockout', () => {
    expect(codesAndPaths([onlyError('therapy.patientBolus.lockout', '5 min')])).toEqual([['LOCKOUT_SHORTER_THAN_DURATION', 'therapy.patientBolus.lockout']]);
    expect(rightOf(decodeWith('therapy.patientBolus.lockout', '600 s')).therapy.patientBolus?.lockout.base.toFixed()).toBe('600');
  });
});

describe('decodeCompileRequest: all errors, in a deterministic order', () => {
  it('[REQ-WIRE-004] every error of a request is reported, ordered by path with indices numerically', () => {
    const req = contractRequest();
    setAt(req, 'pump.minRate', '0.006 ml/day');
    setAt(req, 'therapy.periodicBoluses', Array.from({ length: 11 }, (_, i) => ({ start: `${String(i + 10)}:00`, dose: i === 1 ? '0 mg' : i === 10 ? 5 : '0.1 mg', duration: '10 min' })));
    setAt(req, 'therapy.patientBolus.maxPerDay', '4');
    setAt(req, 'limts', {});
    const errors = leftOf(decodeCompileRequest(req));
    expect(codesAndPaths(errors)).toEqual([
      ['UNKNOWN_FIELD', 'limts'],
      ['REFUSED_UNIT', 'pump.minRate'],
      ['INVALID_INTEGER', 'therapy.patientBolus.maxPerDay'],
      ['NOT_POSITIVE', 'therapy.periodicBoluses.1.dose'],
      ['NUMBER_FOR_QUANTITY', 'therapy.periodicBoluses.10.dose'],
    ]);
  });
  it('[REQ-WIRE-004] the same request with its keys in another order gives the same errors', () => {
    const a = contractRequest();
    setAt(a, 'pump.minRate', '0 mL/day');
    setAt(a, 'therapy.dose', '3 mL');
    setAt(a, 'zzz', 1);
    const b = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(a).reverse()))) as unknown;
    expect(leftOf(decodeCompileRequest(b))).toEqual(leftOf(decodeCompileRequest(a)));
  });
  it('[REQ-WIRE-004] [REQ-WIRE-014] a huge unknown key is shown cut to 64 characters', () => {
    const key = 'x'.repeat(10_000);
    const errors = leftOf(decodeWith(key, 1));
    expect(errors[0]?.path).toBe(`${'x'.repeat(64)}…`);
    expect(errors[0]!.message.length).toBeLessThan(1000);
  });
});
