import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { bridgeOn } from '../../core/bridge/bridge.js';
import { primeOn } from '../../core/bridge/prime.js';
import { decodeBridgeRequest, decodePrimeRequest } from '../../spec/codecs/index.js';
import { encodeBridgeResult } from '../../spec/wire/encodeBridgeResult.js';
import { encodePrimeResult } from '../../spec/wire/encodePrimeResult.js';
import { plain, wireBridgeRequest, wirePrimeRequest } from '../_internals/fastPathCases.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { holds } from '../_internals/holds.js';

// REQ-ARITH-005: bridge and prime with their kernel (compile and every tip dose) on scaled integers (the fast
// path, what the commands run) and on decimal.js give identical answers: every value, and the wire response.

describe('bridge and prime on the exact fast path', () => {
  it('[REQ-ARITH-005] bridge: the kernel on scaled integers and on decimal.js give identical results and byte-identical responses on random requests (daily and week programs, old fluids stronger, weaker, the same or without a drug)', () => {
    let answered = 0;
    holds(
      fc.property(wireBridgeRequest, (wire) => {
        const decoded = decodeBridgeRequest(wire);
        if (E.isLeft(decoded)) return; // refused before the kernel: nothing to compare
        const fast = bridgeOn(decoded.right, 'fast');
        const reference = bridgeOn(decoded.right, 'decimal');
        expect(plain(fast)).toEqual(plain(reference));
        if (E.isRight(fast) && E.isRight(reference)) {
          answered += 1;
          expect(JSON.stringify(encodeBridgeResult(fast.right))).toBe(JSON.stringify(encodeBridgeResult(reference.right)));
        }
      }),
      fuzzProfile(60),
    );
    // the generator must reach the tip-dose kernel, not only refusals
    expect(answered).toBeGreaterThan(0);
  });

  it('[REQ-ARITH-005] prime: the kernel on scaled integers and on decimal.js give identical results and byte-identical responses on random requests (daily and week programs, empty or full paths)', () => {
    let answered = 0;
    holds(
      fc.property(wirePrimeRequest, (wire) => {
        const decoded = decodePrimeRequest(wire);
        if (E.isLeft(decoded)) return;
        const fast = primeOn(decoded.right, 'fast');
        const reference = primeOn(decoded.right, 'decimal');
        expect(plain(fast)).toEqual(plain(reference));
        if (E.isRight(fast) && E.isRight(reference)) {
          answered += 1;
          expect(JSON.stringify(encodePrimeResult(fast.right))).toBe(JSON.stringify(encodePrimeResult(reference.right)));
        }
      }),
      fuzzProfile(60),
    );
    expect(answered).toBeGreaterThan(0);
  });
});
