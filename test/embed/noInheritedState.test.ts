import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Decimal as HostDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../spec/wire/commands/registry.js';
import { REQUEST_FIELD_NAMES, wireFieldNames } from './_wireFields.js';

interface Vector { readonly name: string; readonly command: string; readonly request?: unknown }

const VECTORS = resolve(import.meta.dirname, '../vectors');
const files = ['contract', 'project'].flatMap((dir) =>
  readdirSync(resolve(VECTORS, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => resolve(VECTORS, dir, f)));
/** Requests the vectors leave out: a fixed-rate pump, a titration with an override, periodic boluses, a named profile, the chain ratio, a threshold. */
const EXTRA: readonly Vector[] = [
  { name: 'extra: fixed-rate', command: 'compile', request: { pump: { kind: 'fixed-rate', reservoir: '20 mL', lowReservoirAlarm: '2 mL', nominalFlow: '1 mL/day', flowTolerance: '15 %' },
    reservoir: { fill: '20 mL', drugs: [{ drug: 'morphine' }] }, therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } } },
  { name: 'extra: flex, periodic boluses, titration, override, admixture', command: 'compile', request: {
    pump: { profile: 'synchromed-ii', reservoir: '40 mL', rateResolution: '0.001 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL' },
    reservoir: { fill: '40 mL', filledAt: '08:00', drugs: [{ drug: 'morphine', concentration: '25 mg/mL' }, { drug: 'clonidine', concentration: '500 mcg/mL' }] },
    therapy: { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '10 mg/day' }, { start: '08:00', dose: '16 mg/day' }], periodicBoluses: [{ start: '12:00', dose: '0.5 mg', duration: '30 min' }],
      patientBolus: { dose: '0.2 mg', duration: '10 min', lockout: '2 h', maxPerDay: 6 } },
    titration: { previousDose: '10 mg/day', since: '7 day' }, limits: { morphine: { maxDaily: '20 mg/day' }, clonidine: { maxDaily: '1 mg/day' } },
    overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', upTo: '25 mg/day', reason: 'palliative care, pain uncontrolled' }] } },
  { name: 'extra: convert by the chain', command: 'convert', request: { drug: 'morphine', from: { route: 'intravenous', dose: '30 mg/day' }, to: { route: 'epidural' } } },
  { name: 'extra: refill-check with a threshold', command: 'refill-check', request: { pump: { kind: 'programmable', reservoir: '30 mL' }, expectedResidual: '5 mL', measuredResidual: '3 mL', discrepancyThreshold: '1 mL' } },
];

/** Every vector of the contract's examples and the project's, and the extra requests, as text (parsed afresh for each run). */
const vectorText = [...files.map((f) => readFileSync(f, 'utf8')), JSON.stringify(EXTRA)];

/** The answers of every vector and of the listing commands, as one string per answer (exit code and JSON body). */
function answers(): string[] {
  const out: string[] = [];
  for (const text of vectorText) {
    for (const v of JSON.parse(text) as Vector[]) {
      const cmd = COMMANDS.find((c) => c.name === v.command);
      if (cmd === undefined) throw new Error(`no command ${v.command}`);
      const r = cmd.run(v.request);
      out.push(`${v.name} → ${r.exitCode} ${JSON.stringify(r.body)}`);
    }
  }
  for (const cmd of COMMANDS.filter((c) => !c.takesRequest)) {
    const r = cmd.run(undefined);
    out.push(`${cmd.name} → ${r.exitCode} ${JSON.stringify(r.body)}`);
  }
  return out;
}

/** Runs `f` with every name set on Object.prototype to `value` (plain assignment: enumerable, as pollution is), then restores every name. */
function withPollutedObjectPrototype<T>(names: readonly string[], value: (name: string) => unknown, f: () => T): T {
  const proto = Object.prototype as Record<string, unknown>;
  const saved = names.map((n) => [n, Object.getOwnPropertyDescriptor(proto, n)] as const);
  try {
    for (const n of names) proto[n] = value(n);
    return f();
  } finally {
    for (const [n, d] of saved) {
      if (d === undefined) Reflect.deleteProperty(proto, n);
      else Object.defineProperty(proto, n, d);
    }
  }
}

type Method = (this: HostDecimal, ...args: unknown[]) => unknown;

