import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../core/index.js';
import { decodeRefillCheckRequest } from '../../../spec/codecs/index.js';

const codes = (u: unknown) => {
  const r = decodeRefillCheckRequest(u);
  return E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : [];
};

describe('decodeRefillCheckRequest', () => {
  it('[REQ-REFILL-001] the contract request decodes: a pump name and exact residual volumes', () => {
    const r = decodeRefillCheckRequest({ pump: 'synchromed-ii-40', expectedResidual: '10 mL', measuredResidual: '7.5 mL' });
    expect(E.isRight(r)).toBe(true);
    if (E.isLeft(r)) return;
    expect(r.right.pump).toEqual({ profile: 'synchromed-ii-40' });
    expect(A.toDecimalString(r.right.measuredResidual.base)).toBe('648000000'); // 7.5 mL × 86 400 000
    expect('discrepancyThreshold' in r.right).toBe(false);
  });

  it('[REQ-REFILL-002] residuals may be zero, not negative; a threshold must be positive; unknown fields are refused', () => {
    expect(codes({ pump: 'x', expectedResidual: '0 mL', measuredResidual: '0 mL' })).toEqual([]);
    expect(codes({ pump: 'x', expectedResidual: '-1 mL', measuredResidual: '1 mL', discrepancyThreshold: '0 mL', threshold: '1 mL' })).toEqual([
      ['NOT_POSITIVE', 'discrepancyThreshold'], ['NEGATIVE_QUANTITY', 'expectedResidual'], ['UNKNOWN_FIELD', 'threshold'],
    ]);
  });
});
