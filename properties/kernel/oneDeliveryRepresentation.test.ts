import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compile, cumulativeVolume, dailyVolume, decimalArithmetic as A, least24hVolume } from '../../core/index.js';
import { params } from '../_fuzz.js';
import { rxParts, toRequest } from '../_internals/prescriptions.js';
import { holds } from '../_internals/holds.js';

describe('one delivery representation', () => {
  it('[REQ-PROG-001] every reader of a compiled program agrees: the reservoir draw over whole days equals the daily volume the dose analysis uses', () => {
    holds(
      fc.property(rxParts, fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 3 }), (p, fillMinute, days) => {
        const r = compile(toRequest({ ...p, patient: undefined }));
        if (E.isLeft(r)) return;
        const program = r.right.program;
        const daily = dailyVolume(A, program);
        const drawn = cumulativeVolume(A, program, A.fromInteger(BigInt(fillMinute * 60)), A.fromInteger(BigInt(days * 86_400)));
        // periodic bolus parts are rounded up to a base unit in the draw: at most one unit per bolus per day and per cut
        const slack = A.fromInteger(BigInt(program.periodicBoluses.length * (days + 1)));
        expect(A.compare(drawn, A.mul(daily, A.fromInteger(BigInt(days))))).toBeGreaterThanOrEqual(0);
        expect(A.compare(drawn, A.add(A.mul(daily, A.fromInteger(BigInt(days))), slack))).toBeLessThanOrEqual(0);
        expect(A.compare(least24hVolume(A, program).volume, daily)).toBe(0);
      }),
      params(150),
    );
  });
});
