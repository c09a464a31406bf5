/**
 * Disagreements between the engine and its requirements that the
 * properties have found, that have been reported, and that the properties
 * tolerate (exactly, and nothing wider) until they are decided. Setting an
 * entry to `false` makes every property that tolerates it strict again.
 *
 * - `zeroFlowWholeMinuteOneEarly`: when any basal step has zero flow,
 *   `minutesUntilDrawn` returns the largest minute m with draw(m) < volume,
 *   which is one minute before floor(T / 1 min) when the exact instant T is a
 *   whole minute (REQ-RES-001 says floored to the minute). Safe side (an
 *   earlier alarm), but it also makes raising a zero-flow step to a positive
 *   one move that time one minute *later*. First found by the differential
 *   property (seed 20260101): zero flow until 12:00, then 0.001 mL/day, fill
 *   at 00:00, 60 base units (1/1440 uL) are drawn at 12:01 exactly; the
 *   engine says 720 min, the reference 721 min.
 *
 * @example
 * import { KNOWN_DEVIATIONS } from './knownDeviations.js';
 * KNOWN_DEVIATIONS.zeroFlowWholeMinuteOneEarly; // true while tolerated
 *
 * Implements REQ-FUZZ-003.
 * @since 0.1.0
 */
export const KNOWN_DEVIATIONS = {
  zeroFlowWholeMinuteOneEarly: true,
} as const;
