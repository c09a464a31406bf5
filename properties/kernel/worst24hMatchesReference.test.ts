import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, least24hVolume, worst24hVolume } from '../../core/index.js';
import { least24h } from '../../spec/reference/least24h.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { asRational, BASE_PER_ML, worst24hDifferential } from '../_internals/worst24hDifferential.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import type { WireDailyProgram } from '../../spec/reference/WireDailyProgram.js';
import { holds } from '../_internals/holds.js';

/**
 * Pinned: the counterexamples fast-check found against the mutants in
 * brokenWorstCaseIsCaught.test.ts, each the edge a wrong worst case misses.
 */
const PINNED: [WireDailyProgram][] = [
  // 24 h = 26 × 55 min + 10 min, shorter than the 30 min bolus: 26 1/3 boluses, the first pressed 20 min before the window
  [{ steps: [{ start: '00:00', rate: '29986 uL/day' }, { start: '16:35', rate: '29985 uL/day' }], periodicBoluses: [],
    patientBolus: { volume: '0.000001 mL', duration: '30 min', lockout: '3300 s', maxPerDay: 27 } }],
  // a periodic bolus from 22:00 running almost 24 h: every window holds all of it
  [{ steps: [{ start: '00:00', rate: '0.000 mL/day' }], periodicBoluses: [{ start: '22:00', volume: '0.001 mL', duration: '23.99 h' }] }],
];

describe('worst24hVolume and least24hVolume against the reference model', () => {
  it('[REQ-DOSE-002] [REQ-DOSE-003] [REQ-ROUND-003] [REQ-REF-005] [REQ-REF-006] the worst 24 h equals the reference exhaustive search (up to one base unit, rounded up)', () => {
    holds(worst24hDifferential(worst24hVolume), fuzzProfile(150, { examples: PINNED }));
  });
  it('[REQ-DOSE-004] [REQ-ROUND-003] [REQ-REF-005] the least 24 h equals the reference window search exactly', () => {
    holds(
      fc.property(wireDailyProgram, (w) => {
        const got = least24hVolume(A, engineProgram(w));
        expect(got.rounded).toBe(false);
        expect(asRational(got.volume).toString()).toBe(least24h(readWireProgram(w)).mul(BASE_PER_ML).toString());
      }),
      fuzzProfile(150),
    );
  });
});
