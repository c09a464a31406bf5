import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, isExact, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import { programKernel } from '../../../../core/compile/_internals/fastKernel.js';
import type { DailyProgram } from '../../../../core/kernel/DailyProgram.js';

const n = (x: bigint | string): Exact => (typeof x === 'bigint' ? A.fromInteger(x) : A.fromDecimalString(x));
const text = (x: Exact | undefined): string => (x === undefined ? 'undefined' : A.toDecimalString(x));

/** 0.3 mL/day then 0.4505 mL/day from 08:00, a periodic bolus across midnight, a patient bolus of 0.01 mL over 10 min, 4 h lockout, 4 a day. */
const daily: DailyProgram<Exact> = {
  steps: [{ start: n(0n), flow: n(300n) }, { start: n(28_800n), flow: n('450.5') }],
  periodicBoluses: [{ start: n(84_600n), volume: n(864_000n), duration: n(3_600n) }],
  patientBolus: { volume: n(864_000n), duration: n(600n), lockout: n(14_400n), maxPerDay: n(4n) },
};

/** A week: 0.3 mL/day, 1.2 mL/day from Wednesday noon to Thursday noon (a window across midnight heavier than any calendar day). */
const week: DailyProgram<Exact> = {
  steps: [{ start: n(0n), flow: n(300n) }, { start: n(2n * 86_400n + 43_200n), flow: n(1_200n) }, { start: n(3n * 86_400n + 43_200n), flow: n(300n) }],
  periodicBoluses: [],
  period: n(604_800n),
};

/** Every figure a compile asks of the kernel, as text. */
function figures(path: 'fast' | 'decimal', p: DailyProgram<Exact>): unknown {
  const k = programKernel(path, p);
  const peak = k.peakFlow();
  const during = k.peakFlowDuring(n(30_000n), n(86_400n), n(600n));
  const windows = k.oneOff24h(n(36_000n), [{ kind: 'singleBolus', start: n(3_600n), duration: n(600n), volume: n(86_400n) }, { kind: 'stop', start: n(90_000n), duration: n(7_200n) }]);
  const draw = k.drawnMinutes(n(36_000n), [{ start: n(3_600n), volume: n(86_400n) }]);
  return {
    worst: [text(k.worst24h().volume), k.worst24h().rounded],
    least: [text(k.least24h().volume), k.least24h().rounded],
    daily: text(k.dailyVolume()),
    days: k.dayVolumes().map(text),
    peak: [text(peak.flow.num), text(peak.flow.den), text(peak.at), text(peak.basal), peak.periodic],
    during: [text(during.num), text(during.den)],
    windows: windows === undefined ? undefined : [text(windows.most.num), text(windows.most.den), text(windows.least.num), text(windows.least.den)],
    drawn: [text(draw(n(38n * 86_400_000n))), text(draw(n(0n))), text(draw(n('1.5')))],
  };
}

describe('programKernel: the compile kernel on the fast path', () => {
  it('[REQ-ARITH-004] gives every figure of a daily program exactly as on decimal.js, read back as the engine\'s decimals', () => {
    expect(figures('fast', daily)).toEqual(figures('decimal', daily));
    const k = programKernel('fast', daily);
    // 300 × 8 h + 450.5 × 16 h (base flow units × s) + 0.01 mL, and 4 patient boluses of 0.01 mL on top
    expect(text(k.dailyVolume())).toBe('35452800');
    expect(text(k.worst24h().volume)).toBe('38908800');
    expect(isExact(k.worst24h().volume)).toBe(true);
    expect(isExact(k.peakFlow().flow.num)).toBe(true);
  });

  it('[REQ-ARITH-004] keeps a week program\'s period: seven weekday volumes, and the heavier window across midnight', () => {
    expect(figures('fast', week)).toEqual(figures('decimal', week));
    const k = programKernel('fast', week);
    // 0.3 mL a day; Wednesday and Thursday each 0.15 + 0.6 = 0.75 mL
    expect(k.dayVolumes().map(text)).toEqual(['25920000', '25920000', '64800000', '64800000', '25920000', '25920000', '25920000']);
    // Wednesday 12:00 → Thursday 12:00: 24 h at 1.2 mL/day
    expect(text(k.worst24h().volume)).toBe('103680000');
    expect(text(k.least24h().volume)).toBe('25920000');
  });
});
