import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeVolume, dailyVolume, decimalArithmetic as D, least24hVolume, minutesUntilDrawn, worst24hVolume, type DailyProgram, type Exact } from '../../core/index.js';
import { peakFlow } from '../../core/kernel/peakFlow.js';
import { isExact } from '../../core/arith/decimalArithmetic.js';
import { scaledArithmetic as S, type Scaled } from '../../core/arith/scaledArithmetic.js';
import { params } from '../_fuzz.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import { holds } from '../_internals/holds.js';

// REQ-ARITH-003: the scaled-integer arithmetic (the kernel's fast path) gives exactly the answers of
// decimal.js, operation by operation and kernel function by kernel function.

/** A decimal as text: n / 10^k. */
const decimalText = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 15 })).map(([n, k]) => {
  const neg = n < 0n;
  const s = (neg ? -n : n).toString().padStart(k + 1, '0');
  return `${neg ? '-' : ''}${k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`}`;
});

const isScaled = (x: unknown): x is Scaled => typeof x === 'object' && x !== null && typeof (x as Scaled).n === 'bigint' && typeof (x as Scaled).d === 'bigint';

/** Any kernel result as plain text: each number by its own printer, so the two paths compare by value. */
function text(x: unknown): unknown {
  if (isExact(x)) return D.toDecimalString(x as Exact).replace(/^-0$/, '0');
  if (isScaled(x)) return S.toDecimalString(x);
  if (Array.isArray(x)) return x.map(text);
  if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, text(v)]));
  return x;
}

/** The same program with every number moved to the scaled arithmetic through its exact decimal text. */
function scaledProgram(p: DailyProgram<Exact>): DailyProgram<Scaled> {
  const s = (x: Exact): Scaled => S.fromDecimalString(D.toDecimalString(x));
  const pb = p.patientBolus;
  return {
    steps: p.steps.map((x) => ({ start: s(x.start), flow: s(x.flow) })),
    periodicBoluses: p.periodicBoluses.map((b) => ({ start: s(b.start), volume: s(b.volume), duration: s(b.duration) })),
    ...(pb === undefined ? {} : { patientBolus: { volume: s(pb.volume), duration: s(pb.duration), lockout: s(pb.lockout), maxPerDay: s(pb.maxPerDay) } }),
  };
}

describe('the scaled-integer fast path', () => {
  it('[REQ-ARITH-003] every operation gives the decimal.js answer exactly', () => {
    holds(
      fc.property(decimalText, decimalText, (x, y) => {
        const [a, b, p, q] = [D.fromDecimalString(x), D.fromDecimalString(y), S.fromDecimalString(x), S.fromDecimalString(y)];
        expect(S.toDecimalString(p)).toBe(text(a));
        expect(S.toDecimalString(S.add(p, q))).toBe(text(D.add(a, b)));
        expect(S.toDecimalString(S.sub(p, q))).toBe(text(D.sub(a, b)));
        expect(S.toDecimalString(S.mul(p, q))).toBe(text(D.mul(a, b)));
        expect(S.compare(p, q)).toBe(D.compare(a, b));
        expect(S.isInteger(p)).toBe(D.isInteger(a));
        if (D.compare(b, D.zero) > 0) {
          expect(S.toDecimalString(S.floorDiv(p, q))).toBe(text(D.floorDiv(a, b)));
          expect(S.toDecimalString(S.ceilDiv(p, q))).toBe(text(D.ceilDiv(a, b)));
        }
      }),
      params(1000),
    );
  });

  it('[REQ-ARITH-003] the kernel gives the same worst and least 24 h, daily volume, peak flow, cumulative volume and reservoir times on both', () => {
    holds(
      fc.property(wireDailyProgram, fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 500_000 }), (w, fillMinute, volumeUl) => {
        const d = engineProgram(w);
        const s = scaledProgram(d);
        const fill = BigInt(fillMinute * 60);
        const volume = BigInt(volumeUl) * 86_400n;
        expect(text(worst24hVolume(S, s))).toEqual(text(worst24hVolume(D, d)));
        expect(text(least24hVolume(S, s))).toEqual(text(least24hVolume(D, d)));
        expect(text(dailyVolume(S, s))).toEqual(text(dailyVolume(D, d)));
        expect(text(peakFlow(S, s))).toEqual(text(peakFlow(D, d)));
        expect(text(cumulativeVolume(S, s, S.fromInteger(fill), S.fromInteger(200_000n)))).toEqual(text(cumulativeVolume(D, d, D.fromInteger(fill), D.fromInteger(200_000n))));
        expect(text(minutesUntilDrawn(S, s, S.fromInteger(fill), S.fromInteger(volume)))).toEqual(text(minutesUntilDrawn(D, d, D.fromInteger(fill), D.fromInteger(volume))));
      }),
      params(150),
    );
  });
});
