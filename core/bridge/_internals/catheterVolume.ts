import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import type { CatheterInput } from '../../request/BridgeRequest.js';
import { hasOwn } from '../../request/ownProperties.js';

/** The catheter's volume: as given, or implanted length × volume per length (exact). Reads own fields only. */
export function catheterVolume(c: CatheterInput): Exact {
  if (hasOwn(c, 'volume') && 'volume' in c) return c.volume.base;
  const byLength = c as Extract<CatheterInput, { readonly length: unknown }>;
  return A.mul(byLength.length.base, byLength.volumePerLength.base);
}
