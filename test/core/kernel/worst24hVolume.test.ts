import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../core/arith/decimalArithmetic.js';
import { worst24hVolume } from '../../../core/kernel/worst24hVolume.js';
import { minutesUntilDrawn } from '../../../core/kernel/minutesUntilDrawn.js';

const n = (x: bigint) => A.fromInteger(x);
const ML = 86_400_000n;

describe('worst24hVolume', () => {
  it('[REQ-DOSE-002] [REQ-DOSE-003] contract example: 0.3 mL/day + 4 × 0.01 mL = 0.34 mL', () => {
    const b = worst24hVolume(A, {
      steps: [{ start: A.zero, flow: n(300n) }],
      periodicBoluses: [],
      patientBolus: { volume: n(ML / 100n), duration: n(600n), lockout: n(14_400n), maxPerDay: n(4n) },
    });
    expect(A.toDecimalString(b.volume)).toBe((34n * ML / 100n).toString());
    expect(b.rounded).toBe(false);
  });
  it('[REQ-DOSE-003] an 8 h lockout fits only 3 ten-minute boluses whatever maxPerDay says', () => {
    const b = worst24hVolume(A, {
      steps: [{ start: A.zero, flow: n(0n) }],
      periodicBoluses: [],
      patientBolus: { volume: n(ML), duration: n(600n), lockout: n(28_800n), maxPerDay: n(10n) },
    });
    expect(A.toDecimalString(b.volume)).toBe((3n * ML).toString());
  });
  it('[REQ-DOSE-003] a lockout that does not divide 24 h counts the cut bolus fraction, rounded up', () => {
    // lockout 7 h: k = 3, r = 3 h ≥ d = 10 min → 4 whole boluses
    const b = worst24hVolume(A, {
      steps: [{ start: A.zero, flow: n(0n) }], periodicBoluses: [],
      patientBolus: { volume: n(7n), duration: n(86_399n), lockout: n(86_399n), maxPerDay: n(5n) },
    });
    // k = 1, r = 1 s, part = 7 × 1 / 86399 → rounded up to 1 base unit
    expect(A.toDecimalString(b.volume)).toBe('8');
    expect(b.rounded).toBe(true);
  });
});

describe('minutesUntilDrawn', () => {
  it('[REQ-RES-001] [REQ-ROUND-004] 38 mL at 0.3 mL/day is 3040 h exactly', () => {
    const p = { steps: [{ start: A.zero, flow: n(300n) }], periodicBoluses: [] };
    expect(A.toDecimalString(minutesUntilDrawn(A, p, A.zero, n(38n * ML)) ?? A.zero)).toBe('182400');
    expect(A.toDecimalString(minutesUntilDrawn(A, p, A.zero, n(40n * ML)) ?? A.zero)).toBe('192000');
  });
});
