import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { quantity, type Quantity } from '../../quantity/Quantity.js';
import { massUnitForMass } from '../../quantity/massDisplayUnit.js';
import { SIMPLE_UNITS } from '../../quantity/units.js';

/** Seconds in a day: a dose rate (base ng/day) times this is the mass over 24 h in base mass units. */
export const DAY_SECONDS = A.fromInteger(SIMPLE_UNITS.day.factor);

/** The mass a daily dose rate delivers in 24 h (exact: a multiplication). */
export function massIn24h(rate: Quantity<'doseRate', Exact>): Quantity<'mass', Exact> {
  return quantity('mass', A.mul(rate.base, DAY_SECONDS));
}

/** The unit of a wire-format quantity string (`"19.2 mcg/day"` → `"mcg/day"`). */
export function unitOf(text: string): string {
  return text.slice(text.indexOf(' ') + 1);
}

/** The mass unit of a dose-rate or concentration unit (`"mcg/day"` → `"mcg"`). */
export function massPart(unit: string): string {
  return unit.split('/')[0] ?? unit;
}

/** `mg` for a mass of at least 1 mg, else `mcg`: the unit a person reads a dose in (the one rule, `massUnitForMass`). */
export function readableMassUnit(m: Quantity<'mass', Exact>): 'mg' | 'mcg' {
  return massUnitForMass(m.base);
}
