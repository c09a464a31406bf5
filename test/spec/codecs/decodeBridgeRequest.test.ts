import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../core/index.js';
import { catheterCodec, decodeBridgeRequest } from '../../../spec/codecs/index.js';
import { toEngineErrors } from '../../../spec/codecs/toEngineErrors.js';
import { contractBridge } from '../wire/commands/_bridgeFixtures.js';

const errorsOf = (r: E.Either<{ code: string; path: string }[], unknown>): string[] => (E.isLeft(r) ? r.left.map((e) => `${e.code} ${e.path}`) : []);

describe('catheterCodec', () => {
  it('[REQ-BRIDGE-001] [REQ-WIRE-002] a volume, or a length with a volume per length, never both', () => {
    const v = catheterCodec.decode({ volume: '0.05 mL' });
    expect(E.isRight(v) && 'volume' in v.right && A.toDecimalString(v.right.volume.base)).toBe('4320000');
    const l = catheterCodec.decode({ length: '90 cm', volumePerLength: '0.0026 mL/cm' });
    expect(E.isRight(l) && 'length' in l.right).toBe(true);
    const both = catheterCodec.decode({ volume: '0.05 mL', length: '90 cm' });
    expect(E.isLeft(both) && toEngineErrors(both.left).map((e) => e.code)).toEqual(['INVALID_VALUE']);
    const half = catheterCodec.decode({ length: '90 cm' });
    expect(E.isLeft(half) && toEngineErrors(half.left).map((e) => `${e.code} ${e.path}`)).toEqual(['MISSING_FIELD volumePerLength']);
    const none = catheterCodec.decode({});
    expect(E.isLeft(none) && toEngineErrors(none.left).map((e) => `${e.code} ${e.path}`)).toEqual(['MISSING_FIELD volume']);
    const zero = catheterCodec.decode({ volume: '0 mL' });
    expect(E.isLeft(zero) && toEngineErrors(zero.left).map((e) => e.code)).toEqual(['NOT_POSITIVE']);
  });
});

describe('decodeBridgeRequest', () => {
  it('[REQ-BRIDGE-001] [REQ-WIRE-003] the contract request decodes, with the refill at 00:00 by default', () => {
    const r = decodeBridgeRequest(contractBridge());
    expect(E.isRight(r) && r.right.new.filledAt).toBe(0n);
    expect(E.isRight(r) && r.right.new.fill).toBeUndefined();
    expect(E.isRight(r) && A.toDecimalString(r.right.old.rate.base)).toBe('150');
  });

  it('[REQ-WIRE-002] [REQ-WIRE-003] unknown and missing fields are reported with their paths, all together', () => {
    const req = contractBridge();
    delete req['catheter'];
    (req['new'] as Record<string, unknown>)['filedAt'] = '08:00';
    (req['old'] as Record<string, unknown>)['rate'] = 0.15;
    expect(errorsOf(decodeBridgeRequest(req))).toEqual(['MISSING_FIELD catheter', 'UNKNOWN_FIELD new.filedAt', 'NUMBER_FOR_QUANTITY old.rate']);
  });
});
