import { Rational } from './Rational.js';
import { DAY, type ReferenceProgram } from './ReferenceProgram.js';

/**
 * The patient-bolus starts (s after the fill) when the patient presses as
 * early as ever allowed, first at the fill, up to (not including) `until`.
 *
 * Each press is the earliest time that keeps both rules for the presses so
 * far: at least `lockout` after the previous press, and with at most
 * `maxPerDay` starts in any half-open 24 h, i.e. the new press and the
 * `maxPerDay` before it must not share a half-open 24 h, so it comes no
 * earlier than 24 h after the `maxPerDay`-th previous press. Pressing any
 * press earlier would break a rule; pressing one later only delays the rest.
 *
 * @example
 * import { earliestPresses } from './earliestPresses.js';
 * import { readWireProgram } from './readWireProgram.js';
 * import { Rational } from './Rational.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0 mL/day' }], periodicBoluses: [],
 *   patientBolus: { volume: '0.01 mL', duration: '10 min', lockout: '4 h', maxPerDay: 2 } });
 * earliestPresses(p, Rational.of(2n * 86_400n)).map(String); // ["0", "14400", "86400", "100800"]
 *
 * Implements REQ-REF-007 (reference earliest-case reservoir draw).
 * @since 0.1.0
 */
export function earliestPresses(program: ReferenceProgram, until: Rational): Rational[] {
  const pb = program.patientBolus;
  const presses: Rational[] = [];
  if (pb === undefined || pb.maxPerDay === 0) return presses;
  let next = Rational.ZERO;
  while (next.lt(until)) {
    presses.push(next);
    const afterLockout = next.add(pb.lockout);
    const nthBack = presses[presses.length - pb.maxPerDay]; // the maxPerDay-th most recent press, the new one included
    next = nthBack === undefined ? afterLockout : Rational.max(afterLockout, nthBack.add(DAY));
  }
  return presses;
}
