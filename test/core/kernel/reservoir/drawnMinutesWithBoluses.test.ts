import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import { drawnMinutes } from '../../../../core/kernel/minutesUntilDrawn.js';
import { drawnMinutesWithBoluses } from '../../../../core/kernel/reservoir/drawnMinutesWithBoluses.js';

const n = (x: bigint): Exact => A.fromInteger(x);
const mL = (x: string): Exact => A.mul(A.fromDecimalString(x), n(86_400_000n));
const text = (x: Exact | undefined): string => (x === undefined ? 'never' : A.toDecimalString(x));
const flat = { steps: [{ start: A.zero, flow: n(300n) }], periodicBoluses: [] };

describe('drawnMinutesWithBoluses', () => {
  it('[REQ-ONEOFF-004] a 0.05 mL single bolus at 2 days brings the 38 mL alarm 4 h earlier at 0.3 mL/day (182400 → 182160 min)', () => {
    const program = drawnMinutes(A, flat, A.zero);
    expect(text(program(mL('38')))).toBe('182400');
    const f = drawnMinutesWithBoluses(A, program, [{ start: n(2n * 86_400n), volume: mL('0.05') }]);
    expect(text(f(mL('38')))).toBe('182160');
  });
  it('[REQ-ONEOFF-004] a volume the bolus itself reaches is reached at the bolus start (counted whole, the earlier side); before it, the program alone decides', () => {
    const program = drawnMinutes(A, flat, A.zero);
    const f = drawnMinutesWithBoluses(A, program, [{ start: n(600n), volume: mL('10') }]);
    expect(text(f(mL('5')))).toBe('10');
    expect(text(f(mL('0.001')))).toBe(text(program(mL('0.001'))));
  });
  it('[REQ-ONEOFF-004] boluses in any order give the same times; a later bolus never delays', () => {
    const program = drawnMinutes(A, flat, A.zero);
    const a = { start: n(86_400n), volume: mL('1') };
    const b = { start: n(5n * 86_400n), volume: mL('2') };
    const one = drawnMinutesWithBoluses(A, program, [a, b]);
    const two = drawnMinutesWithBoluses(A, program, [b, a]);
    for (const v of ['0.2', '1.5', '3.5', '10']) {
      expect(text(one(mL(v)))).toBe(text(two(mL(v))));
      expect(A.compare(one(mL(v)) ?? A.zero, program(mL(v)) ?? A.zero)).toBeLessThanOrEqual(0);
    }
  });
  it('[REQ-ONEOFF-004] a program that draws nothing reaches a volume only through the boluses', () => {
    const none = drawnMinutes(A, { steps: [{ start: A.zero, flow: A.zero }], periodicBoluses: [] }, A.zero);
    const f = drawnMinutesWithBoluses(A, none, [{ start: n(3600n), volume: mL('1') }]);
    expect(text(f(mL('1')))).toBe('60');
    expect(text(f(mL('2')))).toBe('never');
  });
});
