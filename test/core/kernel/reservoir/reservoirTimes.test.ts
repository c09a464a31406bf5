import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../../core/arith/decimalArithmetic.js';
import { fixedRateReservoirTimes } from '../../../../core/kernel/reservoir/fixedRateReservoirTimes.js';
import { flowAtToleranceTop } from '../../../../core/kernel/reservoir/flowAtToleranceTop.js';
import { refillWithinDays } from '../../../../core/kernel/reservoir/refillWithinDays.js';
import { minutesUntilDrawn } from '../../../../core/kernel/minutesUntilDrawn.js';
import { mL, mLPerDay, n } from '../_base.js';

describe('flowAtToleranceTop', () => {
  it('[REQ-RES-004] 1 mL/day at +15 % is exactly 1.15 mL/day', () => {
    expect(A.toDecimalString(flowAtToleranceTop(A, mLPerDay('1'), n(15)))).toBe('1150');
    expect(A.toDecimalString(flowAtToleranceTop(A, mLPerDay('0.3'), A.zero))).toBe('300');
  });
});

describe('fixedRateReservoirTimes', () => {
  it('[REQ-RES-004] [REQ-ROUND-004] 20 mL, alarm 2 mL, 1 mL/day +15 %: 18 ÷ 1.15 day = 22539.13 min → 22539; empty 20 ÷ 1.15 day → 25043 min', () => {
    const t = fixedRateReservoirTimes(A, { fill: mL('20'), lowReservoirAlarm: mL('2'), nominalFlow: mLPerDay('1'), tolerancePercent: n(15) });
    expect(A.toDecimalString(t.lowAlarmAfterMinutes)).toBe('22539');
    expect(A.toDecimalString(t.emptyAfterMinutes)).toBe('25043');
  });

  it('[REQ-RES-004] agrees with minutesUntilDrawn at the top flow', () => {
    const top = flowAtToleranceTop(A, mLPerDay('1'), n(15));
    const p = { steps: [{ start: A.zero, flow: top }], periodicBoluses: [] };
    expect(A.toDecimalString(minutesUntilDrawn(A, p, A.zero, mL('18')) ?? A.zero)).toBe('22539');
  });

  it('[REQ-RES-004] a fill at or below the alarm alarms at once', () => {
    const t = fixedRateReservoirTimes(A, { fill: mL('2'), lowReservoirAlarm: mL('2'), nominalFlow: mLPerDay('1'), tolerancePercent: n(15) });
    expect(A.toDecimalString(t.lowAlarmAfterMinutes)).toBe('0');
  });

  it('[REQ-RES-002] a fill below the alarm alarms at once too (0, never a negative time)', () => {
    // 1 mL with a 2 mL alarm: the alarm volume is already passed; empty: 1 ÷ 1.15 day = 1252.17 min → 1252
    const t = fixedRateReservoirTimes(A, { fill: mL('1'), lowReservoirAlarm: mL('2'), nominalFlow: mLPerDay('1'), tolerancePercent: n(15) });
    expect(A.toDecimalString(t.lowAlarmAfterMinutes)).toBe('0');
    expect(A.toDecimalString(t.emptyAfterMinutes)).toBe('1252');
  });
});

describe('refillWithinDays', () => {
  it('[REQ-RES-003] [REQ-ROUND-004] the earlier of the alarm and the stability limits, whole days down', () => {
    // alarm after 3040 h = 126.67 days; morphine alone: 90 days inferred from Hildebrand 2003 and Classen 2004 (admixtures)
    const r = refillWithinDays(A, n(182_400), [n(90 * 86_400)]);
    expect(A.toDecimalString(r.days ?? A.zero)).toBe('90');
    expect(r.boundBy).toBe(0);
    const alarm = refillWithinDays(A, n(182_400), []);
    expect(A.toDecimalString(alarm.days ?? A.zero)).toBe('126');
    expect(alarm.boundBy).toBe(-1);
    expect(refillWithinDays(A, undefined, []).days).toBeUndefined();
  });

  it('[REQ-RES-003] on a tie the alarm is named, and of equal stability limits the first', () => {
    // alarm after 129600 min = exactly 90 days; a stability limit of 90 days (or 90.5, floored to 90) ties it
    const tie = refillWithinDays(A, n(90 * 1_440), [n(90 * 86_400)]);
    expect(A.toDecimalString(tie.days ?? A.zero)).toBe('90');
    expect(tie.boundBy).toBe(-1);
    expect(refillWithinDays(A, n(90 * 1_440), [n(90 * 86_400 + 43_200)]).boundBy).toBe(-1);
    // no alarm; two drugs stable 30 days each, a third 60: the first of the two binds
    const drugs = refillWithinDays(A, undefined, [n(30 * 86_400), n(30 * 86_400), n(60 * 86_400)]);
    expect(A.toDecimalString(drugs.days ?? A.zero)).toBe('30');
    expect(drugs.boundBy).toBe(0);
  });
});
