import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../core/arith/decimalArithmetic.js';
import { oneOff24h } from '../../../core/kernel/oneOff24h.js';
import type { DailyProgram } from '../../../core/kernel/DailyProgram.js';
import type { OneOffEvent } from '../../../core/kernel/OneOffEvent.js';

const n = (x: bigint): Exact => A.fromInteger(x);
const mL = (x: string): Exact => A.mul(A.fromDecimalString(x), n(86_400_000n));
const inMl = (f: { num: Exact; den: Exact }): string => A.toDecimalString(A.floorDiv(A.mul(f.num, n(1_000_000n)), A.mul(f.den, n(86_400_000n))));
const flat: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: n(300n) }], periodicBoluses: [] };
const H = 3600n;

describe('oneOff24h', () => {
  it('[REQ-ONEOFF-002] no event: undefined', () => {
    expect(oneOff24h(A, flat, A.zero, [])).toBeUndefined();
  });
  it('[REQ-ONEOFF-002] a single bolus of 0.05 mL on 0.3 mL/day: every window holding all of it delivers 0.35 mL, the least holding part of it 0.3 mL', () => {
    const w = oneOff24h(A, flat, A.zero, [{ kind: 'singleBolus', start: n(86_400n), duration: n(H), volume: mL('0.05') }])!;
    expect(inMl(w.most)).toBe('350000'); // in millionths of a mL: 0.35 mL
    expect(inMl(w.least)).toBe('300000');
  });
  it('[REQ-ONEOFF-002] a 6 h stop on 0.3 mL/day: the least window loses a quarter (0.225 mL), the most is the daily 0.3 mL', () => {
    const w = oneOff24h(A, flat, A.zero, [{ kind: 'stop', start: n(86_400n), duration: n(6n * H) }])!;
    expect(inMl(w.least)).toBe('225000');
    expect(inMl(w.most)).toBe('300000');
  });
  it('[REQ-ONEOFF-002] a stop longer than a day: some window delivers nothing', () => {
    const w = oneOff24h(A, flat, A.zero, [{ kind: 'stop', start: A.zero, duration: n(2n * 86_400n) }])!;
    expect(inMl(w.least)).toBe('0');
  });
  it('[REQ-ONEOFF-002] a stop cuts a periodic bolus: only its part outside the stop is delivered', () => {
    // 0.1 mL/day basal; a periodic bolus of 0.24 mL over 2 h at 08:00; stop 09:00-10:00 on day 1 (clock 0 at t = 0)
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: n(100n) }], periodicBoluses: [{ start: n(8n * H), volume: mL('0.24'), duration: n(2n * H) }] };
    const ev: OneOffEvent<Exact>[] = [{ kind: 'stop', start: n(86_400n + 9n * H), duration: n(H) }];
    const w = oneOff24h(A, p, A.zero, ev)!;
    // the least window holding the stop loses 1 h of basal (0.1/24 mL) and half the bolus (0.12 mL)
    const least = A.sub(A.add(mL('0.1'), mL('0.24')), A.add(mL('0.12'), A.mul(n(100n), n(H))));
    expect(A.compare(A.mul(least, w.least.den), w.least.num)).toBe(0);
    // a clock that reads 12:00 at t = 0 moves the same stop to 21:00-22:00: no bolus is cut
    const shifted = oneOff24h(A, p, n(12n * H), ev)!;
    expect(A.compare(A.mul(A.sub(A.add(mL('0.1'), mL('0.24')), A.mul(n(100n), n(H))), shifted.least.den), shifted.least.num)).toBe(0);
  });
  it('[REQ-ONEOFF-002] two single boluses 20 h apart fall in one window: the most counts both', () => {
    const ev: OneOffEvent<Exact>[] = [
      { kind: 'singleBolus', start: n(86_400n), duration: n(H), volume: mL('0.05') },
      { kind: 'singleBolus', start: n(86_400n + 20n * H), duration: n(H), volume: mL('0.05') },
    ];
    expect(inMl(oneOff24h(A, flat, A.zero, ev)!.most)).toBe('400000');
  });
});
