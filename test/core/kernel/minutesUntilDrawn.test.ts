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

  it('[REQ-RES-001] [REQ-ROUND-004] the answer is exact for any volume: no cap on the days searched', () => {
    // 1 base flow unit (1 uL/day) draws 1 base volume unit a second, 60 a minute: the answer is floor(volume / 60).
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: A.one }], periodicBoluses: [] };
    const days = (k: bigint): Exact => n(1_440n * 2n ** k); // 2^k days in minutes
    // drawn after 2^39 days exactly: 1440 × 2^39 min
    expect(minutes(p, A.mul(n(60), days(39n)))).toBe((1_440n * 2n ** 39n).toString());
    // one base unit short of 2^40 days' draw: 1440 × 2^40 − 1 whole minutes
    expect(minutes(p, A.sub(A.mul(n(60), days(40n)), A.one))).toBe((1_440n * 2n ** 40n - 1n).toString());
    // formerly past the search (never drawn); now exact: 2^40 days, and 10^30 base units (60 per minute)
    expect(minutes(p, A.mul(n(60), days(40n)))).toBe((1_440n * 2n ** 40n).toString());
    expect(minutes(p, n(10n ** 30n))).toBe((10n ** 30n / 60n).toString());
  });

  it('[REQ-RES-001] a program that draws nothing never draws a positive volume; a volume of zero is reached at once', () => {
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: A.zero }], periodicBoluses: [{ start: n(60), volume: A.zero, duration: n(60) }] };
    expect(minutes(p, A.one)).toBeUndefined();
    expect(minutes(p, A.zero)).toBe('0');
  });

  it('[REQ-RES-001] a volume of zero or less is drawn at once (0 min), whether the draw can pause or not', () => {
    const steady: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: mLPerDay('0.3') }], periodicBoluses: [] };
    const pausing: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: A.zero }, { start: n(3_600), flow: mLPerDay('0.3') }], periodicBoluses: [] };
    for (const p of [steady, pausing]) expect([minutes(p, A.zero), minutes(p, n(-5))]).toEqual(['0', '0']);
  });

  it('[REQ-RES-001] patient boluses every lockout (maxPerDay × lockout ≥ 24 h) and a daily schedule (maxPerDay × lockout < 24 h) are both exact over many days', () => {
    // 0.3 mL/day and a 0.01 mL patient bolus over 1 min: every minute (1440 a day) or 1439 a day, a minute apart
    const base: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: mLPerDay('0.3') }], periodicBoluses: [] };
    const bolus = (maxPerDay: number): DailyProgram<Exact> =>
      ({ ...base, patientBolus: { volume: n(864_000), duration: n(60), lockout: n(60), maxPerDay: n(maxPerDay) } });
    // every minute: 0.3 mL/day + 14.4 mL/day; 38 mL after 38 / 14.7 days = 3722.4 min, the last bolus part rounded up
    expect(minutes(bolus(1440), n(38n * 86_400_000n))).toBe('3722');
    // 1439 a day, the first 1439 minutes of each day: as in the compile of the same request
    expect(minutes(bolus(1439), n(38n * 86_400_000n))).toBe('3724');
    expect(minutes(bolus(1439), n(40n * 86_400_000n))).toBe('3920');
  });
});
