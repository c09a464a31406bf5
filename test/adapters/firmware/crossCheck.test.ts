import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedDeliveries, type ExpectedDelivery } from '../../../adapters/firmware/deviceDeliveries.js';
import { runScheduler } from './_harness.js';
import { PRESCRIPTIONS, imageOf, minuteCalls } from './_prescriptions.js';
import { goldenText } from '../../vectors/_golden.js';

// REQ-FW-004: test vectors made by the TypeScript core (an image and its expected deliveries over 48 h at a call
// a minute, with patient requests) are committed; the C scheduler replays each and must answer them to the nanolitre.
// UPDATE_GOLDEN=1 rewrites the files from the core; otherwise a vector the core no longer makes fails.
const DIR = resolve(import.meta.dirname, '../../vectors/firmware');

interface Vector {
  readonly name: string;
  readonly image: string;
  readonly t0: string;
  readonly requestEvery: number;
  /** Per call: [t, nL to deliver, bolus outcome]. */
  readonly expected: readonly (readonly [string, string, number])[];
}

const CASES = [
  { name: 'continuous-3mg-day', t0: 0n, requestEvery: 0 },
  { name: 'continuous-1mg-day-at-3mg-ml', t0: 3600n, requestEvery: 0 },
  { name: 'patient-bolus', t0: 0n, requestEvery: 37 },
  { name: 'flex-periodic-admixture', t0: 28_800n, requestEvery: 11 },
  { name: 'week-program', t0: 36_000n, requestEvery: 53 },
] as const;

function vectorOf(c: (typeof CASES)[number]): Vector {
  const img = imageOf(c.name);
  const expected = expectedDeliveries(img.device, c.t0, minuteCalls(c.t0, c.requestEvery));
  return {
    name: c.name, image: Buffer.from(img.image).toString('hex'), t0: String(c.t0), requestEvery: c.requestEvery,
    expected: expected.map((d: ExpectedDelivery) => [String(d.t), String(d.deliverNl), d.bolus] as const),
  };
}

describe('firmware cross-check vectors', () => {
  it('[REQ-FW-004] every named prescription has a vector', () => {
    expect(Object.keys(PRESCRIPTIONS).sort()).toEqual(CASES.map((c) => c.name).sort());
  });
  for (const c of CASES) {
    const file = resolve(DIR, `${c.name}.json`);
    it(`[REQ-FW-004] ${c.name}: the committed vector is what the core makes today`, () => {
      const made = JSON.stringify(vectorOf(c));
      expect(JSON.parse(goldenText(file, made))).toEqual(JSON.parse(made));
    });
    it(`[REQ-FW-004] ${c.name}: the C scheduler delivers the vector to the nanolitre over 48 h`, () => {
      const v = JSON.parse(readFileSync(file, 'utf8')) as Vector;
      const calls = minuteCalls(BigInt(v.t0), v.requestEvery);
      const got = runScheduler(Uint8Array.from(Buffer.from(v.image, 'hex')), BigInt(v.t0), calls);
      expect(got.map((d) => [String(d.t), String(d.deliverNl), d.bolus])).toEqual(v.expected);
      expect(got.every((d) => d.withheldNl === 0n)).toBe(true);
      const total = v.expected.reduce((s, [, nl]) => s + BigInt(nl), 0n);
      expect(total).toBeGreaterThan(0n);
    });
  }
});
