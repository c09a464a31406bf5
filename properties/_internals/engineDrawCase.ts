import fc from 'fast-check';
import { cumulativeVolume, decimalArithmetic as A, type DailyProgram, type Exact } from '../../core/index.js';
import { engineProgram } from './engineProgram.js';
import { wireDailyProgram } from './wireDailyProgram.js';

/** An engine program with a fill clock time (s) and a volume to draw (base units). */
export interface EngineDrawCase {
  readonly program: DailyProgram<Exact>;
  readonly fillClock: Exact;
  readonly volume: Exact;
}

/**
 * Random reservoir cases for the engine alone (metamorphic properties, which
 * compare the engine with itself): a generated program, a fill at any minute
 * of the day, and a volume the program draws by a random instant within ten
 * days, nudged by up to 2 base units either way.
 *
 * @example
 * import fc from 'fast-check';
 * import { engineDrawCase } from './engineDrawCase.js';
 * const [c] = fc.sample(engineDrawCase, { seed: 1, numRuns: 1 });
 *
 * Implements REQ-FUZZ-003.
 * @since 0.1.0
 */
export const engineDrawCase: fc.Arbitrary<EngineDrawCase> = fc
  .record({
    wire: wireDailyProgram,
    fillMinute: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constantFrom(0, 1439)),
    at: fc.oneof(fc.integer({ min: 0, max: 14_400 }).map((m) => m * 60), fc.integer({ min: 0, max: 864_000 })),
    nudge: fc.integer({ min: -2, max: 2 }),
  })
  .map(({ wire, fillMinute, at, nudge }) => {
    const program = engineProgram(wire);
    const fillClock = A.fromInteger(BigInt(fillMinute * 60));
    const drawn = A.floorDiv(cumulativeVolume(A, program, fillClock, A.fromInteger(BigInt(at))), A.one);
    const v = A.add(drawn, A.fromInteger(BigInt(nudge)));
    return { program, fillClock, volume: A.compare(v, A.zero) < 0 ? A.zero : v };
  });
