import { parseWireQuantity } from './parseWireQuantity.js';
import type { Rational } from './Rational.js';

/**
 * The amount (mg) of every drug of an admixture in a volume (mL): the volume
 * times each drug's concentration, read from wire form.
 *
 * @example
 * import { drugAmounts } from './drugAmounts.js';
 * import { Rational } from './Rational.js';
 * const a = drugAmounts(Rational.of(3n, 10n), [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '50 mcg/mL' }]);
 * a['morphine']?.toString(); // "3"
 * a['clonidine']?.toString(); // "3/200"  (15 mcg)
 *
 * Implements REQ-REF-008 (reference per-drug amounts).
 * @since 0.1.0
 */
export function drugAmounts(volume: Rational, drugs: readonly { readonly drug: string; readonly concentration: string }[]): Record<string, Rational> {
  const out: Record<string, Rational> = {};
  for (const d of drugs) out[d.drug] = volume.mul(parseWireQuantity(d.concentration, 'concentration'));
  return out;
}
