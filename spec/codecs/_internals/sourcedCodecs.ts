import { confidenceOf, MAX_SITE_TEXT, type Dimension, type Grade, type InputBound, type SourcedNote, type SourcedValue } from '../../../core/index.js';
import { enumCodec } from '../enumCodec.js';
import { mapCodec } from '../mapCodec.js';
import { nonEmptyStringCodec } from '../nonEmptyStringCodec.js';
import type { Sign } from '../quantityCodec.js';
import { strictObject } from '../strictObject.js';
import type { WireCodec } from '../WireCodec.js';
import { quantityText } from './quantityText.js';

/**
 * The grades a library file may use, a non-empty list: a site file's
 * (`SITE_GRADES`), or every grade for the built-in tables.
 *
 * Implements REQ-SITE-011.
 * @since 0.1.0
 */
export type Grades = readonly [Grade, ...Grade[]];

/**
 * A sourced number of a library file, `{ value, source, grade, note? }`: the
 * value a quantity of `dim` and `sign` within `bound` (kept as the string
 * given), the source required, the grade one of `grades` (the confidence
 * follows from it); decoded as the library holds it (`dim`, `confidence`).
 */
export function sourcedValueCodec<D extends Dimension>(name: string, dim: D, bound: InputBound<Dimension>, grades: Grades, sign: Sign = 'positive'): WireCodec<SourcedValue<D>> {
  return mapCodec(strictObject(name, {
    value: quantityText(dim, bound, sign),
    source: nonEmptyStringCodec(MAX_SITE_TEXT),
    grade: enumCodec(grades),
  }, { note: nonEmptyStringCodec(MAX_SITE_TEXT) }), (f): SourcedValue<D> => ({
    value: f.value, dim, source: f.source, grade: f.grade, confidence: confidenceOf(f.grade),
    ...(f.note === undefined ? {} : { note: f.note }),
  }));
}

/** A sourced fact in words of a library file, `{ text, source, grade }`, decoded as the library holds it (with its confidence). */
export function sourcedNoteCodec(grades: Grades): WireCodec<SourcedNote> {
  return mapCodec(strictObject('SourcedNote', {
    text: nonEmptyStringCodec(MAX_SITE_TEXT),
    source: nonEmptyStringCodec(MAX_SITE_TEXT),
    grade: enumCodec(grades),
  }), (n): SourcedNote => ({ text: n.text, source: n.source, grade: n.grade, confidence: confidenceOf(n.grade) }));
}
