import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { SIMPLE_UNITS } from './units.js';

/**
 * The one rule for the mass unit a person reads a dose in: `mg` from 1 mg
 * (a mass) or 1 mg/mL (a concentration) up, `mcg` below. Doses of a drug are
 * printed in the unit its concentration selects, so a drug's figures never mix
 * mg and mcg; a limit message prints its mass in the unit the mass selects.
 * Both thresholds come from the unit table (`SIMPLE_UNITS`), nowhere else.
 *
 * @example
 * import { massUnitForConcentration, massUnitForMass } from './massDisplayUnit.js';
 * import { parseQuantity } from './parseQuantity.js';
 * import * as E from 'fp-ts/lib/Either.js';
 * const c = parseQuantity('concentration', '10 mg/mL', 'x');
 * E.isRight(c) ? massUnitForConcentration(c.right.base) : 'bad'; // "mg"
 * const m = parseQuantity('mass', '500 mcg', 'x');
 * E.isRight(m) ? massUnitForMass(m.right.base) : 'bad'; // "mcg"
 *
 * Implements REQ-UNIT-008.
 * @since 0.1.0
 */
export function massUnitForConcentration(concentrationBase: Exact): 'mg' | 'mcg' {
  return A.compare(concentrationBase, MG_PER_ML) >= 0 ? 'mg' : 'mcg';
}

/**
 * `mg` for a mass of at least 1 mg, else `mcg` (the rule of
 * {@link massUnitForConcentration}, for a mass).
 *
 * @example
 * import { massUnitForMass } from './massDisplayUnit.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * massUnitForMass(A.fromInteger(86_400_000_000n)); // "mg"
 *
 * Implements REQ-UNIT-008.
 * @since 0.1.0
 */
export function massUnitForMass(massBase: Exact): 'mg' | 'mcg' {
  return A.compare(massBase, MG) >= 0 ? 'mg' : 'mcg';
}

/** 1 mg in base mass units. */
const MG = A.fromInteger(SIMPLE_UNITS.mg.factor);
/** 1 mg/mL in base concentration units: (mg factor) / (mL factor), an integer (1000). */
const MG_PER_ML = A.fromInteger(SIMPLE_UNITS.mg.factor / SIMPLE_UNITS.mL.factor);
