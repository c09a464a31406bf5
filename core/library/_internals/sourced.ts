import type { Dimension } from '../../quantity/dimension.js';
import type { Grade, SourcedNote, SourcedValue } from '../Sourced.js';
import { confidenceOf } from '../confidenceOf.js';

/** The two PACC editions the domain file cites, with their references. */
export const PACC_2012 = 'PACC 2012 (Deer et al., Neuromodulation 2012;15:436-466)';
/** @see PACC_2012 */
export const PACC_2017 = 'PACC 2017 (Deer et al., Neuromodulation 2017;20:96-132)';

/** A sourced number; the confidence follows from the grade. */
export function sv<D extends Dimension>(grade: Grade, value: string, dim: D, source: string, note?: string): SourcedValue<D> {
  const base = { value, dim, source, grade, confidence: confidenceOf(grade) };
  return note === undefined ? base : { ...base, note };
}

/** A sourced fact in words. */
export function sn(grade: Grade, text: string, source: string): SourcedNote {
  return { text, source, grade, confidence: confidenceOf(grade) };
}
