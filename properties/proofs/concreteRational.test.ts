import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../core/arith/decimalArithmetic.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { qAdd, qCeilDiv, qCmp, qFloorDiv, qFromDecimal, qMul, qSub, qText, type Q } from '../../spec/proofs/_internals/Q.js';
import { holds } from '../_internals/holds.js';

// The prover runs the kernel concolically: each value carries a term and a
// concrete value computed by spec/proofs' own rationals, and the concrete
// value picks the path. Those rationals are the one part the proofs cannot
// share with the product; this property ties them to decimal.js, the
// arithmetic the product runs on: every operation gives the same exact value.

const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 9 })).map(([n, k]) => {
  const s = (n < 0n ? -n : n).toString().padStart(k + 1, '0');
  return `${n < 0n ? '-' : ''}${k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`}`;
});
const positive = decimal.filter((t) => A.compare(A.fromDecimalString(t), A.zero) > 0);
const same = (q: Q, d: ReturnType<typeof A.fromInteger>): void => {
  expect(qText(q)).toBe(A.toDecimalString(d));
};

describe('the prover\'s concrete rationals against decimal.js', () => {
  it('[REQ-PROOF-001] add, sub, mul, compare, floorDiv and ceilDiv agree exactly', () => {
    holds(
      fc.property(decimal, positive, (a, b) => {
        const [qa, qb, da, db] = [qFromDecimal(a), qFromDecimal(b), A.fromDecimalString(a), A.fromDecimalString(b)];
        same(qAdd(qa, qb), A.add(da, db));
        same(qSub(qa, qb), A.sub(da, db));
        same(qMul(qa, qb), A.mul(da, db));
        expect(qCmp(qa, qb)).toBe(A.compare(da, db));
        same(qFloorDiv(qa, qb), A.floorDiv(da, db));
        same(qCeilDiv(qa, qb), A.ceilDiv(da, db));
      }),
      fuzzProfile(300),
    );
  });
});
