import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import type { DailyProgram, PatientBolus } from '../../../../core/kernel/DailyProgram.js';
import { transition24h } from '../../../../core/kernel/clock/transition24h.js';
import { at, inMcg, mL, mLPerDay, mcgPerMl, n } from '../_base.js';

/** Baclofen 500 mcg/mL at 0.48 mL/day all day: 240 mcg in every 24 h window. */
const baclofen = mcgPerMl('500');
const mcg = (volume: Exact): string => inMcg(A.mul(volume, baclofen));
const basal: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: mLPerDay('0.48') }], periodicBoluses: [] };
const withBolus = (pb: PatientBolus<Exact>): DailyProgram<Exact> => ({ ...basal, patientBolus: pb });
/** A patient bolus of `volume` mL over 10 min, at least 4 h apart, `count` a day. */
const bolus = (volume: string, count: number): PatientBolus<Exact> => ({ volume: mL(volume), duration: n(600), lockout: n(14_400), maxPerDay: n(count) });

/** A switch at 12:00 with the clock unchanged: only the patient-bolus allowance differs between the two sides. */
const worst = (before: DailyProgram<Exact>, after: DailyProgram<Exact>): string =>
  mcg(transition24h(A, { before, clockBefore: at('12:00'), after, clockAfter: at('12:00') }).worst.value);

describe('transition24h patient-bolus allowance', () => {
  it('[REQ-CLOCK-003] a patient bolus of the program before the switch counts when the program after has none', () => {
    // 4 boluses 4 h apart fit in 24 h (4 × 4 h = 16 h): 240 + 4 × 50 = 440 mcg
    expect(worst(withBolus(bolus('0.1', 4)), basal)).toBe('440');
  });

  it('[REQ-CLOCK-003] a patient bolus of the program after the switch counts when the program before has none', () => {
    expect(worst(basal, withBolus(bolus('0.1', 4)))).toBe('440');
  });

  it('[REQ-CLOCK-003] with a patient bolus on both sides, the larger volume and the larger count are taken together', () => {
    // before: 0.1 mL (50 mcg), 2 a day; after: 0.05 mL (25 mcg), 4 a day.
    // Either alone gives 240 + 2 × 50 = 340 or 240 + 4 × 25 = 340; the bound takes 4 × 50: 440 mcg, whichever side has which.
    expect(worst(withBolus(bolus('0.1', 2)), withBolus(bolus('0.05', 4)))).toBe('440');
    expect(worst(withBolus(bolus('0.05', 4)), withBolus(bolus('0.1', 2)))).toBe('440');
  });

  it('[REQ-CLOCK-003] without a patient bolus on either side, every window holds the basal alone', () => {
    const r = transition24h(A, { before: basal, clockBefore: at('12:00'), after: basal, clockAfter: at('12:00') });
    expect([mcg(r.worst.value), mcg(r.least.value)]).toEqual(['240', '240']);
  });
});
