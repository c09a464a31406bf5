import * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../../../core/index.js';

/** The contract's `compile` request example, as a fresh mutable JSON value. */
export function contractRequest(): Record<string, unknown> {
  return {
    pump: {
      kind: 'programmable',
      reservoir: '40 mL', lowReservoirAlarm: '2 mL',
      rateResolution: '0.001 mL/day',
      minRate: '0.006 mL/day', maxRate: '24 mL/day',
      maxBolusRate: '1 mL/h',
      internalVolume: '0.2 mL',
    },
    reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
    therapy: {
      mode: 'continuous',
      drug: 'morphine',
      dose: '3 mg/day',
      patientBolus: { dose: '0.1 mg', duration: '10 min', lockout: '4 h', maxPerDay: 4 },
    },
    titration: { previousDose: '2.5 mg/day', since: '7 day' },
    limits: { morphine: { maxDaily: '5 mg/day' } },
    overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', upTo: '8 mg/day', reason: '...' }],
  };
}

/** Sets the value at a dotted path of a JSON value (test helper; paths come from the test, not from input). */
export function setAt(root: unknown, path: string, value: unknown): unknown {
  const keys = path.split('.');
  let cur = root as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  const last = keys[keys.length - 1] ?? '';
  if (value === undefined) delete cur[last];
  else Object.defineProperty(cur, last, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

/** The errors of a Left (fails the test on a Right). */
export function leftOf<A>(r: E.Either<EngineError[], A>): EngineError[] {
  if (E.isRight(r)) throw new Error(`expected a refusal, got ${JSON.stringify(r.right, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`);
  return r.left;
}

/** The value of a Right (fails the test on a Left). */
export function rightOf<A>(r: E.Either<EngineError[], A>): A {
  if (E.isLeft(r)) throw new Error(`expected success, got ${JSON.stringify(r.left)}`);
  return r.right;
}

/** `[code, path]` pairs, for compact assertions. */
export function codesAndPaths(errors: readonly EngineError[]): [string, string][] {
  return errors.map((e) => [e.code, e.path]);
}
