import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, least24hVolume, worst24hVolume } from '../../core/index.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import { holds } from '../_internals/holds.js';

describe('worst24hVolume ≥ least24hVolume', () => {
  it('[REQ-DOSE-002] [REQ-DOSE-004] the worst 24 h is never below the least 24 h', () => {
    holds(
      fc.property(wireDailyProgram, (w) => {
        const p = engineProgram(w);
        expect(A.compare(worst24hVolume(A, p).volume, least24hVolume(A, p).volume)).toBeGreaterThanOrEqual(0);
      }),
      fuzzProfile(200),
    );
  });
});
