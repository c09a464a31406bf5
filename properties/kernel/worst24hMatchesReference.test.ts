import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, least24hVolume, worst24hVolume } from '../../core/index.js';
import { least24h } from '../../spec/reference/least24h.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { asRational, BASE_PER_ML, worst24hDifferential } from '../_internals/worst24hDifferential.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';

describe('worst24hVolume and least24hVolume against the reference model', () => {
  it('[REQ-DOSE-002] [REQ-DOSE-003] [REQ-ROUND-003] [REQ-REF-005] [REQ-REF-006] the worst 24 h equals the reference exhaustive search (up to one base unit, rounded up)', () => {
    fc.assert(worst24hDifferential(worst24hVolume), fuzzProfile(150));
  });
  it('[REQ-DOSE-004] [REQ-ROUND-003] [REQ-REF-005] the least 24 h equals the reference window search exactly', () => {
    fc.assert(
      fc.property(wireDailyProgram, (w) => {
        const got = least24hVolume(A, engineProgram(w));
        expect(got.rounded).toBe(false);
        expect(asRational(got.volume).toString()).toBe(least24h(readWireProgram(w)).mul(BASE_PER_ML).toString());
      }),
      fuzzProfile(150),
    );
  });
});
