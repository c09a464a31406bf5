import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { clockChangeOn } from '../../core/clock/clockChange.js';
import { decodeClockChangeRequest } from '../../spec/codecs/index.js';
import { encodeClockChangeResult } from '../../spec/wire/encodeClockChangeResult.js';
import { plain, wireClockChangeRequest } from '../_internals/fastPathCases.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { holds } from '../_internals/holds.js';

// REQ-ARITH-005: clock-change with its kernel (compile and the windows across the change) on scaled integers
// (the fast path, what the command runs) and on decimal.js gives identical answers.

describe('clock-change on the exact fast path', () => {
  it('[REQ-ARITH-005] the kernel on scaled integers and on decimal.js give identical results and byte-identical responses on random requests (daily and week programs, jumps either way)', () => {
    let answered = 0;
    holds(
      fc.property(wireClockChangeRequest, (wire) => {
        const decoded = decodeClockChangeRequest(wire);
        if (E.isLeft(decoded)) return;
        const fast = clockChangeOn(decoded.right, 'fast');
        const reference = clockChangeOn(decoded.right, 'decimal');
        expect(plain(fast)).toEqual(plain(reference));
        if (E.isRight(fast) && E.isRight(reference)) {
          answered += 1;
          expect(JSON.stringify(encodeClockChangeResult(fast.right))).toBe(JSON.stringify(encodeClockChangeResult(reference.right)));
        }
      }),
      fuzzProfile(100),
    );
    expect(answered).toBeGreaterThan(0);
  });
});
