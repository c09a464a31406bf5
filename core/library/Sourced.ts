import type { Dimension } from '../quantity/dimension.js';

/**
 * How the domain files grade a fact, letter for letter:
 *
 * - drugs: `L` label text (FDA or EU); `P` Polyanalgesic Consensus Conference
 *   (PACC) as commonly cited, not checked against the papers' tables; `P*` PACC
 *   guidance corroborated by a secondary source that cites it; `O` another
 *   published source; `L/O` label and another source together;
 * - pumps: `C` the number stands in the cited public source; `A` approximate
 *   or inferred (never used in a calculation);
 * - drugs: `A` also marks a stability inferred from studies of admixtures that
 *   contain the drug (morphine alone): used only to shorten a refill
 *   interval, never to accept anything, and said to be an inference;
 * - `E`: a documented engine bound, not a fact of any source: no source gives
 *   the value, so the engine sets it (`source` is `"engine bound"`, `note`
 *   gives the rationale). Used only for absolute ceilings, never as a fact.
 *
 * @since 0.1.0
 */
export type Grade = 'L' | 'P' | 'P*' | 'O' | 'L/O' | 'C' | 'A' | 'E';

/**
 * How sure a value is, derived from its {@link Grade}:
 * `label` (L, L/O), `guideline` (P*), `unverified` (P: soft limits only,
 * never a hard one), `other` (O), `cited` (C), `approximate` (A: pumps: shown, never
 * used; drugs: an inferred stability that only shortens a refill), `engine` (E: a documented engine bound).
 *
 * @since 0.1.0
 */
export type Confidence = 'label' | 'guideline' | 'unverified' | 'other' | 'cited' | 'approximate' | 'engine';

/**
 * A number of the built-in libraries: a wire-format quantity string (parsed
 * with `parseQuantity` where it is used, so the library is readable and
 * diffable as text), its dimension, and where it comes from.
 *
 * @example
 * import type { SourcedValue } from './Sourced.js';
 * const max: SourcedValue<'doseRate'> = {
 *   value: '19.2 mcg/day', dim: 'doseRate', source: 'Prialt US label', grade: 'L', confidence: 'label',
 * };
 *
 * Implements REQ-LIB-001 (every number carries its source and confidence).
 * @since 0.1.0
 */
export interface SourcedValue<D extends Dimension = Dimension> {
  /** `"<decimal> <unit>"`, as on the wire. */
  readonly value: string;
  readonly dim: D;
  /** The citation, as the domain files give it. */
  readonly source: string;
  readonly grade: Grade;
  readonly confidence: Confidence;
  /** What the value means where that is not obvious from the field (region, condition, wording of the source). */
  readonly note?: string;
}

/**
 * A fact in words (a warning on a label, a dosing range that is not a limit),
 * with its source. Numbers in `text` are quoted from the source; the engine
 * does not compute with them.
 *
 * @example
 * import type { SourcedNote } from './Sourced.js';
 * const n: SourcedNote = { text: 'do not mix with other drugs in pump or catheter', source: 'Gablofen label', grade: 'L', confidence: 'label' };
 *
 * Implements REQ-LIB-001.
 * @since 0.1.0
 */
export interface SourcedNote {
  readonly text: string;
  readonly source: string;
  readonly grade: Grade;
  readonly confidence: Confidence;
}
