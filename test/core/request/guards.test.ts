import { Decimal as HostDecimal } from 'decimal.js';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  bridge, checkDoseLimits, checkFill, checkRefill, checkTitration, clockChange, compile, convertDose, CONVERSION_CHAINS, decimalArithmetic as A,
  DRUG_LIBRARY, formatQuantity, parseQuantity, parseUnit, prime, PUMP_PROFILES, quantity, RESIDUAL_THRESHOLDS, resolvePump,
  type CompileRequest, type EngineError,
} from '../../../core/index.js';
import { lookupDrug } from '../../../core/library/drugs.js';
import { lookupPumpProfile } from '../../../core/library/pumps.js';
import { lookupConversionChain } from '../../../core/library/conversions.js';
import { MAX_COUNT, MAX_PER_DAY_ENTRIES } from '../../../core/request/bounds.js';
import { contractRequest, q } from '../compile/_fixtures.js';
import { DECODED, setAt, thaw } from '../../embed/_requests.js';

const first = (r: E.Either<EngineError[], unknown>): [string, string] | 'accepted' => (E.isLeft(r) ? [r.left[0]?.code ?? '', r.left[0]?.path ?? ''] : 'accepted');
const nan = (): ReturnType<typeof A.fromInteger> => A.fromDecimalString('NaN');

/** The contract compile request with `edit` applied to a plain, mutable copy. */
function edited(edit: (r: Record<string, unknown>) => void): CompileRequest {
  const r = thaw(contractRequest()) as unknown as Record<string, unknown>;
  edit(r);
  return r as unknown as CompileRequest;
}

