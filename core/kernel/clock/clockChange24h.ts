import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import type { DailyProgram } from '../DailyProgram.js';
import { transition24h, type Window24hVolumes } from './transition24h.js';

/**
 * The most and the least volume a time-of-day program delivers in any
 * real-time 24-hour window across a pump clock change: at the instant the
 * clock reads `clockAt` (s after midnight) it is set to `clockAt + jump`
 * (`jump` in s: +3600 for a daylight-saving spring-forward, −3600 for the
 * autumn set-back, up to ±12 h and more for travel). Setting the clock back
 * repeats a stretch of the program (more drug in some window), forward skips
 * one (less). See `transition24h` for the semantics of steps and boluses.
 *
 * @example
 * import { clockChange24h } from './clockChange24h.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // flex: 0.48 mL/day, except 1.44 mL/day from 01:00 to 02:00; clock set back at 02:00
 * const flex = { steps: [{ start: A.zero, flow: A.fromInteger(480n) }, { start: A.fromInteger(3_600n), flow: A.fromInteger(1_440n) }, { start: A.fromInteger(7_200n), flow: A.fromInteger(480n) }], periodicBoluses: [] };
 * const r = clockChange24h(A, flex, A.fromInteger(7_200n), A.fromInteger(-3_600n));
 * A.toDecimalString(r.worst.value); // "48384000"  (0.56 mL: 280 mcg of baclofen at 500 mcg/mL instead of 260 mcg)
 *
 * Implements REQ-CLOCK-001, REQ-CLOCK-002.
 * @since 0.1.0
 */
export function clockChange24h<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, clockAt: N, jump: N): Window24hVolumes<N> {
  return transition24h(A, { before: program, clockBefore: clockAt, after: program, clockAfter: A.add(clockAt, jump) });
}
