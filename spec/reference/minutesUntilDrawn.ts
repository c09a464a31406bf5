import { Rational } from './Rational.js';
import type { ReferenceProgram } from './ReferenceProgram.js';
import { timeUntilDrawn } from './timeUntilDrawn.js';

/**
 * Whole minutes from the fill until `volume` (mL) has been drawn, earliest
 * case, rounded down: `floor(T / 60 s)` with `T` from {@link timeUntilDrawn}.
 * `undefined` when the program draws nothing.
 *
 * @example
 * import { minutesUntilDrawn } from './minutesUntilDrawn.js';
 * import { readWireProgram } from './readWireProgram.js';
 * import { Rational } from './Rational.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [] });
 * minutesUntilDrawn(p, Rational.ZERO, Rational.of(38n)); // 182400n
 *
 * Implements REQ-REF-007.
 * @since 0.1.0
 */
export function minutesUntilDrawn(program: ReferenceProgram, fillClock: Rational, volume: Rational): bigint | undefined {
  const t = timeUntilDrawn(program, fillClock, volume);
  return t === undefined ? undefined : t.div(Rational.of(60n)).floor();
}
