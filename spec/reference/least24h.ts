import type { Rational } from './Rational.js';
import type { ReferenceProgram } from './ReferenceProgram.js';
import { windowExtremes } from './windowExtremes.js';

/**
 * The least volume (mL) the program delivers in any 24-hour window: the
 * least window of the scheduled delivery; patient boluses are optional and
 * count for nothing.
 *
 * @example
 * import { least24h } from './least24h.js';
 * import { readWireProgram } from './readWireProgram.js';
 * least24h(readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [] })).toString(); // "3/10"
 *
 * Implements REQ-REF-005.
 * @since 0.1.0
 */
export function least24h(program: ReferenceProgram): Rational {
  return windowExtremes(program).least;
}
