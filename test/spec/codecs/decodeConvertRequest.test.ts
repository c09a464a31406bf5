import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../core/index.js';
import { decodeConvertRequest } from '../../../spec/codecs/index.js';

const codes = (u: unknown) => {
  const r = decodeConvertRequest(u);
  return E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : [];
};

describe('decodeConvertRequest', () => {
  it('[REQ-CONV-002] the contract request decodes to an exact dose rate and the ratio text', () => {
    const r = decodeConvertRequest({ drug: 'morphine', from: { route: 'oral', dose: '300 mg/day' }, to: { route: 'intrathecal' }, ratio: '300' });
    expect(E.isRight(r)).toBe(true);
    if (E.isLeft(r)) return;
    expect(r.right.drug).toBe('morphine');
    expect(r.right.from.route).toBe('oral');
    expect(A.toDecimalString(r.right.from.dose.base)).toBe('300000000'); // ng/day
    expect(r.right.ratio).toBe('300');
    const noRatio = decodeConvertRequest({ drug: 'morphine', from: { route: 'oral', dose: '300 mg/day' }, to: { route: 'intrathecal' } });
    expect(E.isRight(noRatio) && 'ratio' in noRatio.right).toBe(false);
  });

  it('[REQ-CONV-002] [REQ-WIRE-002] every error is collected with its path', () => {
    expect(codes({ drug: 'Morphine', from: { route: 'oral', dose: '0 mg/day', extra: 1 }, to: { route: 'IT' }, ratio: '1:300' })).toEqual([
      ['INVALID_VALUE', 'drug'], ['NOT_POSITIVE', 'from.dose'], ['UNKNOWN_FIELD', 'from.extra'], ['INVALID_VALUE', 'ratio'], ['INVALID_VALUE', 'to.route'],
    ]);
  });
});
