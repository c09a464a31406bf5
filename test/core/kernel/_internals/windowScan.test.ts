import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../../core/arith/decimalArithmetic.js';
import { queueMass, scanWindows, type Queue, type ScanInterval } from '../../../../core/kernel/_internals/windowScan.js';

const n = (x: number) => A.fromInteger(BigInt(x));
const lin = (at0: number, at1: number) => ({ at0: n(at0), at1: n(at1) });
const queue = (bounds: number[], concentrations: number[], after: number): Queue<ReturnType<typeof n>> =>
  ({ bounds: bounds.map(n), concentrations: concentrations.map(n), after: n(after) });
/** A fraction as a decimal string (the tests pick values whose quotient is an integer). */
const value = (f: { num: ReturnType<typeof n>; den: ReturnType<typeof n> }) => {
  const q = A.floorDiv(f.num, f.den);
  expect(A.compare(A.mul(q, f.den), f.num)).toBe(0);
  return A.toDecimalString(q);
};

describe('queueMass', () => {
  // 10 units at concentration 2, then 10 at 3, then concentration 1 for ever
  const q = queue([10, 20], [2, 3], 1);
  it('[REQ-BRIDGE-001] the mass up to a position sums every layer it reaches, first out first', () => {
    expect(A.toDecimalString(queueMass(A, q, n(0), A.one))).toBe('0');
    expect(A.toDecimalString(queueMass(A, q, n(5), A.one))).toBe('10');
    expect(A.toDecimalString(queueMass(A, q, n(10), A.one))).toBe('20');
    expect(A.toDecimalString(queueMass(A, q, n(15), A.one))).toBe('35');
    expect(A.toDecimalString(queueMass(A, q, n(25), A.one))).toBe('55');
  });
  it('[REQ-BRIDGE-001] with every position multiplied by d the mass is d times as large', () => {
    expect(A.toDecimalString(queueMass(A, q, n(50), n(2)))).toBe('110');
    expect(A.toDecimalString(queueMass(A, q, n(30), n(2)))).toBe('70');
  });
  it('[REQ-BRIDGE-001] an empty queue holds only the fluid after it', () => {
    expect(A.toDecimalString(queueMass(A, queue([], [], 4), n(3), A.one))).toBe('12');
  });
});

describe('scanWindows', () => {
  it('[REQ-BRIDGE-001] no intervals is not a valid argument: the type asks for at least one, so there is always a most and a least', () => {
    // @ts-expect-error an empty list is not a NonEmpty list of intervals
    const none: Parameters<typeof scanWindows<ReturnType<typeof n>>>[1] = [];
    expect(none).toHaveLength(0);
  });
  it('[REQ-BRIDGE-001] the most is found at a queue position strictly inside [lo, hi] (a drug layer between two drug-free ones)', () => {
    // drug only between 10 and 20 at concentration 2; the window moves the queue by 5 from anywhere in [0, 30]
    const iv: ScanInterval<ReturnType<typeof n>> = { lo: lin(0, 0), hi: lin(30, 30), most: lin(5, 5), least: lin(5, 5) };
    const r = scanWindows(A, [iv], queue([10, 20], [0, 2], 0));
    expect([value(r.most), value(r.least)]).toEqual(['10', '0']);
  });
  it('[REQ-BRIDGE-001] the least is found at a queue position strictly inside [lo, hi] (drug-free fluid between two drug layers)', () => {
    const iv: ScanInterval<ReturnType<typeof n>> = { lo: lin(0, 0), hi: lin(30, 30), most: lin(5, 5), least: lin(5, 5) };
    const r = scanWindows(A, [iv], queue([10, 20], [2, 0], 2));
    expect([value(r.most), value(r.least)]).toEqual(['10', '0']);
  });
  it('[REQ-BRIDGE-001] the most is found where the window end crosses a layer bound inside the interval, not at its ends', () => {
    // the window covers queue positions [10θ, 20θ]: mass 20θ up to θ = 1/2, then 2(10 − 10θ); 10 at θ = 1/2, 0 at both ends
    const iv: ScanInterval<ReturnType<typeof n>> = { lo: lin(0, 10), hi: lin(0, 10), most: lin(0, 10), least: lin(0, 10) };
    const r = scanWindows(A, [iv], queue([10], [2], 0));
    expect([value(r.most), value(r.least)]).toEqual(['10', '0']);
  });
  it('[REQ-BRIDGE-001] the least is found where the window start crosses a layer bound inside the interval, not at its ends', () => {
    // concentration 2 on [0, 10), 0 on [10, 20), 2 after; the window covers [20θ, 20θ + 10]: 20 at both ends, 0 at θ = 1/2
    const iv: ScanInterval<ReturnType<typeof n>> = { lo: lin(0, 20), hi: lin(0, 20), most: lin(10, 10), least: lin(10, 10) };
    const r = scanWindows(A, [iv], queue([10, 20], [2, 0], 2));
    expect([value(r.most), value(r.least)]).toEqual(['20', '0']);
  });
  it('[REQ-BRIDGE-001] over several intervals the most is the largest and the least the smallest of them', () => {
    const a: ScanInterval<ReturnType<typeof n>> = { lo: lin(0, 0), hi: lin(0, 0), most: lin(3, 3), least: lin(3, 3) };
    const b: ScanInterval<ReturnType<typeof n>> = { lo: lin(0, 0), hi: lin(0, 0), most: lin(4, 4), least: lin(1, 1) };
    const c: ScanInterval<ReturnType<typeof n>> = { lo: lin(0, 0), hi: lin(0, 0), most: lin(2, 2), least: lin(2, 2) };
    const r = scanWindows(A, [a, b, c], queue([], [], 5));
    expect([value(r.most), value(r.least)]).toEqual(['20', '5']);
  });
});
