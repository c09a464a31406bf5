import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import { cumulativeVolume } from '../../../../core/kernel/cumulativeVolume.js';
import type { DailyProgram } from '../../../../core/kernel/DailyProgram.js';
import { minutesUntilDrawn } from '../../../../core/kernel/minutesUntilDrawn.js';
import { prepareDraw } from '../../../../core/kernel/_internals/preparedDraw.js';
import { engineProgram } from '../../../../properties/_internals/engineProgram.js';
import { fuzzProfile } from '../../../../properties/_internals/fuzzProfile.js';
import { wireDailyProgram } from '../../../../properties/_internals/wireDailyProgram.js';

const n = (x: number | bigint): Exact => A.fromInteger(BigInt(x));
/**
 * Programs with many steps and periodic boluses (overlapping, across midnight,
 * of whole and of fractional volume), beside the wire programs' edges.
 */
const crowded: fc.Arbitrary<DailyProgram<Exact>> = fc.record({
  starts: fc.uniqueArray(fc.integer({ min: 1, max: 86_399 }), { maxLength: 40 }),
  flows: fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 41, maxLength: 41 }),
  boluses: fc.array(fc.record({
    start: fc.oneof(fc.integer({ min: 0, max: 86_399 }), fc.integer({ min: 80_000, max: 86_399 })),
    duration: fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 86_399 })),
    volume: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }).map((v) => n(v)), fc.integer({ min: 0, max: 10_000 }).map((v) => A.fromDecimalString(`${v}.4`))),
  }), { maxLength: 40 }),
}).map(({ starts, flows, boluses }) => ({
  steps: [0, ...starts.sort((a, b) => a - b)].map((s, i) => ({ start: n(s), flow: n(flows[i] ?? 0) })),
  periodicBoluses: boluses.map((b) => ({ start: n(b.start), duration: n(b.duration), volume: b.volume })),
}));
const program = fc.oneof(wireDailyProgram.map(engineProgram), crowded);
/** Seconds after the fill: within a day, on whole days and minutes, or anywhere in 60 days. */
const seconds = fc.oneof(
  fc.integer({ min: 0, max: 86_400 }),
  fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: -1, max: 1 })).map(([d, e]) => Math.max(0, d * 86_400 + e)),
  fc.integer({ min: 0, max: 60 * 1_440 }).map((m) => m * 60),
  fc.integer({ min: 0, max: 60 * 86_400 }),
);

/**
 * `minutesUntilDrawn` as it was before the bracket: doubling from one day,
 * then bisection, each step evaluating `cumulativeVolume` (without its cap:
 * the volumes here are drawn within 120 days).
 */
function doublingSearch(p: DailyProgram<Exact>, fillClock: Exact, volume: Exact): Exact | undefined {
  const strictlyIncreasing = p.steps.every((s) => A.compare(s.flow, A.zero) > 0);
  const within = (m: Exact): boolean => {
    const c = A.compare(cumulativeVolume(A, p, fillClock, A.mul(m, n(60))), volume);
    return strictlyIncreasing ? c <= 0 : c < 0;
  };
  if (!within(A.zero)) return A.zero;
  let lo = A.zero;
  let hi = n(1440);
  while (within(hi)) {
    lo = hi;
    hi = A.mul(hi, n(2));
    if (A.compare(hi, n(1440 * 2 ** 20)) > 0) return undefined;
  }
  while (A.compare(A.sub(hi, lo), A.one) > 0) {
    const mid = A.floorDiv(A.add(lo, hi), n(2));
    if (within(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

describe('prepareDraw', () => {
  it('[REQ-RES-001] the prepared draw is exactly cumulativeVolume at every time after the fill', () => {
    fc.assert(
      fc.property(program, fc.integer({ min: 0, max: 86_399 }), fc.array(seconds, { minLength: 1, maxLength: 6 }), (p, fill, ts) => {
        const draw = prepareDraw(A, p, n(fill));
        for (const t of ts) expect(A.toDecimalString(draw.at(n(t)))).toBe(A.toDecimalString(cumulativeVolume(A, p, n(fill), n(t))));
      }),
      fuzzProfile(300),
    );
  });
});

describe('minutesUntilDrawn against the former doubling search', () => {
  it('[REQ-RES-001] [REQ-ROUND-004] the bracketed search gives the same minute as doubling and bisection over cumulativeVolume', () => {
    fc.assert(
      fc.property(program, fc.integer({ min: 0, max: 1_439 }), seconds, fc.integer({ min: -3, max: 3 }), (p, fillMinute, t, nudge) => {
        const fill = n(fillMinute * 60);
        // a volume drawn at a random instant, nudged to land on, just before and just after it
        const volume = A.add(cumulativeVolume(A, p, fill, n(t)), n(nudge));
        const want = doublingSearch(p, fill, volume);
        const got = minutesUntilDrawn(A, p, fill, volume);
        expect(got === undefined ? undefined : A.toDecimalString(got)).toBe(want === undefined ? undefined : A.toDecimalString(want));
      }),
      fuzzProfile(300),
    );
  });
});
