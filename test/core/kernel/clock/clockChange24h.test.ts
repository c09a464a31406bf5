import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import type { DailyProgram } from '../../../../core/kernel/DailyProgram.js';
import { clockChange24h } from '../../../../core/kernel/clock/clockChange24h.js';
import { transition24h } from '../../../../core/kernel/clock/transition24h.js';
import { at, inMcg, mL, mLPerDay, mcgPerMl, n } from '../_base.js';

/** Baclofen 500 mcg/mL, flex: 240 mcg/day (10 mcg/h, 0.48 mL/day), but 720 mcg/day (30 mcg/h, 1.44 mL/day) in the high hour. */
const flex = (high: string): DailyProgram<Exact> => {
  const h = at(high);
  const steps = [{ start: A.zero, flow: mLPerDay('0.48') }, { start: h, flow: mLPerDay('1.44') }, { start: A.add(h, n(3600)), flow: mLPerDay('0.48') }];
  return { steps: A.compare(h, A.zero) === 0 ? steps.slice(1) : steps, periodicBoluses: [] };
};
const baclofen = mcgPerMl('500');
const mcg = (volume: Exact): string => inMcg(A.mul(volume, baclofen));

describe('clockChange24h', () => {
  it('[REQ-CLOCK-001] [REQ-CLOCK-002] daylight saving −1 h at 02:00 repeats the 01:00–02:00 high hour: 22 × 10 + 2 × 30 = 280 mcg', () => {
    const r = clockChange24h(A, flex('01:00'), at('02:00'), n(-3600));
    expect(mcg(r.worst.value)).toBe('280');
    expect(mcg(r.least.value)).toBe('260'); // no window gets less than a normal day (23 × 10 + 30)
  });

  it('[REQ-CLOCK-001] [REQ-CLOCK-002] daylight saving +1 h at 01:00 skips the high hour: a window of 24 × 10 = 240 mcg', () => {
    const r = clockChange24h(A, flex('01:00'), at('01:00'), n(3600));
    expect(mcg(r.worst.value)).toBe('260');
    expect(mcg(r.least.value)).toBe('240');
  });

  it('[REQ-CLOCK-001] travel: −12 h at 12:00 repeats the morning, high hour included (and +12 h is the same clock); +6 h at 23:00 skips it', () => {
    expect(mcg(clockChange24h(A, flex('01:00'), at('12:00'), n(-43_200)).worst.value)).toBe('280');
    const plus12 = clockChange24h(A, flex('01:00'), at('12:00'), n(43_200));
    expect([mcg(plus12.worst.value), mcg(plus12.least.value)]).toEqual(['280', '260']);
    expect(mcg(clockChange24h(A, flex('01:00'), at('23:00'), n(21_600)).least.value)).toBe('240');
  });

  it('[REQ-CLOCK-001] a continuous program is unaffected', () => {
    const c = { steps: [{ start: A.zero, flow: mLPerDay('0.52') }], periodicBoluses: [] };
    const r = clockChange24h(A, c, at('02:00'), n(-3600));
    expect([mcg(r.worst.value), mcg(r.least.value)]).toEqual(['260', '260']);
  });

  it('[REQ-CLOCK-001] a periodic bolus is repeated when the clock passes its start again, skipped when jumped over', () => {
    // 0.48 mL/day + a 0.1 mL (50 mcg) bolus at 01:30 over 10 min
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: mLPerDay('0.48') }], periodicBoluses: [{ start: at('01:30'), volume: mL('0.1'), duration: n(600) }] };
    const back = clockChange24h(A, p, at('02:00'), n(-3600));
    expect(mcg(back.worst.value)).toBe('340'); // 240 + 2 × 50
    const forward = clockChange24h(A, p, at('01:00'), n(3600));
    expect(mcg(forward.least.value)).toBe('240'); // a day with no bolus
    // a jump into the middle of the bolus: it is not started (its start was never reached)
    expect(mcg(clockChange24h(A, p, at('01:29'), n(120)).least.value)).toBe('240');
  });

  it('[REQ-CLOCK-001] patient boluses add their most in any window', () => {
    const p = { ...flex('01:00'), patientBolus: { volume: mL('0.1'), duration: n(600), lockout: n(14_400), maxPerDay: n(4) } };
    expect(mcg(clockChange24h(A, p, at('02:00'), n(-3600)).worst.value)).toBe('480'); // 280 + 4 × 50
  });
});

describe('transition24h', () => {
  it('[REQ-CLOCK-003] a program change can put the high hours of both programs in one day', () => {
    // from high at 22:00 to high at 01:00, switched at 23:30: 22 × 10 + 2 × 30 = 280 mcg in the window 22:00–22:00
    const r = transition24h(A, { before: flex('22:00'), clockBefore: at('23:30'), after: flex('01:00'), clockAfter: at('23:30') });
    expect(mcg(r.worst.value)).toBe('280');
    // and back: switched at 23:30 from high at 01:00 to high at 22:00: a day with neither
    const s = transition24h(A, { before: flex('01:00'), clockBefore: at('23:30'), after: flex('22:00'), clockAfter: at('23:30') });
    expect(mcg(s.least.value)).toBe('240');
  });
});
