import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';

/**
 * The first pair of one-off events (by index, the later-listed second) whose
 * intervals `[after, after + length)` overlap, or `undefined`. Events that
 * only touch (one ends where the next starts) do not overlap. At most 8
 * events: the pairwise check is at most 28 comparisons.
 *
 * @example
 * import { oneOffOverlap } from './oneOffOverlap.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * oneOffOverlap([{ after: A.zero, length: A.fromInteger(3600n) }, { after: A.fromInteger(1800n), length: A.fromInteger(60n) }]); // [0, 1]
 * oneOffOverlap([{ after: A.zero, length: A.fromInteger(3600n) }, { after: A.fromInteger(3600n), length: A.fromInteger(60n) }]); // undefined
 *
 * Implements REQ-ONEOFF-001.
 * @since 0.1.0
 */
export function oneOffOverlap(events: readonly { readonly after: Exact; readonly length: Exact }[]): readonly [number, number] | undefined {
  for (let j = 1; j < events.length; j += 1) {
    const b = events[j];
    if (b === undefined) continue;
    for (let i = 0; i < j; i += 1) {
      const a = events[i];
      if (a === undefined) continue;
      if (A.compare(a.after, A.add(b.after, b.length)) < 0 && A.compare(b.after, A.add(a.after, a.length)) < 0) return [i, j];
    }
  }
  return undefined;
}
