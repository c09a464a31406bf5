import { deliveryPieces } from './deliveryPieces.js';
import { earliestPresses } from './earliestPresses.js';
import { Rational } from './Rational.js';
import { periodOf, type ReferenceProgram } from './ReferenceProgram.js';
import { volumeBetween } from './volumeBetween.js';

/**
 * The volume (mL) drawn from the reservoir in the first `t` seconds after a
 * fill at clock time `fillClock` (s after midnight, below 24 h), with every
 * patient bolus taken as early as allowed ({@link earliestPresses}): the
 * scheduled pieces of every clock day the span touches plus every patient
 * bolus's part inside `[0, t)`.
 *
 * @example
 * import { drawnBy } from './drawnBy.js';
 * import { readWireProgram } from './readWireProgram.js';
 * import { Rational } from './Rational.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [] });
 * drawnBy(p, Rational.of(3600n), Rational.of(2n * 86_400n)).toString(); // "3/5"
 *
 * Implements REQ-REF-007.
 * @since 0.1.0
 */
export function drawnBy(program: ReferenceProgram, fillClock: Rational, t: Rational): Rational {
  const lastDay = Number(fillClock.add(t).div(periodOf(program)).floor()) + 1;
  const scheduled = volumeBetween(deliveryPieces(program, -1, lastDay), fillClock, fillClock.add(t));
  const pb = program.patientBolus;
  if (pb === undefined) return scheduled;
  const rate = pb.volume.div(pb.duration);
  const patient = earliestPresses(program, t).map((p) => ({ from: p, to: p.add(pb.duration), rate }));
  return scheduled.add(volumeBetween(patient, Rational.ZERO, t));
}
