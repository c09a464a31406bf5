import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../core/index.js';
import { decodeClockChangeRequest } from '../../../spec/codecs/index.js';
import { contractBridge } from '../wire/commands/_bridgeFixtures.js';

const errorsOf = (r: E.Either<{ code: string; path: string }[], unknown>): string[] => (E.isLeft(r) ? r.left.map((e) => `${e.code} ${e.path}`) : []);
const compilePart = {
  pump: contractBridge()['pump'],
  reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
  therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
};

describe('decodeClockChangeRequest', () => {
  it('[REQ-CLOCK-002] [REQ-WIRE-002] a clock change is a clock time and a signed jump under a day', () => {
    const ok = decodeClockChangeRequest({ ...compilePart, clockChange: { at: '02:00', jump: '-1 h' } });
    expect(E.isRight(ok) && [ok.right.clockChange.at, A.toDecimalString(ok.right.clockChange.jump.base)]).toEqual([7200n, '-3600']);
    expect(errorsOf(decodeClockChangeRequest({ ...compilePart, clockChange: { at: '25:00', jump: '-25 h' } }))).toEqual(['INVALID_CLOCK_TIME clockChange.at', 'INVALID_VALUE clockChange.jump']);
  });
});
