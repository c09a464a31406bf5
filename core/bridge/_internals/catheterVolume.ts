import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import type { CatheterInput } from '../../request/BridgeRequest.js';

/** The catheter's volume: as given, or implanted length × volume per length (exact). */
export function catheterVolume(c: CatheterInput): Exact {
  return 'volume' in c ? c.volume.base : A.mul(c.length.base, c.volumePerLength.base);
}
