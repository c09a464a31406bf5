import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, minutesUntilDrawn, worst24hVolume, type DailyProgram, type Exact } from '../../core/index.js';
import { engineDrawCase, type EngineDrawCase } from '../_internals/engineDrawCase.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { KNOWN_DEVIATIONS } from '../_internals/knownDeviations.js';
import { holds } from '../_internals/holds.js';

/** The program with step `i` (modulo the number of steps) raised by `extra` base flow units. */
function raise(p: DailyProgram<Exact>, i: number, extra: Exact): DailyProgram<Exact> {
  const at = i % p.steps.length;
  return { ...p, steps: p.steps.map((s, j) => (j === at ? { start: s.start, flow: A.add(s.flow, extra) } : s)) };
}

const hasZeroFlow = (p: DailyProgram<Exact>): boolean => p.steps.some((s) => A.compare(s.flow, A.zero) === 0);

/**
 * Found by this property (seed 20260101, FUZZ_RUNS=30, after 3458 cases): 1 uL/day with one zero-flow minute at
 * 04:31; 60 base units are drawn at 00:01 exactly; raising the zero step by 0.001 uL/day moves the engine's
 * answer from 0 min to 1 min (the known zero-flow deviation, see knownDeviations.ts).
 */
const zeroStepRaised: EngineDrawCase = {
  program: { steps: [{ start: A.zero, flow: A.one }, { start: A.fromInteger(16_260n), flow: A.zero }, { start: A.fromInteger(16_320n), flow: A.one }], periodicBoluses: [] },
  fillClock: A.zero,
  volume: A.fromInteger(60n),
};

/** A positive flow increase: from 0.001 uL/day to 30 mL/day. */
const extraFlow = fc.oneof(fc.integer({ min: 1, max: 1000 }).map((k) => A.fromDecimalString(`0.00${k}`)), fc.integer({ min: 1, max: 30_000 }).map((k) => A.fromInteger(BigInt(k))));

describe('raising a basal step', () => {
  it('[REQ-DOSE-002] [REQ-RES-001] raising any step\'s flow never lowers the worst 24 h nor delays the reservoir alarm', () => {
    holds(
      fc.property(engineDrawCase, fc.nat(), extraFlow, ({ program, fillClock, volume }, i, extra) => {
        const raised = raise(program, i, extra);
        expect(A.compare(worst24hVolume(A, raised).volume, worst24hVolume(A, program).volume)).toBeGreaterThanOrEqual(0);
        const before = minutesUntilDrawn(A, program, fillClock, volume);
        const after = minutesUntilDrawn(A, raised, fillClock, volume);
        if (before === undefined) return;
        expect(after).toBeDefined();
        // Tolerated while reported: the engine's zero-flow rule (one minute early at a whole minute) stops applying once no step is zero.
        const allowance = KNOWN_DEVIATIONS.zeroFlowWholeMinuteOneEarly && hasZeroFlow(program) && !hasZeroFlow(raised) ? A.one : A.zero;
        expect(A.compare(after ?? A.zero, A.add(before, allowance))).toBeLessThanOrEqual(0);
      }),
      fuzzProfile<[EngineDrawCase, number, Exact]>(150, { examples: [[zeroStepRaised, 1, A.fromDecimalString('0.001')]] }),
    );
  });
});
