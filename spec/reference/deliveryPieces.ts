import { Rational } from './Rational.js';
import { periodOf, type ReferenceProgram } from './ReferenceProgram.js';

/** Delivery at a constant `rate` (mL/s) over the half-open time span `[from, to)` (s). */
export interface Piece {
  readonly from: Rational;
  readonly to: Rational;
  readonly rate: Rational;
}

/**
 * The program's basal and periodic-bolus delivery laid out day by day, from
 * the midnight starting day `firstDay` to the midnight ending day `lastDay`
 * (day 0 starts at time 0): one piece per basal step per day and one per
 * periodic bolus per day (a bolus is delivered evenly, so its rate is its
 * volume over its duration). Pieces may overlap (a bolus on top of the
 * basal); the delivery rate at an instant is the sum of the pieces covering
 * it. Patient boluses are not included: they depend on the patient.
 *
 * Start one day early to include a bolus from the day before that runs past
 * midnight. For a program with a `period` (a week program) the "days" are
 * periods: period `k` starts at `k × period`.
 *
 * @example
 * import { deliveryPieces } from './deliveryPieces.js';
 * import { readWireProgram } from './readWireProgram.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [] });
 * deliveryPieces(p, 0, 1).length; // 2  (one step on day 0 and on day 1)
 *
 * Implements REQ-REF-004 (delivery as explicit constant-rate pieces).
 * @since 0.1.0
 */
export function deliveryPieces(program: ReferenceProgram, firstDay: number, lastDay: number): Piece[] {
  const pieces: Piece[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    // the start of period `day` (a day, or a week for a week program)
    const midnight = periodOf(program).mul(Rational.of(BigInt(day)));
    for (const s of program.steps) {
      pieces.push({ from: midnight.add(s.start), to: midnight.add(s.end), rate: s.rate });
    }
    for (const b of program.periodicBoluses) {
      const from = midnight.add(b.start);
      pieces.push({ from, to: from.add(b.duration), rate: b.volume.div(b.duration) });
    }
  }
  return pieces;
}
