import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../core/arith/decimalArithmetic.js';
import type { DailyProgram } from '../../../core/kernel/DailyProgram.js';
import { minutesUntilDrawn } from '../../../core/kernel/minutesUntilDrawn.js';
import { mLPerDay, n } from './_base.js';

const minutes = (p: DailyProgram<Exact>, volume: Exact): string | undefined => {
  const m = minutesUntilDrawn(A, p, A.zero, volume);
  return m === undefined ? undefined : A.toDecimalString(m);
};

describe('minutesUntilDrawn', () => {
  it('[REQ-RES-001] [REQ-ROUND-004] a draw that pauses exactly at the volume: the last minute strictly below it, not the end of the pause', () => {
    // 1 mL/day (1000 base units a second) from 00:00 to 01:00, then zero flow until midnight; filled at 00:00.
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: mLPerDay('1') }, { start: n(3_600), flow: A.zero }], periodicBoluses: [] };
    // 1000 × 3600 base units (1/24 mL) are drawn at 01:00 exactly and the draw then stays there until 24:00.
    // The reference's floor is 60 min; with a pause the kernel answers the last minute strictly below the volume:
    // 59 min (one minute earlier, as REQ-RES-001 allows), never a minute inside the pause (up to 1440).
    expect(minutes(p, n(3_600_000))).toBe('59');
    // one base unit less is drawn during the 60th minute (at 3599.999 s): still 59
    expect(minutes(p, n(3_599_999))).toBe('59');
    // one more is drawn only after midnight, at 86400 s + 1/1000 s: 1440 whole minutes
    expect(minutes(p, n(3_600_001))).toBe('1440');
  });

  it('[REQ-RES-001] [REQ-ROUND-004] the search for the minute doubles from one day up to 2^40 days, and no further', () => {
    // 1 base flow unit (1 uL/day) draws 1 base volume unit a second, 60 a minute: the answer is floor(volume / 60).
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: A.one }], periodicBoluses: [] };
    const days = (k: bigint): Exact => n(1_440n * 2n ** k); // 2^k days in minutes
    // drawn after 2^39 days exactly (the last doubling step that still finds it inside): 1440 × 2^39 min
    expect(minutes(p, A.mul(n(60), days(39n)))).toBe((1_440n * 2n ** 39n).toString());
    // one base unit short of 2^40 days' draw: drawn within 2^40 days, 1440 × 2^40 − 1 whole minutes
    expect(minutes(p, A.sub(A.mul(n(60), days(40n)), A.one))).toBe((1_440n * 2n ** 40n - 1n).toString());
    // the whole of 2^40 days' draw is past the search: never drawn
    expect(minutes(p, A.mul(n(60), days(40n)))).toBeUndefined();
  });
});
