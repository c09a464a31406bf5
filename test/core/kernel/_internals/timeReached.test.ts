import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import { reachedBy, timeReached } from '../../../../core/kernel/_internals/timeReached.js';
import { buildVolumeCurve, timeReaching } from '../../../../core/kernel/_internals/volumeCurve.js';
import type { FlowPiece } from '../../../../core/kernel/_internals/flowPieces.js';
import { fuzzProfile } from '../../../../properties/_internals/fuzzProfile.js';

const n = (x: number): Exact => A.fromInteger(BigInt(x));
const text = (f: { num: Exact; den: Exact } | undefined): string | undefined =>
  f === undefined ? undefined : `${A.toDecimalString(f.num)}/${A.toDecimalString(f.den)}`;
/** Both searches, the linear one and the binary one on a reached volume. */
const both = (c: ReturnType<typeof buildVolumeCurve<Exact>>, target: { num: Exact; den: Exact }) => {
  const r = reachedBy(A, c, target);
  return [text(timeReaching(A, c, target)), r === undefined ? undefined : text(timeReached(A, r))];
};

describe('timeReached', () => {
  // nothing flows on [100, 105), then 1 a second until 110 (scale 1): 5 in all
  const c = buildVolumeCurve(A, [{ kind: 'rate', start: n(105), end: n(110), flow: n(1) }], n(100), n(110), A.one);
  it('[REQ-RES-005] a volume the curve gets to by its end is reached, at the exact first instant', () => {
    expect(both(c, { num: n(3), den: A.one })).toEqual(['108/1', '108/1']);
    expect(both(c, { num: n(5), den: n(2) })).toEqual(['215/2', '215/2']);
    expect(both(c, { num: n(5), den: A.one })).toEqual(['110/1', '110/1']);
    // zero (and below) is reached at the start, even while nothing flows there
    expect(both(c, { num: A.zero, den: A.one })).toEqual(['100/1', '100/1']);
    expect(both(c, { num: n(-1), den: A.one })).toEqual(['100/1', '100/1']);
  });
  it('[REQ-RES-005] a volume past the curve\'s end is not a reached volume: there is no time to ask for', () => {
    expect(reachedBy(A, c, { num: n(11), den: n(2) })).toBeUndefined();
  });
  it('[REQ-RES-005] on random curves the binary search agrees with the linear one wherever the volume is reached', () => {
    const piece = fc.record({ start: fc.integer({ min: 0, max: 50 }), len: fc.integer({ min: 1, max: 30 }), flow: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.integer({ min: -5, max: 400 }), fc.integer({ min: 1, max: 7 }), (ps, num, den) => {
        const pieces: FlowPiece<Exact>[] = ps.map((p) => ({ kind: 'rate', start: n(p.start), end: n(p.start + p.len), flow: n(p.flow) }));
        const curve = buildVolumeCurve(A, pieces, A.zero, n(90), A.one);
        const target = { num: n(num), den: n(den) };
        const [linear, binary] = both(curve, target);
        expect(binary).toBe(linear);
      }),
      fuzzProfile(200),
    );
  });
});