describe('request guards: every public entry fails closed', () => {
  it('[REQ-EMBED-001] a hand-built request made with parseQuantity is accepted, and gives the same answer as the decoded one', () => {
    expect(E.isRight(compile(contractRequest()))).toBe(true);
    const decoded = DECODED.compile[0];
    if (decoded === undefined) throw new Error('no compile vector');
    expect(JSON.stringify(compile(thaw(decoded)))).toBe(JSON.stringify(compile(decoded)));
  });
  it('[REQ-EMBED-001] a NaN or infinite dose is refused at its path (it used to compile to "NaN mL/day" with every limit "within")', () => {
    const r = compile(contractRequest({ therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: quantity('doseRate', nan()) }, periodicBoluses: [] } }));
    expect(first(r)).toEqual(['REQUEST_NOT_WELL_FORMED', 'therapy.basal.dose.base']);
    const inf = compile(contractRequest({ therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: quantity('doseRate', A.fromDecimalString('Infinity')) }, periodicBoluses: [] } }));
    expect(first(inf)).toEqual(['REQUEST_NOT_WELL_FORMED', 'therapy.basal.dose.base']);
  });
  it('[REQ-EMBED-001] [REQ-EMBED-002] maxPerDay -1, above the wire bound or not an integer is refused (it used to give a worst 24 h below the daily dose, or skip the bound)', () => {
    const pb = (maxPerDay: unknown): CompileRequest => edited((r) => {
      setAt(r, ['therapy', 'patientBolus'], { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay });
    });
    expect(E.isRight(compile(pb(4n)))).toBe(true);
    expect(E.isRight(compile(pb(4)))).toBe(true);
    for (const bad of [-1n, BigInt(MAX_COUNT) + 1n, 10n ** 9n, 2.5, Number.NaN, '4', 1e300]) {
      expect(first(compile(pb(bad)))).toEqual(['INVALID_INTEGER', 'therapy.patientBolus.maxPerDay']);
    }
  });
  it('[REQ-EMBED-004] a decimal of the host\'s decimal.js, a number or a string where a decimal belongs is refused', () => {
    for (const base of [new HostDecimal(3_000_000), 3_000_000, '3000000', 3_000_000n]) {
      const r = compile(edited((x) => setAt(x, ['therapy', 'basal', 'dose', 'base'], base)));
      expect(first(r)).toEqual(['REQUEST_NOT_WELL_FORMED', 'therapy.basal.dose.base']);
    }
  });
  it('[REQ-EMBED-004] a decimal forged on the engine\'s own prototype, with broken internal fields, is refused', () => {
    const proto = Object.getPrototypeOf(A.one) as object;
    const ctor = (A.one as unknown as { constructor: unknown }).constructor;
    const forged = (s: unknown, e: unknown, d: unknown, constructor: unknown = ctor): unknown => Object.assign(Object.create(proto) as object, { constructor, s, e, d });
    for (const bad of [forged(1, 0, ['3']), forged(1, 0, [3e7]), forged(2, 0, [3]), forged(1, 0.5, [3]), forged(1, 0, null), forged(1, 0, [0, 3]), forged(1, 0, { 0: 3, length: 1 }), forged(1, 6, [3], Object), forged(1, 6, [3])]) {
      const r = compile(edited((x) => setAt(x, ['therapy', 'basal', 'dose', 'base'], bad)));
      expect(E.isLeft(r) ? r.left[0]?.path : 'accepted').toBe('therapy.basal.dose.base');
    }
    const good = forged(1, 6, [3_000_000]); // 3 000 000 (3 mg/day): well-formed fields are accepted, as a copy
    expect(JSON.stringify(compile(edited((x) => setAt(x, ['therapy', 'basal', 'dose', 'base'], good))))).toBe(JSON.stringify(compile(contractRequest())));
  });
  it('[REQ-EMBED-001] [REQ-EMBED-003] a field found only on the prototype chain is missing; a getter is refused and never called', () => {
    const inherited = Object.create(thaw(contractRequest())) as CompileRequest;
    expect(first(compile(inherited))).toEqual(['REQUEST_NOT_WELL_FORMED', '']);
    const proto = edited((r) => {
      const therapy = r['therapy'];
      r['therapy'] = Object.create(therapy as object);
    });
    expect(first(compile(proto))).toEqual(['REQUEST_NOT_WELL_FORMED', 'therapy']);
    let called = false;
    const getter = edited((r) => Object.defineProperty(r, 'limits', { get: () => { called = true; return {}; }, enumerable: true }));
    expect(first(compile(getter))).toEqual(['REQUEST_NOT_WELL_FORMED', 'limits']);
    expect(called).toBe(false);
  });
  it('[REQ-EMBED-001] the decoder\'s structural rules hold for hand-built requests too, with the decoder\'s codes', () => {
    const steps = (...s: [bigint, string][]): CompileRequest => contractRequest({ therapy: { drug: 'morphine', basal: { mode: 'flex', steps: s.map(([start, d]) => ({ start, dose: q('doseRate', d) })) }, periodicBoluses: [] } });
    expect(first(compile(steps([3600n, '3 mg/day'])))).toEqual(['FIRST_STEP_NOT_MIDNIGHT', 'therapy.basal.steps.0.start']);
    expect(first(compile(steps([0n, '3 mg/day'], [0n, '2 mg/day'])))).toEqual(['STEPS_NOT_SORTED', 'therapy.basal.steps.1.start']);
    expect(first(compile(steps([0n, '3 mg/day'], [90n, '2 mg/day'])))).toEqual(['INVALID_CLOCK_TIME', 'therapy.basal.steps.1.start']);
    const many = Array.from({ length: MAX_PER_DAY_ENTRIES + 1 }, (_, i): [bigint, string] => [BigInt(i * 60), '1 mg/day']);
    expect(first(compile(steps(...many)))).toEqual(['INPUT_TOO_LARGE', 'therapy.basal.steps']);
    expect(first(compile(edited((r) => setAt(r, ['reservoir', 'drugs', '0', 'concentration'], q('concentration', '0 mg/mL')))))).toEqual(['NOT_POSITIVE', 'reservoir.drugs.0.concentration']);
    expect(first(compile(edited((r) => setAt(r, ['reservoir', 'drugs', '0', 'concentration'], q('doseRate', '1 mg/day')))))).toEqual(['WRONG_DIMENSION', 'reservoir.drugs.0.concentration.dim']);
    const huge = edited((r) => setAt(r, ['reservoir', 'fill', 'base'], A.fromDecimalString(`1${'0'.repeat(60)}`)));
    expect(first(compile(huge))).toEqual(['QUANTITY_OUT_OF_RANGE', 'reservoir.fill.base']);
  });
  it('[REQ-EMBED-003] a drug named "constructor" or "__proto__" is refused by the guard and a clean not-found in the library', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(first(compile(edited((r) => {
        setAt(r, ['reservoir', 'drugs', '0', 'drug'], name);
        setAt(r, ['therapy', 'drug'], name);
      })))).toEqual(['REQUEST_NOT_WELL_FORMED', 'reservoir.drugs.0.drug']);
      expect(lookupDrug(name)).toBeUndefined();
      expect(lookupPumpProfile(name)).toBeUndefined();
      expect(lookupConversionChain(name)).toBeUndefined();
    }
    const limits = Object.create(null) as Record<string, unknown>;
    Object.defineProperty(limits, '__proto__', { value: { maxDaily: q('doseRate', '5 mg/day') }, enumerable: true });
    expect(first(compile(edited((r) => setAt(r, ['limits'], limits))))).toEqual(['REQUEST_NOT_WELL_FORMED', 'limits']);
  });
  it('[REQ-EMBED-003] the library tables are deep-frozen null-prototype objects', () => {
    const check = (x: unknown): void => {
      if (x === null || typeof x !== 'object') return;
      expect(Object.isFrozen(x)).toBe(true);
      if (!Array.isArray(x)) expect(Object.getPrototypeOf(x)).toBe(null);
      Object.values(x).forEach(check);
    };
    for (const t of [DRUG_LIBRARY, PUMP_PROFILES, CONVERSION_CHAINS, RESIDUAL_THRESHOLDS]) check(t);
  });
  it('[REQ-EMBED-001] bridge, prime, clockChange, convertDose and checkRefill refuse a NaN decimal at its path', () => {
    const b = thaw(DECODED.bridge[0]);
    const p = thaw(DECODED.prime[0]);
    const c = thaw(DECODED.clockChange[0]);
    const v = thaw(DECODED.convert[0]);
    const f = thaw(DECODED.refill[0]);
    if (b === undefined || p === undefined || c === undefined || v === undefined || f === undefined) throw new Error('missing vectors');
    setAt(b, ['old', 'rate', 'base'], nan());
    setAt(p, ['catheter', 'volume', 'base'], nan());
    setAt(c, ['clockChange', 'jump', 'base'], nan());
    setAt(v, ['from', 'dose', 'base'], nan());
    setAt(f, ['measuredResidual', 'base'], nan());
    expect(first(bridge(b))).toEqual(['REQUEST_NOT_WELL_FORMED', 'old.rate.base']);
    expect(first(prime(p))).toEqual(['REQUEST_NOT_WELL_FORMED', 'catheter.volume.base']);
    expect(first(clockChange(c))).toEqual(['REQUEST_NOT_WELL_FORMED', 'clockChange.jump.base']);
    expect(first(convertDose(v))).toEqual(['REQUEST_NOT_WELL_FORMED', 'from.dose.base']);
    expect(first(checkRefill(f))).toEqual(['REQUEST_NOT_WELL_FORMED', 'measuredResidual.base']);
    const ratio = thaw(DECODED.convert[0]) as unknown as Record<string, unknown>;
    ratio['ratio'] = 300;
    expect(first(convertDose(ratio as never))).toEqual(['REQUEST_NOT_WELL_FORMED', 'ratio']);
  });
  it('[REQ-EMBED-001] resolvePump, checkDoseLimits, checkTitration, checkFill, parseQuantity, parseUnit and formatQuantity refuse what is not well formed, with a code', () => {
    expect(first(resolvePump({ profile: 'synchromed-ii-40' }, ['toString' as never], 'pump'))).toEqual(['REQUEST_NOT_WELL_FORMED', 'pump.needs.0']);
    expect(first(resolvePump({ reservoir: 40 as never }, ['reservoir'], 'pump'))).toEqual(['REQUEST_NOT_WELL_FORMED', 'pump.reservoir']);
    const limits = checkDoseLimits({ drugs: [{ drug: 'morphine', worst24h: quantity('mass', nan()) }], limits: {}, overrides: [] });
    expect(limits.errors.map((e) => [e.code, e.path])).toEqual([['REQUEST_NOT_WELL_FORMED', 'drugs.0.worst24h.base']]);
    const titr = checkTitration({ drug: 'ziconotide', previousDose: quantity('doseRate', A.fromInteger(2400n)), newDose: quantity('doseRate', nan()), since: quantity('time', A.fromInteger(604_800n)) });
    expect(titr.errors.map((e) => [e.code, e.path])).toEqual([['REQUEST_NOT_WELL_FORMED', 'newDose.base']]);
    expect(first(checkFill(nan(), A.fromInteger(40n), 'reservoir.fill'))).toEqual(['REQUEST_NOT_WELL_FORMED', 'fill']);
    const pq = parseQuantity('toString' as never, '3 mg/day', 'therapy.dose');
    expect(E.isLeft(pq) ? [pq.left.code, pq.left.path] : 'accepted').toEqual(['REQUEST_NOT_WELL_FORMED', 'dim']);
    expect(parseUnit(3 as never)).toMatchObject({ code: 'UNKNOWN_UNIT' });
    const printed = formatQuantity(quantity('flow', nan()), 'mL/day', 'down');
    expect(printed.text).toBe('');
    expect(printed.error?.code).toBe('REQUEST_NOT_WELL_FORMED');
    expect(formatQuantity(quantity('flow', A.fromInteger(300n)), 'mL/day', 'down')).toEqual({ text: '0.3 mL/day', exact: true });
  });
});
