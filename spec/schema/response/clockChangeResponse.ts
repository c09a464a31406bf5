import { DOSES, LIMIT_APPLIED, PROGRAM, WEEKDAY, WORST_LEAST } from './compileParts.js';
import { array, byName, clockText, object, quantityText, type Static } from './Shape.js';

/**
 * The fields of a `clock-change` answer: the change, and every drug's worst
 * and least real-time 24 h across it beside a normal day's
 * (docs/wire-extensions.md). A week program's change also names its
 * weekday (`on`) and the weekday the clock reads after it (`newOn`).
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export const CLOCK_CHANGE_RESPONSE = object({
  clockChange: object({ at: clockText, jump: quantityText('time'), newClock: clockText }, { on: WEEKDAY, newOn: WEEKDAY }),
  acrossChange: byName(WORST_LEAST, 'per drug, over every real-time 24 h window across the change'),
  normal: byName(WORST_LEAST, 'per drug, on a normal day'),
  program: PROGRAM,
  doses: DOSES,
  limitsApplied: array(LIMIT_APPLIED),
});

/** A `clock-change` answer's fields. @since 0.1.0 */
export type ClockChangeResponse = Static<typeof CLOCK_CHANGE_RESPONSE>;
