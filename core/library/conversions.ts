import type { Confidence, Grade, SourcedNote } from './Sourced.js';
import { sn } from './_internals/sourced.js';
import { hasOwn, ownTable } from '../request/ownProperties.js';

/** A route of administration the `convert` command knows, most systemic first. */
export type Route = 'oral' | 'intravenous' | 'epidural' | 'intrathecal';

/**
 * Every route, from the least to the most potent per milligram.
 *
 * @example
 * import { ROUTES } from './conversions.js';
 * ROUTES.indexOf('intrathecal'); // 3 (300 mg oral ≈ 1 mg intrathecal)
 *
 * Implements REQ-CONV-002.
 * @since 0.1.0
 */
export const ROUTES: readonly Route[] = ['oral', 'intravenous', 'epidural', 'intrathecal'];

/** A dimensionless number (a plain decimal string, `-?[0-9]+(\.[0-9]+)?`) with its source. */
export interface SourcedRatio {
  readonly value: string;
  readonly source: string;
  readonly grade: Grade;
  readonly confidence: Confidence;
}

/**
 * An equianalgesic chain for one drug: the doses by each route that are taken
 * as equivalent, in parts (oral : intravenous : epidural : intrathecal). The
 * ratio from route `a` to route `b` is `parts[a] / parts[b]`; the dose by `b`
 * is the dose by `a` divided by that ratio.
 */
export interface ConversionChain {
  readonly drug: string;
  readonly parts: Readonly<Record<Route, SourcedRatio>>;
  /** A second source that agrees with part of the chain. */
  readonly corroboration: SourcedNote;
  /**
   * The oral-to-intrathecal ratios reported in patients (ratios clinicians
   * prescribed with, and ratios reported in case series): the default is a
   * starting point only.
   */
  readonly observedOralToIntrathecal: { readonly low: SourcedRatio; readonly high: SourcedRatio; readonly detail: SourcedNote };
}

const KRAMES = 'Krames (classic morphine ratio oral : intravenous : epidural : intrathecal = 300 : 100 : 10 : 1)';
const OBSERVED = 'Utah cohort of 275, Neuromodulation 2021;24(7):1157-66 (prescribing ratios: median 105.5:1, range 75-150:1); a Japanese series of 8, 2023 (10:1 to 125:1)';
const part = (value: string): SourcedRatio => ({ value, source: KRAMES, grade: 'O', confidence: 'other' });
const observed = (value: string): SourcedRatio => ({ value, source: OBSERVED, grade: 'O', confidence: 'other' });

/**
 * The opioid conversion chains of the library (morphine only: no other drug's
 * chain is published in the library's sources), keyed by drug name. A
 * converted dose is a starting point: it may raise a soft limit, never define
 * a hard one, and every conversion reports the ratio and the source it used.
 *
 * @example
 * import { CONVERSION_CHAINS } from './conversions.js';
 * CONVERSION_CHAINS['morphine']?.parts.oral.value; // "300"  (300 mg oral ≈ 1 mg intrathecal)
 *
 * Implements REQ-CONV-001, REQ-CONV-002.
 * @since 0.1.0
 */
export const CONVERSION_CHAINS: Readonly<Record<string, ConversionChain>> = ownTable({
  morphine: {
    drug: 'morphine',
    parts: { oral: part('300'), intravenous: part('100'), epidural: part('10'), intrathecal: part('1') },
    corroboration: sn('O', 'intravenous 10 mg = epidural 1 mg = intrathecal 0.1 mg', 'OpenAnesthesia'),
    observedOralToIntrathecal: {
      low: observed('10'),
      high: observed('150'),
      detail: sn('O', 'reported oral-to-intrathecal ratios run from about 10:1 to 150:1 (Utah cohort of 275: the ratios used to prescribe the first intrathecal dose, median 105.5:1, range 75-150:1, not observed results: 54 % then needed an increase before discharge; a Japanese series of 8: 10:1 to 125:1)', OBSERVED),
    },
  },
});

/**
 * The conversion chain of a drug, or `undefined` when the library has none.
 *
 * @example
 * import { lookupConversionChain } from './conversions.js';
 * lookupConversionChain('morphine')?.parts.intravenous.value; // "100"
 * lookupConversionChain('hydromorphone'); // undefined
 *
 * Implements REQ-CONV-002.
 * @since 0.1.0
 */
export function lookupConversionChain(drug: string): ConversionChain | undefined {
  return typeof drug === 'string' && hasOwn(CONVERSION_CHAINS, drug) ? CONVERSION_CHAINS[drug] : undefined;
}
