import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import type { DrugEntry } from '../../library/drugs.js';
import { INPUT_BOUNDS } from '../../library/inputBounds.js';
import { parseSourcedValue } from '../../library/parseSourcedValue.js';
import { parseQuantity } from '../../quantity/parseQuantity.js';
import { quantity, type Quantity } from '../../quantity/Quantity.js';

/** The largest intrathecal daily dose `convert` accepts for a drug, and how it is derived (with its sources). */
export interface IntrathecalDoseBound {
  readonly dose: Quantity<'doseRate', Exact>;
  readonly basis: string;
}

/**
 * The intrathecal dose bound of `convert`: the whole of the largest sourced
 * reservoir (`INPUT_BOUNDS.reservoirVolume`, 40 mL) filled with the strongest
 * labelled product of the drug made for pumps (morphine: Infumorph 25 mg/mL)
 * and delivered in one day: 1000 mg/day for morphine. No pump the engine
 * accepts can deliver more of the drug in a day from one fill of a labelled
 * product. A drug without a labelled product for pumps takes the engine
 * concentration bound instead (and the basis says so).
 *
 * Exact: a volume per day is a flow, and flow × concentration is a dose rate
 * in base units, with no division.
 */
export function intrathecalDoseBound(drug: DrugEntry): E.Either<EngineError, IntrathecalDoseBound> {
  const reservoir = INPUT_BOUNDS.reservoirVolume;
  const perDay = parseQuantity('flow', `${reservoir.value}/day`, '');
  if (E.isLeft(perDay)) return E.left(engineError('INTERNAL_ERROR', '', `the reservoir bound "${reservoir.value}" does not parse (a bug)`));
  let strongest: { value: Exact; text: string } | undefined;
  for (const product of drug.products) {
    if (!product.forPumps) continue;
    for (const c of product.concentrations) {
      const q = parseSourcedValue(c);
      if (E.isLeft(q)) return E.left(q.left);
      if (strongest === undefined || A.compare(q.right.base, strongest.value) > 0) {
        strongest = { value: q.right.base, text: `the strongest labelled ${drug.name} product for pumps (${product.name} ${c.value}, ${c.source})` };
      }
    }
  }
  if (strongest === undefined) {
    const c = parseQuantity('concentration', INPUT_BOUNDS.concentration.value, '');
    if (E.isLeft(c)) return E.left(engineError('INTERNAL_ERROR', '', `the concentration bound "${INPUT_BOUNDS.concentration.value}" does not parse (a bug)`));
    strongest = { value: c.right.base, text: `the engine concentration bound (${INPUT_BOUNDS.concentration.value}: no labelled ${drug.name} product for pumps)` };
  }
  return E.right({
    dose: quantity('doseRate', A.mul(perDay.right.base, strongest.value)),
    basis: `the whole of the largest sourced reservoir (${reservoir.value}: ${reservoir.source}) filled with ${strongest.text}, delivered in one day`,
  });
}
