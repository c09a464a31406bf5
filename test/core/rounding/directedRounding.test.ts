import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../core/arith/decimalArithmetic.js';
import {
  ceilToGridForUpperBound,
  floorTimeTowardEarlier,
  floorToGridTowardLessDrug,
  quotientDownForLowerBound,
  quotientTowardLessDrug,
  quotientUpForUpperBound,
  type Rounded,
} from '../../../core/rounding/directedRounding.js';

const d = (s: string) => A.fromDecimalString(s);
const shown = (r: Rounded<ReturnType<typeof d>>) => [A.toDecimalString(r.value), r.changed];

describe('directed rounding to a grid', () => {
  it('[REQ-ROUND-002] floorToGridTowardLessDrug: 2.27 on 0.1 is 2.2 (changed), 2.2 stays 2.2 (unchanged), −2.21 is −2.3', () => {
    expect(shown(floorToGridTowardLessDrug(A, d('2.27'), d('0.1')))).toEqual(['2.2', true]);
    expect(shown(floorToGridTowardLessDrug(A, d('2.2'), d('0.1')))).toEqual(['2.2', false]);
    expect(shown(floorToGridTowardLessDrug(A, d('2.29999'), d('0.1')))).toEqual(['2.2', true]);
    expect(shown(floorToGridTowardLessDrug(A, d('-2.21'), d('0.1')))).toEqual(['-2.3', true]);
    expect(shown(floorToGridTowardLessDrug(A, d('0'), d('0.001')))).toEqual(['0', false]);
  });
  it('[REQ-ROUND-003] ceilToGridForUpperBound: 2.21 on 0.1 is 2.3 (changed), 2.3 stays (unchanged), 2.2000001 is 2.3', () => {
    expect(shown(ceilToGridForUpperBound(A, d('2.21'), d('0.1')))).toEqual(['2.3', true]);
    expect(shown(ceilToGridForUpperBound(A, d('2.3'), d('0.1')))).toEqual(['2.3', false]);
    expect(shown(ceilToGridForUpperBound(A, d('2.2000001'), d('0.1')))).toEqual(['2.3', true]);
    expect(shown(ceilToGridForUpperBound(A, d('-2.29'), d('0.1')))).toEqual(['-2.2', true]);
  });
  it('[REQ-ROUND-004] floorTimeTowardEarlier: 119 s on a minute is 60 s, 120 s stays, 59 s is 0', () => {
    expect(shown(floorTimeTowardEarlier(A, A.fromInteger(119n), A.fromInteger(60n)))).toEqual(['60', true]);
    expect(shown(floorTimeTowardEarlier(A, A.fromInteger(120n), A.fromInteger(60n)))).toEqual(['120', false]);
    expect(shown(floorTimeTowardEarlier(A, A.fromInteger(59n), A.fromInteger(60n)))).toEqual(['0', true]);
  });
});

describe('directed rounding of a quotient', () => {
  it('[REQ-ROUND-002] quotientTowardLessDrug: 1/3 on 0.001 is 0.333 (changed); 0.9/3 is 0.3 exactly (unchanged)', () => {
    expect(shown(quotientTowardLessDrug(A, d('1'), d('3'), d('0.001')))).toEqual(['0.333', true]);
    expect(shown(quotientTowardLessDrug(A, d('0.9'), d('3'), d('0.001')))).toEqual(['0.3', false]);
    // 2/3 on 0.01: 0.66, never 0.67
    expect(shown(quotientTowardLessDrug(A, d('2'), d('3'), d('0.01')))).toEqual(['0.66', true]);
    // the grid is in the quotient's unit: 10/4 on 2 is 2 (2.5 floored to a multiple of 2)
    expect(shown(quotientTowardLessDrug(A, d('10'), d('4'), d('2')))).toEqual(['2', true]);
  });
  it('[REQ-ROUND-002] quotientTowardLessDrug: "changed" compares value × b with a, not the value with a', () => {
    // 6/3 = 2 exactly on a grid of 1: unchanged although 2 ≠ 6
    expect(shown(quotientTowardLessDrug(A, d('6'), d('3'), d('1')))).toEqual(['2', false]);
    expect(shown(quotientUpForUpperBound(A, d('6'), d('3'), d('1')))).toEqual(['2', false]);
  });
  it('[REQ-ROUND-003] quotientUpForUpperBound: 1/3 on 0.001 is 0.334 (changed); 0.9/3 is 0.3 (unchanged)', () => {
    expect(shown(quotientUpForUpperBound(A, d('1'), d('3'), d('0.001')))).toEqual(['0.334', true]);
    expect(shown(quotientUpForUpperBound(A, d('0.9'), d('3'), d('0.001')))).toEqual(['0.3', false]);
    expect(shown(quotientUpForUpperBound(A, d('10'), d('4'), d('2')))).toEqual(['4', true]);
  });
  it('[REQ-ROUND-003] quotientDownForLowerBound: 2/3 on 0.01 is 0.66 (changed); 0.6/3 is 0.2 (unchanged)', () => {
    expect(shown(quotientDownForLowerBound(A, d('2'), d('3'), d('0.01')))).toEqual(['0.66', true]);
    expect(shown(quotientDownForLowerBound(A, d('0.6'), d('3'), d('0.01')))).toEqual(['0.2', false]);
  });
});
