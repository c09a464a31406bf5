import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../../core/arith/decimalArithmetic.js';
import { earliestPatientPieces, modulo, programPieces } from '../../../../core/kernel/_internals/programPieces.js';
import { curveScale, type FlowPiece } from '../../../../core/kernel/_internals/flowPieces.js';

type N = ReturnType<typeof A.fromInteger>;
const n = (x: number) => A.fromInteger(BigInt(x));
const H = 3_600;
const show = (ps: FlowPiece<N>[]) => ps.map((p) => (p.kind === 'rate'
  ? ['rate', A.toDecimalString(p.start), A.toDecimalString(p.end), A.toDecimalString(p.flow)]
  : ['bolus', A.toDecimalString(p.start), A.toDecimalString(p.duration), A.toDecimalString(p.volume), p.deliveredFrom === undefined ? '-' : A.toDecimalString(p.deliveredFrom)]));
const pb = (maxPerDay: number, lockoutH: number) => ({ volume: n(7), duration: n(600), lockout: n(lockoutH * H), maxPerDay: n(maxPerDay) });
const starts = (ps: FlowPiece<N>[]) => ps.map((p) => Number(A.toDecimalString(p.start)) / H);

describe('earliestPatientPieces', () => {
  it('[REQ-RES-001] no patient bolus, or none allowed a day: no pieces', () => {
    expect(earliestPatientPieces(A, undefined, n(0), n(86_400))).toEqual([]);
    expect(earliestPatientPieces(A, pb(0, 1), n(0), n(86_400))).toEqual([]);
  });
  it('[REQ-RES-001] when the lockout binds (4 a day, 8 h lockout: 32 h ≥ 24 h) the boluses are a lockout apart, across days', () => {
    const ps = earliestPatientPieces(A, pb(4, 8), n(0), n(2 * 86_400));
    expect(starts(ps)).toEqual([0, 8, 16, 24, 32, 40]);
    expect(show(ps)[0]).toEqual(['bolus', '0', '600', '7', '-']);
  });
  it('[REQ-RES-001] exactly at the boundary (3 a day, 8 h lockout: 24 h) the lockout binds', () => {
    expect(starts(earliestPatientPieces(A, pb(3, 8), n(0), n(86_400)))).toEqual([0, 8, 16]);
  });
  it('[REQ-RES-001] when the daily count binds (2 a day, 1 h lockout) the boluses come in bursts at the start of each rolling day', () => {
    expect(starts(earliestPatientPieces(A, pb(2, 1), n(0), n(2 * 86_400 + 1)))).toEqual([0, 1, 24, 25, 48]);
  });
  it('[REQ-RES-001] every piece of the train is a bolus of the patient bolus (so its duration sets the curve scale)', () => {
    const ps = earliestPatientPieces(A, pb(2, 1), n(0), n(86_400));
    expect(ps.map((p) => p.kind)).toEqual(['bolus', 'bolus']);
    // the only duration is the patient bolus's 600 s, so the least common multiple is 600
    expect(A.toDecimalString(curveScale(A, ps))).toBe('600');
  });
  it('[REQ-RES-001] the train starts at `from` and stops before `to`', () => {
    expect(starts(earliestPatientPieces(A, pb(4, 8), n(H), n(17 * H)))).toEqual([1, 9]);
    expect(starts(earliestPatientPieces(A, pb(2, 1), n(H), n(2 * H)))).toEqual([1]);
  });
  it('[REQ-WORK-001] from a later `from`, exactly the boluses of the whole train still delivering at it or starting after it', () => {
    const end = (p: FlowPiece<N>) => (p.kind === 'bolus' ? A.add(p.start, p.duration) : p.end);
    for (const train of [pb(4, 8), pb(2, 1), pb(3, 5)]) {
      const whole = earliestPatientPieces(A, train, n(H), n(5 * 86_400));
      for (const from of [H, 2 * H, 9 * H + 300, 86_400 + 600, 3 * 86_400 + 5 * H]) {
        const later = whole.filter((p) => A.compare(end(p), n(from)) > 0);
        expect(show(earliestPatientPieces(A, train, n(H), n(5 * 86_400), n(from))), `from ${from}`).toEqual(show(later));
      }
    }
  });
});

describe('programPieces', () => {
  const program = { steps: [{ start: n(0), flow: n(10) }, { start: n(6 * H), flow: n(20) }], periodicBoluses: [{ start: n(23 * H), volume: n(5), duration: n(2 * H) }] };
  it('[REQ-CLOCK-001] steps and periodic boluses laid out in real time from a clock phase, cut to the span', () => {
    // the pump clock reads 05:00 at real time 0: the 06:00 step starts at 1 h, midnight is at 19 h, the 23:00 bolus at 18 h
    const ps = programPieces(A, program, n(0), n(24 * H), n(5 * H), false);
    expect(show(ps)).toEqual([
      ['rate', '0', '3600', '10'],
      ['rate', '3600', '68400', '20'],
      ['rate', '68400', '86400', '10'],
      ['bolus', '64800', '7200', '5', '-'],
    ]);
  });
  it('[REQ-CLOCK-001] a program that has been running includes the bolus already under way at `from`, delivering from `from` only', () => {
    // clock 00:00 at real time 0: the 23:00 bolus of the day before runs until 01:00
    const ps = programPieces(A, program, n(0), n(2 * H), n(0), true);
    expect(show(ps)).toEqual([
      ['rate', '0', '7200', '10'],
      ['bolus', '-3600', '7200', '5', '0'],
    ]);
    expect(show(programPieces(A, program, n(0), n(2 * H), n(0), false))).toEqual([['rate', '0', '7200', '10']]);
    // a bolus that ended exactly at `from` is not included
    expect(show(programPieces(A, program, n(H), n(2 * H), n(H), true))).toEqual([['rate', '3600', '7200', '10']]);
  });
  it('[REQ-CLOCK-001] a step that ends exactly at `from`, or starts exactly at `to`, gives no piece (not even an empty one)', () => {
    const steps = { steps: program.steps, periodicBoluses: [] };
    // clock 06:00 at real time 0: the 00:00–06:00 step of that day ran on [−6 h, 0), ending at `from`
    expect(show(programPieces(A, steps, n(0), n(2 * H), n(6 * H), false))).toEqual([['rate', '0', '7200', '20']]);
    // clock 00:00 at real time 0, span [0, 6 h): the 06:00 step starts at `to`
    expect(show(programPieces(A, steps, n(0), n(6 * H), n(0), false))).toEqual([['rate', '0', '21600', '10']]);
  });
  it('[REQ-CLOCK-001] a clock phase beyond a day, or negative, is taken modulo 24 h', () => {
    expect(A.toDecimalString(modulo(A, n(90_000), n(86_400)))).toBe('3600');
    expect(A.toDecimalString(modulo(A, n(-3_600), n(86_400)))).toBe('82800');
    expect(show(programPieces(A, program, n(0), n(H), n(-23 * H), false))).toEqual(show(programPieces(A, program, n(0), n(H), n(H), false)));
  });
});
