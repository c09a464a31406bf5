import { DOSES, LIMIT_APPLIED, PROGRAM, RESERVOIR, ROUNDING, TITRATION, WORST_LEAST } from './compileParts.js';

import { array, byName, either, object, oneOf, quantityText, type Static } from './Shape.js';

/** A one-off event as the pump runs it: a single bolus, or a stop. */
const ONE_OFF_EVENT = either(
  object({ kind: oneOf(['singleBolus'] as const), after: quantityText('time'), volume: quantityText('volume'), duration: quantityText('time') }),
  object({ kind: oneOf(['stop'] as const), after: quantityText('time'), for: quantityText('time') }),
);

/**
 * The fields of a `compile` answer (between `ok` and `warnings`): wire format
 * v1's `program`, `doses`, `reservoir`, and what shaped them.
 *
 * Implements REQ-SCHEMA-002, REQ-WIRE-010.
 * @since 0.1.0
 */
export const COMPILE_RESPONSE = object({
  pumpKind: oneOf(['programmable', 'fixed-rate'] as const),
  program: PROGRAM,
  doses: DOSES,
  reservoir: RESERVOIR,
  roundings: array(ROUNDING),
  limitsApplied: array(LIMIT_APPLIED),
  titration: array(TITRATION),
}, {
  oneOff: object({
    program: array(ONE_OFF_EVENT, 'the one-off events as the pump runs them (from the fill)'),
    doses: byName(WORST_LEAST, 'per drug, over every 24 h window that holds part of a one-off'),
  }),
});

/** A `compile` answer's fields, as the encoder returns them. @since 0.1.0 */
export type CompileResponse = Static<typeof COMPILE_RESPONSE>;
