import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';

/** Base units per wire unit, for the fixed units the compile result uses. */
export const BASE = {
  /** 1 mL in base volume units (1/86400 uL). */
  mL: A.fromInteger(86_400_000n),
  /** 1e-6 mL: the volume grid used when a pump declares no bolus volume resolution. */
  microLitreThousandth: A.fromDecimalString('86.4'),
  /** Seconds per day. */
  day: A.fromInteger(86_400n),
  /** 1 mg/mL in base concentration units (ng/uL). */
  mgPerMl: A.fromInteger(1_000n),
} as const satisfies Record<string, Exact>;

/** `mg` when a drug's concentration is at least 1 mg/mL, else `mcg`: the unit doses are printed in. */
export function massUnitFor(concentrationBase: Exact): 'mg' | 'mcg' {
  return A.compare(concentrationBase, BASE.mgPerMl) >= 0 ? 'mg' : 'mcg';
}
