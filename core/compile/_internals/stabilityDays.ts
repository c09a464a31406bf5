import type { Exact } from '../../arith/decimalArithmetic.js';

/** Each drug's stability limit in the reservoir, in whole days, with its source (from the drug library). */
export function stabilityDays(_drugs: readonly string[]): readonly { drug: string; days: Exact; source: string }[] {
  return [];
}
