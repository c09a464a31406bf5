import { patientBolusMost, type PatientBolusMost } from './patientBolusMost.js';
import { Rational } from './Rational.js';
import type { ReferenceProgram } from './ReferenceProgram.js';
import { windowExtremes, type WindowExtremes } from './windowExtremes.js';

/** The reference worst 24 h: the total (mL) and its two parts, with the windows and presses that reach them. */
export interface ReferenceWorst24h {
  readonly volume: Rational;
  readonly scheduled: WindowExtremes;
  readonly patient: PatientBolusMost;
}

/**
 * The most volume (mL) the program can deliver in any 24-hour window: the
 * worst window of the scheduled delivery (basal and periodic boluses,
 * {@link windowExtremes}) plus the most the patient can take in one window
 * ({@link patientBolusMost}). Adding the two maxima is exact, not a bound:
 * the patient may press at any time, so the patient's best is available in
 * every window, the worst scheduled one included.
 *
 * @example
 * import { worst24h } from './worst24h.js';
 * import { readWireProgram } from './readWireProgram.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [],
 *   patientBolus: { volume: '0.01 mL', duration: '10 min', lockout: '4 h', maxPerDay: 4 } });
 * worst24h(p).volume.toString(); // "17/50"  (0.34 mL)
 *
 * Implements REQ-REF-005, REQ-REF-006.
 * @since 0.1.0
 */
export function worst24h(program: ReferenceProgram): ReferenceWorst24h {
  const scheduled = windowExtremes(program);
  const patient = patientBolusMost(program);
  return { volume: scheduled.most.add(patient.volume), scheduled, patient };
}
