import { DOSES, LIMIT_APPLIED, PROGRAM, RESERVOIR, ROUNDING, TITRATION } from './compileParts.js';
import { array, object, oneOf, type Static } from './Shape.js';

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
});

/** A `compile` answer's fields, as the encoder returns them. @since 0.1.0 */
export type CompileResponse = Static<typeof COMPILE_RESPONSE>;
