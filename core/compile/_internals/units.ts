import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { SIMPLE_UNITS } from '../../quantity/units.js';

/** Base units per wire unit, for the fixed units the compile result uses: each from the unit table. */
export const BASE = {
  /** 1 mL in base volume units (1/86400 uL). */
  mL: A.fromInteger(SIMPLE_UNITS.mL.factor),
  /** 1e-6 mL: the volume grid used when a pump declares no bolus volume resolution. */
  microLitreThousandth: A.fromDecimalString('86.4'),
  /** Seconds per day. */
  day: A.fromInteger(SIMPLE_UNITS.day.factor),
  /** 1 mg/mL in base concentration units (ng/uL). */
  mgPerMl: A.fromInteger(SIMPLE_UNITS.mg.factor / SIMPLE_UNITS.mL.factor),
} as const satisfies Record<string, Exact>;

/** `mg` when a drug's concentration is at least 1 mg/mL, else `mcg`: the unit doses are printed in (the one rule, `massUnitForConcentration`). */
export { massUnitForConcentration as massUnitFor } from '../../quantity/massDisplayUnit.js';
