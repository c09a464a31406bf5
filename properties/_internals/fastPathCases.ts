import fc from 'fast-check';
import { decimalArithmetic as D, WEEKDAYS, type Exact } from '../../core/index.js';
import { isExact } from '../../core/arith/decimalArithmetic.js';
import { wireCompileRequest, type WireCompileRequest } from './wireCompileRequest.js';

type Json = Record<string, unknown>;
const obj = (x: unknown): Json => (typeof x === 'object' && x !== null ? (x as Json) : {});

/**
 * The request's therapy as a week program: weekday k takes the flex doses
 * turned by k steps, its periodic boluses on some days only; the fill on a
 * random weekday.
 *
 * Implements REQ-FUZZ-003.
 */
export const asWeek = (r: WireCompileRequest): fc.Arbitrary<WireCompileRequest> =>
  fc.record({ filledOn: fc.constantFrom(...WEEKDAYS), bolusDays: fc.integer({ min: 0, max: 127 }) }).map(({ filledOn, bolusDays }) => {
    const t = obj(r['therapy']);
    const steps = Array.isArray(t['steps']) ? (t['steps'] as Json[]) : undefined;
    const periodic = t['periodicBoluses'];
    const days = Object.fromEntries(WEEKDAYS.map((d, k) => {
      const basal: Json = steps === undefined
        ? { mode: 'continuous', dose: t['dose'] }
        : { mode: 'flex', steps: steps.map((s, i) => ({ start: s['start'], dose: steps[(i + k) % steps.length]?.['dose'] })) };
      return [d, (bolusDays >> k) % 2 === 1 && periodic !== undefined ? { ...basal, periodicBoluses: periodic } : basal];
    }));
    const therapy: Json = { mode: 'week', drug: t['drug'], days, ...(t['patientBolus'] === undefined ? {} : { patientBolus: t['patientBolus'] }) };
    return { ...r, reservoir: { ...obj(r['reservoir']), filledOn }, therapy };
  });

/**
 * Every value of a result as plain data: each engine decimal as its exact
 * decimal text, so that two results compare by value.
 */
export function plain(x: unknown): unknown {
  if (isExact(x)) return D.toDecimalString(x as Exact);
  if (typeof x === 'bigint') return `${x.toString()}n`;
  if (Array.isArray(x)) return x.map(plain);
  if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  return x;
}

/** n thousandths as a plain decimal. */
const milli = (n: number): string => `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}`;

/** Random compile requests, a third of them as week programs. */
const therapies: fc.Arbitrary<WireCompileRequest> = fc.tuple(wireCompileRequest, fc.integer({ min: 0, max: 2 })).chain(([r, k]) => (k === 0 ? asWeek(r) : fc.constant(r)));

/** A catheter volume of 0.001 to 2.7 mL (small ones flush within a day, large ones take days or weeks). */
const catheter = fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 300, max: 2700 })).map((n) => ({ volume: `${milli(n)} mL` }));

/**
 * Random `bridge` requests: a random compile request's reservoir and therapy
 * as the new fluid and program, the old fluid the same drugs at random
 * concentrations (sometimes the same, sometimes none of a drug), at a random
 * old rate, through a random catheter.
 *
 * Implements REQ-FUZZ-003.
 */
export const wireBridgeRequest: fc.Arbitrary<Json> = fc.record({
  r: therapies,
  catheter,
  scale: fc.constantFrom(0, 1, 2, 5, 10, 20),
  rate: fc.integer({ min: 6, max: 3000 }),
}).map(({ r, catheter: c, scale, rate }) => {
  const res = obj(r['reservoir']);
  const drugs = (Array.isArray(res['drugs']) ? (res['drugs'] as Json[]) : []);
  const oldDrugs = drugs.map((d) => {
    const [value, unit] = String(d['concentration']).split(' ');
    return { drug: d['drug'], concentration: `${scale === 10 ? String(value) : String(Number(value) * scale / 10)} ${String(unit)}` };
  });
  const filledOn = res['filledOn'];
  return {
    pump: r['pump'],
    catheter: c,
    old: { drugs: oldDrugs, rate: `${milli(rate)} mL/day` },
    new: { drugs, therapy: r['therapy'], filledAt: res['filledAt'], ...(filledOn === undefined ? {} : { filledOn }) },
    ...(r['limits'] === undefined ? {} : { limits: r['limits'] }),
    ...(r['overrides'] === undefined ? {} : { overrides: r['overrides'] }),
  };
});

const CONTENTS = ['empty', 'drug'] as const;

/**
 * Random `prime` requests: a random compile request through a random
 * catheter, the pump's internal volume and the catheter each empty or
 * holding drug.
 *
 * Implements REQ-FUZZ-003.
 */
export const wirePrimeRequest: fc.Arbitrary<Json> = fc.record({
  r: therapies,
  catheter,
  pumpInternal: fc.constantFrom(...CONTENTS),
  inCatheter: fc.constantFrom(...CONTENTS),
}).map(({ r, catheter: c, pumpInternal, inCatheter }) => ({ ...r, catheter: c, contents: { pumpInternal, catheter: inCatheter } }));

/**
 * Random `clock-change` requests: a random compile request and a jump of
 * -1439 to 1439 min at a random minute (of a random weekday for a week
 * program).
 *
 * Implements REQ-FUZZ-003.
 */
export const wireClockChangeRequest: fc.Arbitrary<Json> = fc.record({
  r: therapies,
  at: fc.integer({ min: 0, max: 1439 }),
  jump: fc.oneof(fc.constantFrom(-60, 60), fc.integer({ min: -1439, max: 1439 }).filter((j) => j !== 0)),
  on: fc.constantFrom(...WEEKDAYS),
}).map(({ r, at, jump, on }) => {
  const week = obj(r['therapy'])['mode'] === 'week';
  const clock = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
  return { ...r, clockChange: { at: clock, jump: `${String(jump)} min`, ...(week ? { on } : {}) } };
});
