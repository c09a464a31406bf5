import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, least24hVolume, minutesUntilDrawn, worst24hVolume, type DailyProgram, type Exact } from '../../core/index.js';
import { engineDrawCase } from '../_internals/engineDrawCase.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { holds } from '../_internals/holds.js';

const DAY = A.fromInteger(86_400n);

/**
 * The program with step `i` (modulo the number of steps) split in two at a
 * whole second strictly inside it, both halves at the same flow; `undefined`
 * when that step is one second long.
 */
function split(p: DailyProgram<Exact>, i: number, where: number): DailyProgram<Exact> | undefined {
  const at = i % p.steps.length;
  const step = p.steps[at];
  if (step === undefined) return undefined;
  const end = p.steps[at + 1]?.start ?? DAY;
  const inner = A.sub(A.sub(end, step.start), A.one); // whole seconds strictly inside
  if (A.compare(inner, A.one) < 0) return undefined;
  const offset = A.add(A.sub(A.fromInteger(BigInt(where)), A.mul(A.floorDiv(A.fromInteger(BigInt(where)), inner), inner)), A.one);
  const steps = [...p.steps.slice(0, at + 1), { start: A.add(step.start, offset), flow: step.flow }, ...p.steps.slice(at + 1)];
  return { ...p, steps };
}

const text = (x: Exact | undefined): string => (x === undefined ? 'never' : A.toDecimalString(x));

describe('splitting a basal step', () => {
  it('[REQ-DOSE-002] [REQ-DOSE-004] [REQ-RES-001] splitting a step into two of the same flow changes neither 24 h bound nor the reservoir time', () => {
    holds(
      fc.property(engineDrawCase, fc.nat(), fc.nat(), ({ program, fillClock, volume }, i, where) => {
        const halves = split(program, i, where);
        fc.pre(halves !== undefined);
        if (halves === undefined) return;
        const w0 = worst24hVolume(A, program);
        const w1 = worst24hVolume(A, halves);
        expect([text(w1.volume), w1.rounded]).toEqual([text(w0.volume), w0.rounded]);
        expect(text(least24hVolume(A, halves).volume)).toBe(text(least24hVolume(A, program).volume));
        expect(text(minutesUntilDrawn(A, halves, fillClock, volume))).toBe(text(minutesUntilDrawn(A, program, fillClock, volume)));
      }),
      fuzzProfile(150),
    );
  });
});
