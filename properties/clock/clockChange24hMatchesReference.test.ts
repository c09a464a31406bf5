import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, clockChange24h, dailyVolume } from '../../core/index.js';
import { deliveryPieces, type Piece } from '../../spec/reference/deliveryPieces.js';
import { Rational } from '../../spec/reference/Rational.js';
import { DAY, type ReferenceProgram } from '../../spec/reference/ReferenceProgram.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import { readWireWeekProgram } from '../../spec/reference/readWireWeekProgram.js';
import { volumeBetween } from '../../spec/reference/volumeBetween.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { BASE_PER_ML } from '../_internals/worst24hDifferential.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import { engineWeek, weekCase, wireWeek } from '../_internals/wireWeekProgram.js';
import { holds } from '../_internals/holds.js';

/**
 * The reference's real-time pieces across a clock change at real time 1 day:
 * before it the clock line is shifted by `before`, after it by `after`; basal
 * pieces are cut at the change, a bolus belongs to the side it starts on and
 * runs in full. `at` is the clock at the change from the start of the
 * program's period (for a week program, from Monday 00:00); the pieces of
 * periods −2 … 5 (days), or −1 … 1 (weeks), cover every window scanned.
 */
function acrossChange(program: ReferenceProgram, at: Rational, jump: Rational): Piece[] {
  const t0 = DAY;
  const [first, last] = program.period === undefined ? [-2, 5] : [-1, 1];
  const period = program.period === undefined ? {} : { period: program.period };
  const side = (shift: Rational, keep: (from: Rational) => boolean, cut: (p: Piece) => Piece | undefined): Piece[] => [
    ...deliveryPieces({ steps: program.steps, periodicBoluses: [], ...period }, first, last).map((p) => cut({ from: p.from.add(shift), to: p.to.add(shift), rate: p.rate })).filter((p): p is Piece => p !== undefined),
    ...deliveryPieces({ steps: [], periodicBoluses: program.periodicBoluses, ...period }, first, last).map((p) => ({ from: p.from.add(shift), to: p.to.add(shift), rate: p.rate })).filter((p) => keep(p.from)),
  ];
  const before = side(DAY.sub(at), (f) => f.lt(t0), (p) => (p.from.lt(t0) ? { ...p, to: Rational.min(p.to, t0) } : undefined));
  const after = side(DAY.sub(at).sub(jump), (f) => f.ge(t0), (p) => (p.to.gt(t0) ? { ...p, from: Rational.max(p.from, t0) } : undefined));
  return [...before, ...after];
}

/** The most and least volume of every real-time 24 h window starting from 0 to 2 days (the change at 1 day), by brute force over the corners and the two ends. */
function windowSearch(pieces: readonly Piece[]): { most: Rational; least: Rational | undefined } {
  const starts = new Map<string, Rational>();
  for (const p of pieces) for (const b of [p.from, p.to]) for (const s of [b, b.sub(DAY)]) {
    if (s.ge(Rational.ZERO) && s.le(DAY.add(DAY))) starts.set(s.toString(), s);
  }
  // the ends of the range of starts: for a week program the window ending a day after the change need not be at a corner
  starts.set('0', Rational.ZERO);
  starts.set(DAY.add(DAY).toString(), DAY.add(DAY));
  let most = Rational.ZERO;
  let least: Rational | undefined;
  for (const s of starts.values()) {
    const v = volumeBetween(pieces, s, s.add(DAY));
    if (v.gt(most)) most = v;
    if (least === undefined || v.lt(least)) least = v;
  }
  return { most, least };
}

describe('clockChange24h against the reference model', () => {
  it('[REQ-CLOCK-001] [REQ-ROUND-003] the worst and least real-time 24 h across a clock change are the reference\'s, by brute force over every window', () => {
    holds(
      fc.property(
        wireDailyProgram.map(({ steps, periodicBoluses }) => ({ steps, periodicBoluses })),
        fc.integer({ min: 0, max: 1439 }),
        fc.oneof(fc.constantFrom(-3600, 3600, -43_200, 43_200), fc.integer({ min: -86_399, max: 86_399 })),
        (w, atMinute, jump) => {
          const engine = clockChange24h(A, engineProgram(w), A.fromInteger(BigInt(atMinute * 60)), A.fromInteger(BigInt(jump)));
          const { most, least } = windowSearch(acrossChange(readWireProgram(w), Rational.of(BigInt(atMinute * 60)), Rational.of(BigInt(jump))));
          expect(A.toDecimalString(engine.worst.value)).toBe(most.mul(BASE_PER_ML).ceil().toString());
          expect(A.toDecimalString(engine.least.value)).toBe((least ?? Rational.ZERO).mul(BASE_PER_ML).floor().toString());
          // far from the change every window is a normal day, so the extremes bracket it
          const daily = dailyVolume(A, engineProgram(w));
          expect(A.compare(engine.worst.value, daily)).toBeGreaterThanOrEqual(0);
          expect(A.compare(engine.least.value, daily)).toBeLessThanOrEqual(0);
        },
      ),
      fuzzProfile(60),
    );
  });
  it('[REQ-WEEK-006] [REQ-CLOCK-001] over a week program, the worst and least real-time 24 h across a clock change on any weekday are the reference\'s, by brute force over every window of the week\'s pieces', () => {
    holds(
      fc.property(
        weekCase.map((w) => ({ days: w.days })),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.oneof(fc.constantFrom(-3600, 3600, -43_200, 43_200), fc.integer({ min: -86_399, max: 86_399 })),
        (w, weekday, atMinute, jump) => {
          const clockAt = BigInt(weekday * 86_400 + atMinute * 60);
          const engine = clockChange24h(A, engineWeek(w), A.fromInteger(clockAt), A.fromInteger(BigInt(jump)));
          const { most, least } = windowSearch(acrossChange(readWireWeekProgram(wireWeek(w)), Rational.of(clockAt), Rational.of(BigInt(jump))));
          expect(A.toDecimalString(engine.worst.value)).toBe(most.mul(BASE_PER_ML).ceil().toString());
          expect(A.toDecimalString(engine.least.value)).toBe((least ?? Rational.ZERO).mul(BASE_PER_ML).floor().toString());
        },
      ),
      fuzzProfile(20),
    );
  });
});
