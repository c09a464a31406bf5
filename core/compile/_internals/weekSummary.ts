import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
import type { CompileRequest } from '../../request/CompileRequest.js';
import { WEEKDAYS, weekdayIndex } from '../../request/Weekday.js';
import type { ReservoirTimes, WeekSummary } from '../CompileResult.js';

/**
 * The summary of a compiled week program (`undefined` for a daily one): the
 * busiest weekday's steps and periodic boluses, the fill's weekday and the
 * weekday `refillWithin` whole days after it.
 */
export function weekSummary(req: CompileRequest, times: ReservoirTimes): WeekSummary | undefined {
  const basal = req.therapy.basal;
  const filledOn = req.reservoir.filledOn;
  if (basal.mode !== 'week' || filledOn === undefined) return undefined;
  const days = WEEKDAYS.map((d) => basal.days[d]);
  const mostStepsInOneDay = Math.max(...days.map((d) => (d.basal.mode === 'continuous' ? 1 : d.basal.steps.length)));
  const mostPeriodicBolusesInOneDay = Math.max(...days.map((d) => d.periodicBoluses.length));
  const refill = times.refillWithinDays;
  // (the fill's weekday + the whole days of refillWithin) mod 7
  const seven = A.fromInteger(7n);
  const index = refill === undefined ? undefined : A.add(A.fromInteger(BigInt(weekdayIndex(filledOn))), A.floorDiv(refill, A.one));
  const mod7 = index === undefined ? undefined : A.sub(index, A.mul(A.floorDiv(index, seven), seven));
  const refillByWeekday = mod7 === undefined ? undefined : WEEKDAYS.find((_, i) => A.compare(A.fromInteger(BigInt(i)), mod7) === 0);
  return { mostStepsInOneDay, mostPeriodicBolusesInOneDay, filledOn, refillByWeekday };
}