/** Runs `f` with the host decimal.js prototype's arithmetic, comparisons and printing patched to lie, then restores them. */
function withPatchedHostDecimal<T>(f: () => T): T {
  const proto = HostDecimal.prototype as unknown as Record<string, Method>;
  const names = ['plus', 'add', 'minus', 'sub', 'times', 'mul', 'dividedBy', 'div', 'dividedToIntegerBy', 'divToInt', 'cmp', 'comparedTo',
    'toString', 'toFixed', 'valueOf', 'toJSON', 'isZero', 'isNegative', 'isNeg', 'isPositive', 'isPos', 'isInteger', 'isInt', 'isFinite'];
  const saved = names.map((n) => [n, Object.getOwnPropertyDescriptor(proto, n)] as const);
  const orig = (n: string): Method => {
    const d = saved.find(([m]) => m === n)?.[1];
    return d?.value as Method;
  };
  const plus = orig('plus');
  const times = orig('times');
  const lie: Record<string, Method> = {
    plus(y) { return plus.call(plus.call(this, y) as HostDecimal, 1); },
    minus(y) { return plus.call(orig('minus').call(this, y) as HostDecimal, 1); },
    times(y) { return times.call(times.call(this, y) as HostDecimal, 2); },
    dividedBy(y) { return times.call(orig('dividedBy').call(this, y) as HostDecimal, 3); },
    dividedToIntegerBy(y) { return plus.call(orig('dividedToIntegerBy').call(this, y) as HostDecimal, 1); },
    comparedTo() { return 0; },
    toString() { return '7'; },
    toFixed() { return '7'; },
    valueOf() { return '7'; },
    toJSON() { return '7'; },
    isZero() { return true; },
    isNegative() { return true; },
    isPositive() { return false; },
    isInteger() { return false; },
    isFinite() { return true; },
  };
  const alias: Record<string, string> = { add: 'plus', sub: 'minus', mul: 'times', div: 'dividedBy', divToInt: 'dividedToIntegerBy', cmp: 'comparedTo', isNeg: 'isNegative', isPos: 'isPositive', isInt: 'isInteger' };
  try {
    for (const n of names) {
      const m = lie[alias[n] ?? n];
      if (m !== undefined) proto[n] = m;
    }
    return f();
  } finally {
    for (const [n, d] of saved) {
      if (d === undefined) Reflect.deleteProperty(proto, n);
      else Object.defineProperty(proto, n, d);
    }
  }
}

/** The answers that differ, each cut to its first differing stretch (a whole library listing is too long to read). */
function differences(got: readonly string[], want: readonly string[]): string[] {
  return got.flatMap((a, i) => {
    const b = want[i] ?? '';
    if (a === b) return [];
    let k = 0;
    while (k < a.length && a[k] === b[k]) k += 1;
    const from = Math.max(0, k - 80);
    return [`${b.slice(0, b.indexOf(' → '))}: want …${b.slice(from, k + 120)}… got …${a.slice(from, k + 120)}…`];
  });
}

/** Values of several kinds a polluter might set: a bare number string, a number, a quantity, objects, a function. */
const POLLUTANTS: readonly (readonly [string, (name: string) => unknown])[] = [
  ['the string "30"', () => '30'],
  ['the number 30', () => 30],
  ['a quantity string', (n) => (/(rate|dose|daily|max|min)/i.test(n) ? '30 mg/day' : '30 mL')],
  ['an object', () => ({ maxDaily: '1 mg/day', concentration: '30 mg/mL' })],
  ['an array', () => ['30']],
  ['a function', () => () => '30'],
  ['true', () => true],
];

describe('no inherited state', () => {
  const clean = answers();
  const names = wireFieldNames(clean.map((a) => JSON.parse(a.slice(a.indexOf(' {') + 1)) as unknown));

  it('[REQ-EMBED-003] the field list covers every key of every request vector', () => {
    const keys = new Set<string>();
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) { keys.add(k); walk(v); }
    };
    for (const text of vectorText) for (const v of JSON.parse(text) as Vector[]) walk(v.request);
    // misspellings the malformed vectors use on purpose are not wire fields
    const missing = [...keys].filter((k) => !names.includes(k) && !['limts', 'maxDialy'].includes(k));
    expect(missing).toEqual([]);
    expect(REQUEST_FIELD_NAMES.length).toBeGreaterThan(50);
    expect(clean.length).toBeGreaterThanOrEqual(38);
  });

  for (const [kind, value] of POLLUTANTS) {
    it(`[REQ-EMBED-003] [REQ-EMBED-004] every answer is byte-identical with Object.prototype polluted by every wire field name (${kind}) and the host decimal.js prototype patched`, () => {
      const polluted = withPatchedHostDecimal(() => withPollutedObjectPrototype(names, value, answers));
      expect(polluted.length).toBe(clean.length);
      expect(differences(polluted, clean)).toEqual([]);
    });
  }

  it('[REQ-EMBED-004] every answer is byte-identical with only the host decimal.js prototype patched', () => {
    expect(differences(withPatchedHostDecimal(answers), clean)).toEqual([]);
  });

  it('[REQ-EMBED-003] with Object.prototype.ratio = "30", convert still answers 1 mg/day (the issue\'s example)', () => {
    const request = { drug: 'morphine', from: { route: 'oral', dose: '300 mg/day' }, to: { route: 'intrathecal' } };
    const convert = COMMANDS.find((c) => c.name === 'convert');
    const body = withPollutedObjectPrototype(['ratio'], () => '30', () => JSON.stringify(convert?.run(request).body));
    expect(JSON.parse(body)).toMatchObject({ ok: true, dose: '1 mg/day', ratio: '300' });
  });
});
