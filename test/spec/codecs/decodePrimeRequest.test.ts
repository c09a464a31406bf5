import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodePrimeRequest } from '../../../spec/codecs/index.js';
import { contractBridge } from '../wire/commands/_bridgeFixtures.js';

const errorsOf = (r: E.Either<{ code: string; path: string }[], unknown>): string[] => (E.isLeft(r) ? r.left.map((e) => `${e.code} ${e.path}`) : []);
const compilePart = {
  pump: contractBridge()['pump'],
  reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
  therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
};

describe('decodePrimeRequest', () => {
  it('[REQ-PRIME-003] [REQ-WIRE-002] prime needs the contents of both parts of the path', () => {
    const ok = decodePrimeRequest({ ...compilePart, catheter: { volume: '0.05 mL' }, contents: { pumpInternal: 'empty', catheter: 'drug' } });
    expect(E.isRight(ok) && ok.right.contents).toEqual({ pumpInternal: 'empty', catheter: 'drug' });
    expect(errorsOf(decodePrimeRequest({ ...compilePart, catheter: { volume: '0.05 mL' }, contents: { pumpInternal: 'empty' } }))).toEqual(['MISSING_FIELD contents.catheter']);
  });
});
