import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../../core/arith/decimalArithmetic.js';
import { buildVolumeCurve, sortedDistinct, volumeAt } from '../../../../core/kernel/_internals/volumeCurve.js';
import { curveScale, pieceEnd, pieceStart, scaledFlow, type FlowPiece } from '../../../../core/kernel/_internals/flowPieces.js';

type N = ReturnType<typeof A.fromInteger>;
const n = (x: number) => A.fromInteger(BigInt(x));
const s = (xs: readonly N[]) => xs.map((x) => A.toDecimalString(x));

describe('flow pieces', () => {
  const rate: FlowPiece<N> = { kind: 'rate', start: n(0), end: n(10), flow: n(3) };
  const bolus: FlowPiece<N> = { kind: 'bolus', start: n(4), duration: n(4), volume: n(8) };
  const late: FlowPiece<N> = { kind: 'bolus', start: n(4), duration: n(6), volume: n(12), deliveredFrom: n(7) };
  it('[REQ-DOSE-002] a piece starts at its start, or where it is delivered from when that is later, and ends after its duration', () => {
    expect(s([pieceStart(A, rate), pieceEnd(A, rate)])).toEqual(['0', '10']);
    expect(s([pieceStart(A, bolus), pieceEnd(A, bolus)])).toEqual(['4', '8']);
    expect(s([pieceStart(A, late), pieceEnd(A, late)])).toEqual(['7', '10']);
    expect(s([pieceStart(A, { ...late, deliveredFrom: n(4) }), pieceStart(A, { ...late, deliveredFrom: n(2) })])).toEqual(['4', '4']);
  });
  it('[REQ-DOSE-002] the curve scale is the lcm of the bolus durations; a scaled flow is exact', () => {
    expect(A.toDecimalString(curveScale(A, [rate]))).toBe('1');
    expect(A.toDecimalString(curveScale(A, [rate, bolus, late]))).toBe('12');
    // rate 3 × 12; bolus 8 over 4 s = 2 a second, × 12 = 24; 12 over 6 s = 2 a second, × 12 = 24
    expect(s([scaledFlow(A, rate, n(12)), scaledFlow(A, bolus, n(12)), scaledFlow(A, late, n(12))])).toEqual(['36', '24', '24']);
  });
});

describe('volume curve', () => {
  it('[REQ-DOSE-002] sortedDistinct sorts and drops repeats', () => {
    expect(s(sortedDistinct(A, [n(3), n(1), n(3), n(2), n(1)]))).toEqual(['1', '2', '3']);
    expect(sortedDistinct(A, [])).toEqual([]);
  });
  it('[REQ-DOSE-002] the curve has a breakpoint at every piece boundary inside the range and at every extra time; pieces outside add nothing', () => {
    const pieces: FlowPiece<N>[] = [
      { kind: 'rate', start: n(0), end: n(10), flow: n(1) },
      { kind: 'bolus', start: n(4), duration: n(2), volume: n(6) },
      { kind: 'rate', start: n(20), end: n(30), flow: n(100) }, // after `to`
      { kind: 'rate', start: n(-5), end: n(0), flow: n(100) }, // ends at `from`
    ];
    // scale 2 (the bolus duration): the rate is 2 scaled, the bolus 6 over 2 s adds 6 scaled
    const c = buildVolumeCurve(A, pieces, n(0), n(10), n(2), [n(5), n(12), n(0)]);
    expect(s(c.times)).toEqual(['0', '4', '5', '6', '10']);
    expect(s(c.slopes)).toEqual(['2', '8', '8', '2']);
    expect(s(c.volumes)).toEqual(['0', '8', '16', '24', '32']);
    expect(s([volumeAt(A, c, n(0)), volumeAt(A, c, n(3)), volumeAt(A, c, n(4)), volumeAt(A, c, n(7)), volumeAt(A, c, n(10))])).toEqual(['0', '6', '8', '26', '32']);
  });
  it('[REQ-DOSE-002] volumes and slopes carry the scale', () => {
    const c = buildVolumeCurve(A, [{ kind: 'bolus', start: n(2), duration: n(3), volume: n(6) }], n(0), n(6), n(3));
    // 6 over 3 s is 2 a second, × 3 = 6 a second (scaled)
    expect(s(c.times)).toEqual(['0', '2', '5', '6']);
    expect(s(c.slopes)).toEqual(['0', '6', '0']);
    expect(s(c.volumes)).toEqual(['0', '0', '18', '18']);
  });
});
