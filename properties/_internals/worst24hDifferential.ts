import fc from 'fast-check';
import { decimalArithmetic as A, type DailyProgram, type Exact, type ExactArithmetic, type VolumeBound } from '../../core/index.js';
import { Rational } from '../../spec/reference/Rational.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import type { WireDailyProgram } from '../../spec/reference/WireDailyProgram.js';
import { worst24h } from '../../spec/reference/worst24h.js';
import { engineProgram } from './engineProgram.js';
import { wireDailyProgram } from './wireDailyProgram.js';

/** Base volume units (1/86400 uL) in one mL. */
export const BASE_PER_ML = Rational.of(86_400_000n);

/** A worst-24 h function with the engine's signature: the real one or a mutant. */
export type WorstFunction = (A: ExactArithmetic<Exact>, program: DailyProgram<Exact>) => VolumeBound<Exact>;

/** An engine value (base units) as a reference rational, read from its exact decimal text. */
export const asRational = (x: Exact): Rational => Rational.fromDecimal(A.toDecimalString(x));

/**
 * The differential property for the worst 24 h: on every generated wire
 * program, `worst` (given the program as the engine reads it) equals the
 * reference model's worst 24 h (given the same program as the reference
 * reads it), except that a bound the engine reports as rounded may be above
 * the reference by less than one base volume unit (1/86400 uL: the one
 * fractional patient bolus rounded up), never below.
 *
 * @example
 * import fc from 'fast-check';
 * import { worst24hVolume } from '../../core/index.js';
 * import { worst24hDifferential } from './worst24hDifferential.js';
 * fc.assert(worst24hDifferential(worst24hVolume), { seed: 1, numRuns: 10 });
 *
 * Implements REQ-DOSE-002, REQ-DOSE-003, REQ-ROUND-003, REQ-FUZZ-003.
 * @since 0.1.0
 */
export function worst24hDifferential(worst: WorstFunction, programs: fc.Arbitrary<WireDailyProgram> = wireDailyProgram): fc.IPropertyWithHooks<[WireDailyProgram]> {
  return fc.property(programs, (w) => {
    const ref = worst24h(readWireProgram(w));
    const expected = ref.volume.mul(BASE_PER_ML);
    const got = worst(A, engineProgram(w));
    const actual = asRational(got.volume);
    const excess = actual.sub(expected);
    const ok = got.rounded ? excess.ge(Rational.ZERO) && excess.lt(Rational.ONE) : excess.isZero();
    if (!ok) {
      throw new Error(
        `worst 24 h: engine ${actual.toString()} (rounded: ${String(got.rounded)}), reference ${expected.toString()} base units; `
        + `reference patient presses at [${ref.patient.presses.map(String).join(', ')}] s on a ${ref.patient.grid.toString()} s grid, `
        + `worst scheduled window from ${ref.scheduled.mostAt.toString()} s`,
      );
    }
  });
}
