import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { patientBolusMost } from '../../../spec/reference/patientBolusMost.js';
import { readWireProgram } from '../../../spec/reference/readWireProgram.js';

const DAY_H = 24;

/**
 * The patient-bolus worst case by plain enumeration of every subset of the
 * grid points (hours), checking the two rules directly: the most whole-hour
 * on-time inside [0, 24 h). Only feasible for a coarse grid.
 */
function enumerate(gridH: number, durH: number, lockH: number, maxPerDay: number): number {
  const points: number[] = [];
  for (let x = -durH + gridH; x < DAY_H; x += gridH) points.push(x);
  let most = 0;
  for (let mask = 0; mask < 1 << points.length; mask++) {
    const s = points.filter((_, i) => (mask >> i) & 1);
    const spaced = s.every((p, i) => i === 0 || p - (s[i - 1] ?? 0) >= lockH);
    const counted = s.every((p) => s.filter((q) => q >= p && q < p + DAY_H).length <= maxPerDay);
    if (!spaced || !counted) continue;
    const onTime = s.reduce((t, p) => t + Math.min(p + durH, DAY_H) - Math.max(p, 0), 0);
    most = Math.max(most, onTime);
  }
  return most;
}

describe('reference patientBolusMost', () => {
  it('[REQ-REF-006] the dynamic programme on its own grid equals plain enumeration of every press set on a 2 h grid', () => {
    // The enumeration grid (2 h) is often finer than the programme's (gcd of duration, lockout, 24 h),
    // so this also checks that the programme's grid loses nothing.
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4, 6),
        fc.constantFrom(2, 4, 6),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 14 }),
        (durH, lockGridH, extraLockSteps, maxPerDay) => {
          const gridH = 2;
          const lockH = durH + lockGridH * extraLockSteps;
          const r = patientBolusMost(readWireProgram({
            steps: [{ start: '00:00', rate: '0 mL/day' }], periodicBoluses: [],
            patientBolus: { volume: `${durH} mL`, duration: `${durH} h`, lockout: `${lockH} h`, maxPerDay },
          }));
          // volume = durH mL per bolus of durH hours: 1 mL per hour of on-time
          expect(r.volume.toString()).toBe(String(enumerate(gridH, durH, lockH, maxPerDay)));
        },
      ),
      { seed: 20_240_601, numRuns: 200 },
    );
  });
});
