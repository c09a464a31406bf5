import type { Exact } from '../arith/decimalArithmetic.js';
import type { Region } from '../library/drugs.js';
import type { Confidence } from '../library/Sourced.js';
import type { Quantity } from '../quantity/Quantity.js';

/** The exact numbers behind a {@link LimitApplied}: limit, value checked, and margin (limit − checked), all of one dimension. */
export type LimitComparison =
  | { readonly dim: 'mass'; readonly limit: Quantity<'mass', Exact>; readonly checked: Quantity<'mass', Exact>; readonly margin: Quantity<'mass', Exact> }
  | { readonly dim: 'concentration'; readonly limit: Quantity<'concentration', Exact>; readonly checked: Quantity<'concentration', Exact>; readonly margin: Quantity<'concentration', Exact> };

/**
 * One limit a dose was checked against, with its source, so that every limit
 * that shaped a verdict is reported (the fields `drug`, `limit`, `value`,
 * `checked`, `source` and `outcome` match the compile response's limit records).
 *
 * Daily limits compare the worst 24 h (a mass) with the daily maximum times
 * one day; `margin` is the limit minus the value checked, negative when
 * exceeded.
 *
 * @example
 * import type { LimitApplied } from './LimitApplied.js';
 * // ziconotide at a worst 24 h of 30 mcg:
 * // { drug: 'ziconotide', strength: 'hard', kind: 'maxDaily', limit: 'hard maxDaily', value: '19.2 mcg/day',
 * //   checked: '30 mcg', margin: '-10.8 mcg', source: 'Prialt US label', confidence: 'label', region: 'US', outcome: 'exceeded', ... }
 *
 * Implements REQ-LIB-008.
 * @since 0.1.0
 */
export interface LimitApplied {
  readonly drug: string;
  /** `absolute`: an absolute ceiling (REQ-LIMIT-104), which nothing passes. */
  readonly strength: 'absolute' | 'hard' | 'soft' | 'prescriber';
  readonly kind: 'maxDaily' | 'maxConcentration' | 'maxBolus';
  /** `"<strength> <kind>"`, e.g. `"soft maxDaily"`. */
  readonly limit: string;
  /** The limit in wire form, as the library (or the request) states it. */
  readonly value: string;
  /** The value compared: the worst 24 h (`"30 mcg"`), the concentration or the bolus dose. */
  readonly checked: string;
  /** `value − checked`, in the unit of `checked`; negative when exceeded. */
  readonly margin: string;
  readonly source: string;
  /** The library's confidence in the value; `prescriber` for the request's own ceiling. */
  readonly confidence: Confidence | 'prescriber';
  readonly region?: Region;
  /** `within`; `exceeded` (refused); `overridden` (a soft limit exceeded under an override with a reason). */
  readonly outcome: 'within' | 'exceeded' | 'overridden';
  readonly overrideReason?: string;
  /** Why the verdict is not the plain comparison (e.g. an approved product concentration is never flagged by a soft limit). */
  readonly note?: string;
  readonly exact: LimitComparison;
}
