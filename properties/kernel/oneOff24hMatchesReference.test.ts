import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../core/index.js';
import { oneOff24h } from '../../core/kernel/oneOff24h.js';
import type { OneOffEvent } from '../../core/kernel/OneOffEvent.js';
import { oneOffExtremes, type ReferenceOneOff } from '../../spec/reference/oneOffExtremes.js';
import { Rational } from '../../spec/reference/Rational.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { BASE_PER_ML, asRational } from '../_internals/worst24hDifferential.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import { holds } from '../_internals/holds.js';

/** Up to 3 events laid end to end from a first start within 3 days: gaps of 0 minutes up to 2 days, so windows hold one, two or none. */
const events = fc.array(fc.record({
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2880 })),
  kind: fc.constantFrom('singleBolus' as const, 'stop' as const),
  minutes: fc.oneof(fc.integer({ min: 1, max: 1439 }), fc.constantFrom(1, 60, 1439)),
  stopMinutes: fc.oneof(fc.integer({ min: 1, max: 4320 }), fc.constantFrom(1440, 2880)),
  micro: fc.integer({ min: 1, max: 500_000 }),
}), { minLength: 1, maxLength: 3 });

describe('oneOff24h against the reference model', () => {
  it('[REQ-ONEOFF-006] [REQ-ONEOFF-002] the most and least of every 24 h window containing a one-off equal the reference model\'s brute-force search, exactly', () => {
    holds(
      fc.property(wireDailyProgram, fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 4320 }), events, (w, clockMinute, firstMinute, evs) => {
        const engine: OneOffEvent<Exact>[] = [];
        const reference: ReferenceOneOff[] = [];
        let t = firstMinute * 60;
        for (const e of evs) {
          t += e.gap * 60;
          const duration = (e.kind === 'stop' ? e.stopMinutes : e.minutes) * 60;
          if (e.kind === 'stop') {
            engine.push({ kind: 'stop', start: A.fromInteger(BigInt(t)), duration: A.fromInteger(BigInt(duration)) });
            reference.push({ kind: 'stop', start: Rational.of(BigInt(t)), duration: Rational.of(BigInt(duration)) });
          } else {
            // e.micro millionths of a mL (86.4 base volume units each)
            engine.push({ kind: 'singleBolus', start: A.fromInteger(BigInt(t)), duration: A.fromInteger(BigInt(duration)), volume: A.mul(A.fromInteger(BigInt(e.micro)), A.fromDecimalString('86.4')) });
            reference.push({ kind: 'singleBolus', start: Rational.of(BigInt(t)), duration: Rational.of(BigInt(duration)), volume: Rational.of(BigInt(e.micro), 1_000_000n) });
          }
          t += duration;
        }
        const clock = BigInt(clockMinute * 60);
        const got = oneOff24h(A, engineProgram(w), A.fromInteger(clock), engine);
        const want = oneOffExtremes(readWireProgram(w), Rational.of(clock), reference);
        expect(got).toBeDefined();
        expect(want).toBeDefined();
        if (got === undefined || want === undefined) return;
        const inMl = (f: { num: Exact; den: Exact }): string => asRational(f.num).div(asRational(f.den)).div(BASE_PER_ML).toString();
        expect(inMl(got.most)).toBe(want.most.toString());
        expect(inMl(got.least)).toBe(want.least.toString());
      }),
      fuzzProfile(30),
    );
  });
});
