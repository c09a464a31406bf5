import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../../core/arith/decimalArithmetic.js';
import { buildVolumeCurve, sortedDistinct, timeReaching, volumeAt } from '../../../../core/kernel/_internals/volumeCurve.js';
import { curveScale, pieceEnd, pieceStart, scaledFlow, type FlowPiece } from '../../../../core/kernel/_internals/flowPieces.js';

type N = ReturnType<typeof A.fromInteger>;
const n = (x: number) => A.fromInteger(BigInt(x));
const s = (xs: readonly N[]) => xs.map((x) => A.toDecimalString(x));
/** Whether the fraction `f` is the number `p / q` (`q > 0`), with a positive denominator. */
const isFraction = (f: { num: N; den: N } | undefined, p: number, q: number) =>
  f !== undefined && A.compare(f.den, A.zero) > 0 && A.compare(A.mul(f.num, n(q)), A.mul(n(p), f.den)) === 0;

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
  it('[REQ-DOSE-002] extra times before `from` or after `to` add no breakpoint: the curve starts at `from` with volume zero', () => {
    // 1 a second on [0, 10) (scale 1); extra times −3 and 11 lie outside [0, 10], 4 inside
    const c = buildVolumeCurve(A, [{ kind: 'rate', start: n(0), end: n(10), flow: n(1) }], n(0), n(10), A.one, [n(-3), n(4), n(11)]);
    expect(s(c.times)).toEqual(['0', '4', '10']);
    expect(s(c.volumes)).toEqual(['0', '4', '10']);
  });
  it('[REQ-DOSE-002] volumes and slopes carry the scale', () => {
    const c = buildVolumeCurve(A, [{ kind: 'bolus', start: n(2), duration: n(3), volume: n(6) }], n(0), n(6), n(3));
    // 6 over 3 s is 2 a second, × 3 = 6 a second (scaled)
    expect(s(c.times)).toEqual(['0', '2', '5', '6']);
    expect(s(c.slopes)).toEqual(['0', '6', '0']);
    expect(s(c.volumes)).toEqual(['0', '0', '18', '18']);
  });
});

describe('volume curve: pieces that deliver nothing', () => {
  it('[REQ-DOSE-002] a running bolus taken from its end or later delivers nothing and adds no breakpoint', () => {
    const pieces: FlowPiece<N>[] = [
      { kind: 'rate', start: n(0), end: n(10), flow: n(1) },
      // runs on [2, 4): taken from 6, after it ended, and from 4, just as it ends
      { kind: 'bolus', start: n(2), duration: n(2), volume: n(4), deliveredFrom: n(6) },
      { kind: 'bolus', start: n(2), duration: n(2), volume: n(4), deliveredFrom: n(4) },
    ];
    // scale 2 (the bolus duration): only the rate flows, 1 × 2 scaled a second, 20 scaled by 10
    const c = buildVolumeCurve(A, pieces, n(0), n(10), n(2));
    expect(s(c.times)).toEqual(['0', '10']);
    expect(s(c.slopes)).toEqual(['2']);
    expect(s(c.volumes)).toEqual(['0', '20']);
  });
});

describe('timeReaching', () => {
  // nothing flows on [100, 105), then 1 a second until 110 (scale 1): 5 in all
  const c = buildVolumeCurve(A, [{ kind: 'rate', start: n(105), end: n(110), flow: n(1) }], n(100), n(110), A.one);
  it('[REQ-RES-001] a volume is reached where the curve first gets to it, as an exact fraction', () => {
    // 3 is reached 3 s after the flow starts: 108; 5/2 at 105 + 5/2 = 215/2
    expect(isFraction(timeReaching(A, c, { num: n(3), den: A.one }), 108, 1)).toBe(true);
    expect(isFraction(timeReaching(A, c, { num: n(5), den: n(2) }), 215, 2)).toBe(true);
    expect(isFraction(timeReaching(A, c, { num: n(5), den: A.one }), 110, 1)).toBe(true);
  });
  it('[REQ-RES-001] a volume of zero is reached at the start of the curve, even while nothing flows there', () => {
    expect(isFraction(timeReaching(A, c, { num: A.zero, den: A.one }), 100, 1)).toBe(true);
  });
  it('[REQ-RES-001] a volume the curve never gets to is not reached', () => {
    expect(timeReaching(A, c, { num: n(11), den: n(2) })).toBeUndefined();
  });
});
