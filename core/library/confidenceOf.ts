import type { Confidence, Grade } from './Sourced.js';

const CONFIDENCE_OF: Readonly<Record<Grade, Confidence>> = Object.freeze({
  L: 'label',
  'L/O': 'label',
  'P*': 'guideline',
  P: 'unverified',
  O: 'other',
  C: 'cited',
  A: 'approximate',
  E: 'engine',
});

/**
 * The confidence a grade of the domain files maps to (the built-in library
 * and site libraries use the same table).
 *
 * @example
 * import { confidenceOf } from './confidenceOf.js';
 * confidenceOf('P'); // "unverified"
 *
 * Implements REQ-LIB-001, REQ-SITE-002.
 * @since 0.1.0
 */
export function confidenceOf(grade: Grade): Confidence {
  return CONFIDENCE_OF[grade];
}
