import type { Dimension } from '../../quantity/dimension.js';
import type { Confidence, Grade, SourcedNote, SourcedValue } from '../Sourced.js';

/** The confidence each grade of the domain files maps to. */
const CONFIDENCE_OF: Readonly<Record<Grade, Confidence>> = {
  L: 'label',
  'L/O': 'label',
  'P*': 'guideline',
  P: 'unverified',
  O: 'other',
  C: 'cited',
  A: 'approximate',
  E: 'engine',
};

/** The two PACC editions the domain file cites, with their references. */
export const PACC_2012 = 'PACC 2012 (Deer et al., Neuromodulation 2012;15:436-466)';
/** @see PACC_2012 */
export const PACC_2017 = 'PACC 2017 (Deer et al., Neuromodulation 2017;20:96-132)';

/** A sourced number; the confidence follows from the grade. */
export function sv<D extends Dimension>(grade: Grade, value: string, dim: D, source: string, note?: string): SourcedValue<D> {
  const base = { value, dim, source, grade, confidence: CONFIDENCE_OF[grade] };
  return note === undefined ? base : { ...base, note };
}

/** A sourced fact in words. */
export function sn(grade: Grade, text: string, source: string): SourcedNote {
  return { text, source, grade, confidence: CONFIDENCE_OF[grade] };
}
