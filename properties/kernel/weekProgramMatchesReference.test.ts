import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, least24hVolume, minutesUntilDrawn, worst24hVolume } from '../../core/index.js';
import { drawnBy } from '../../spec/reference/drawnBy.js';
import { least24h } from '../../spec/reference/least24h.js';
import { Rational } from '../../spec/reference/Rational.js';
import { readWireWeekProgram } from '../../spec/reference/readWireWeekProgram.js';
import { timeUntilDrawn } from '../../spec/reference/timeUntilDrawn.js';
import { worst24h } from '../../spec/reference/worst24h.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { asRational, BASE_PER_ML } from '../_internals/worst24hDifferential.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import { engineWeek, sameEveryDay, weekCase, wireWeek, type WeekCase } from '../_internals/wireWeekProgram.js';
import { holds } from '../_internals/holds.js';

/** Pinned: a heavy Wednesday evening and Thursday morning (every day 0.4 mL, the window across midnight 0.6 mL), and a bolus across Sunday → Monday. */
const PINNED: [WeekCase][] = [
  [{
    days: [0, 1, 2, 3, 4, 5, 6].map((k) => (k === 2
      ? { steps: [{ start: '00:00', rate: '0.2 mL/day' }, { start: '12:00', rate: '0.6 mL/day' }], periodicBoluses: [] }
      : k === 3
        ? { steps: [{ start: '00:00', rate: '0.6 mL/day' }, { start: '12:00', rate: '0.2 mL/day' }], periodicBoluses: [] }
        : { steps: [{ start: '00:00', rate: '0.4 mL/day' }], periodicBoluses: k === 6 ? [{ start: '23:00', volume: '0.05 mL', duration: '2 h' }] : [] })),
  }],
];

/** A week, a fill (weekday and minute) and a volume near what the reference draws by a random instant. */
const drawCase = fc
  .record({ week: weekCase, fillDay: fc.integer({ min: 0, max: 6 }), fillMinute: fc.integer({ min: 0, max: 1439 }), at: fc.integer({ min: 0, max: 21 * 86_400 }), nudge: fc.integer({ min: -2, max: 2 }) })
  .map(({ week, fillDay, fillMinute, at, nudge }) => {
    const fill = BigInt(fillDay * 86_400 + fillMinute * 60);
    const drawn = drawnBy(readWireWeekProgram(wireWeek(week)), Rational.of(fill), Rational.of(BigInt(at))).mul(BASE_PER_ML);
    const v = drawn.floor() + BigInt(nudge);
    return { week, fill, volume: v < 0n ? 0n : v };
  });

describe('week programs against the reference model', () => {
  it('[REQ-WEEK-002] [REQ-REF-005] the worst 24 h of a week program equals the reference window search over the 168 h week (rounded up by less than two base units)', () => {
    holds(
      fc.property(weekCase, (w) => {
        const expected = worst24h(readWireWeekProgram(wireWeek(w))).volume.mul(BASE_PER_ML);
        const got = worst24hVolume(A, engineWeek(w));
        const excess = asRational(got.volume).sub(expected);
        expect(got.rounded ? excess.ge(Rational.ZERO) && excess.lt(Rational.of(2n)) : excess.isZero()).toBe(true);
      }),
      fuzzProfile(25, { examples: PINNED }),
    );
  });

  it('[REQ-WEEK-002] [REQ-REF-005] the least 24 h of a week program equals the reference window search (rounded down by less than one base unit)', () => {
    holds(
      fc.property(weekCase, (w) => {
        const expected = least24h(readWireWeekProgram(wireWeek(w))).mul(BASE_PER_ML);
        const got = least24hVolume(A, engineWeek(w));
        const short = expected.sub(asRational(got.volume));
        expect(got.rounded ? short.ge(Rational.ZERO) && short.lt(Rational.ONE) : short.isZero()).toBe(true);
      }),
      fuzzProfile(25, { examples: PINNED }),
    );
  });

  it('[REQ-WEEK-003] [REQ-REF-007] the reservoir minutes of a week program from any weekday equal the reference event simulation', () => {
    holds(
      fc.property(drawCase, ({ week, fill, volume }) => {
        const ref = readWireWeekProgram(wireWeek(week));
        const exact = timeUntilDrawn(ref, Rational.of(fill), Rational.of(volume).div(BASE_PER_ML));
        const expected = exact?.div(Rational.of(60n)).floor();
        const got = minutesUntilDrawn(A, engineWeek(week), A.fromInteger(fill), A.fromInteger(volume));
        const actual = got === undefined ? undefined : BigInt(A.toDecimalString(got));
        if (actual === expected) return;
        if (actual === undefined || expected === undefined) throw new Error(`engine ${String(actual)} min, reference ${String(expected)} min`);
        // as for a daily program: each bolus term is rounded up, so the engine may be a minute early only within that rounding,
        // or a minute early when a zero-flow step makes the draw pause exactly on a minute (knownDeviations.ts)
        const rounded = BigInt(week.days.reduce((n, d) => n + d.periodicBoluses.length, 0) + (week.patientBolus === undefined ? 0 : 1));
        const drawnNext = drawnBy(ref, Rational.of(fill), Rational.of((actual + 1n) * 60n)).mul(BASE_PER_ML);
        const zeroFlow = week.days.some((d) => d.steps.some((s) => /^0(\.0+)? /.test(s.rate)));
        expect(actual < expected && (drawnNext.gt(Rational.of(volume - rounded)) || (zeroFlow && actual === expected - 1n))).toBe(true);
      }),
      fuzzProfile(20),
    );
  });

  it('[REQ-WEEK-002] [REQ-WEEK-003] a week whose seven days are equal gives the daily answers: worst and least 24 h, reservoir minutes', () => {
    holds(
      fc.property(wireDailyProgram, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 40 * 86_400_000 }), (d, fillDay, fillMinute, volume) => {
        const daily = engineProgram(d);
        const week = engineWeek(sameEveryDay(d));
        expect(A.toDecimalString(worst24hVolume(A, week).volume)).toBe(A.toDecimalString(worst24hVolume(A, daily).volume));
        expect(A.toDecimalString(least24hVolume(A, week).volume)).toBe(A.toDecimalString(least24hVolume(A, daily).volume));
        const v = A.fromInteger(BigInt(volume));
        const inWeek = minutesUntilDrawn(A, week, A.fromInteger(BigInt(fillDay * 86_400 + fillMinute * 60)), v);
        const inDay = minutesUntilDrawn(A, daily, A.fromInteger(BigInt(fillMinute * 60)), v);
        expect(inWeek === undefined ? 'never' : A.toDecimalString(inWeek)).toBe(inDay === undefined ? 'never' : A.toDecimalString(inDay));
      }),
      fuzzProfile(60),
    );
  });
});
