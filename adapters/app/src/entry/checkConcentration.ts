import { decimalArithmetic as A, parseQuantity, type DrugProduct } from '../../../../core/index.js';
import type { EntryProblem } from './EntryProblem.js';

/** What the library says of a typed concentration. @since 0.1.0 */
export type ConcentrationCheck =
  | { readonly kind: 'listed'; readonly product: string }
  | { readonly kind: 'unlisted'; readonly note: string }
  | { readonly kind: 'confused'; readonly problem: EntryProblem };

const THOUSAND = A.fromInteger(1000n);

/**
 * Checks a typed concentration (a wire quantity such as `"10 mcg/mL"`) at once
 * against the concentrations of the drug's products in the library: a listed
 * one names its product; one that is a listed concentration times or divided
 * by 1000 is refused as a mg/mcg confusion (`ENTRY_UNIT_CONFUSION`); any other
 * (a compounded admixture) is allowed with a note to check it. The comparison
 * is exact (parsed by the engine, so `0.5 mg/mL` equals `500 mcg/mL`).
 *
 * @example
 * checkConcentration('morphine', morphineProducts, '10 mcg/mL', 'reservoir.drugs.0.concentration');
 * // { kind: 'confused', problem: { code: 'ENTRY_UNIT_CONFUSION', ... '1000 times below Infumorph 10 mg/mL' } }
 *
 * Implements REQ-APP-004.
 * @since 0.1.0
 */
export function checkConcentration(drug: string, products: readonly DrugProduct[], wire: string, path: string): ConcentrationCheck {
  const typed = parseQuantity('concentration', wire, path);
  if (typed._tag === 'Left') return { kind: 'unlisted', note: typed.left.message };
  const listed: { product: string; value: string }[] = [];
  for (const p of products) {
    for (const c of p.concentrations) {
      const q = parseQuantity('concentration', c.value, path);
      if (q._tag === 'Left') continue;
      if (A.compare(q.right.base, typed.right.base) === 0) return { kind: 'listed', product: `${p.name} ${c.value}` };
      if (A.compare(q.right.base, A.mul(typed.right.base, THOUSAND)) === 0) {
        return { kind: 'confused', problem: { code: 'ENTRY_UNIT_CONFUSION', path, message: `${wire} is 1000 times below ${p.name} ${c.value}: mcg/mL typed for mg/mL? Choose the concentration from the list or correct the unit` } };
      }
      if (A.compare(A.mul(q.right.base, THOUSAND), typed.right.base) === 0) {
        return { kind: 'confused', problem: { code: 'ENTRY_UNIT_CONFUSION', path, message: `${wire} is 1000 times above ${p.name} ${c.value}: mg/mL typed for mcg/mL? Choose the concentration from the list or correct the unit` } };
      }
      listed.push({ product: p.name, value: c.value });
    }
  }
  const known = listed.length === 0 ? `the library lists no ${drug} product` : `the library's ${drug} products are ${listed.map((l) => `${l.product} ${l.value}`).join(', ')}`;
  return { kind: 'unlisted', note: `${wire} is not a listed product concentration (${known}): a compounded fill; check the pharmacy label` };
}
