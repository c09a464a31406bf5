import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';

/** The latest safe refill and what bounds it. */
export interface RefillWithin<N> {
  /** Whole days, rounded down; `undefined` when nothing bounds it (the alarm is never reached and no stability limit is given). */
  readonly days: N | undefined;
  /** `-1` when the low-reservoir alarm bounds it, else the index of the stability limit that does. */
  readonly boundBy: number;
}

/**
 * `refillWithin`: the earlier of the low-reservoir alarm and every drug's
 * stability limit in the reservoir, in whole days rounded down (earlier). The
 * stability limits are durations in seconds (from the drug library); the
 * alarm time is whole minutes (`minutesUntilDrawn`), `undefined` when never.
 * On a tie the alarm is named.
 *
 * @example
 * import { refillWithinDays } from './refillWithinDays.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // alarm after 3040 h (126.67 days), morphine stable 90 days: 90 days, bound by the stability limit
 * const r = refillWithinDays(A, A.fromInteger(182_400n), [A.fromInteger(90n * 86_400n)]);
 * A.toDecimalString(r.days!); // "90"  (r.boundBy is 0)
 *
 * Implements REQ-RES-003, REQ-ROUND-004.
 * @since 0.1.0
 */
export function refillWithinDays<N>(A: ExactArithmetic<N>, lowAlarmAfterMinutes: N | undefined, stabilitySeconds: readonly N[]): RefillWithin<N> {
  let days = lowAlarmAfterMinutes === undefined ? undefined : A.floorDiv(lowAlarmAfterMinutes, A.fromInteger(1_440n));
  let boundBy = -1;
  stabilitySeconds.forEach((s, i) => {
    const d = A.floorDiv(s, A.fromInteger(86_400n));
    if (days === undefined || A.compare(d, days) < 0) {
      days = d;
      boundBy = i;
    }
  });
  return { days, boundBy };
}
