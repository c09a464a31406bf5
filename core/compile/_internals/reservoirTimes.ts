import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError, type EngineWarning } from '../../errors/EngineError.js';
import type { DailyProgram } from '../../kernel/DailyProgram.js';
import { minutesUntilDrawn } from '../../kernel/minutesUntilDrawn.js';
import { formatQuantity } from '../../quantity/formatQuantity.js';
import { quantity } from '../../quantity/Quantity.js';
import type { CompileRequest } from '../../request/CompileRequest.js';
import type { ReservoirTimes } from '../CompileResult.js';
import { BASE } from './units.js';
import { stabilityDays } from './stabilityDays.js';

/** Reservoir times (earliest case) and the fill checks. */
export function reservoirTimes(
  req: CompileRequest,
  program: DailyProgram<Exact>,
  capacity: Exact,
  alarm: Exact,
): { times: ReservoirTimes; errors: EngineError[]; warnings: EngineWarning[] } {
  const errors: EngineError[] = [];
  const warnings: EngineWarning[] = [];
  const fill = req.reservoir.fill.base;
  const mL = (x: Exact): string => formatQuantity(quantity('volume', x), 'mL', 'down').text;
  if (A.compare(fill, capacity) > 0) {
    errors.push(engineError('OVERFILL', 'reservoir.fill', `the fill ${mL(fill)} exceeds the reservoir capacity ${mL(capacity)}`));
  }
  const fillClock = A.fromInteger(req.reservoir.filledAt);
  const toAlarm = A.sub(fill, alarm);
  let lowAlarm: Exact | undefined;
  if (A.compare(toAlarm, A.zero) <= 0) {
    lowAlarm = A.zero;
    warnings.push(engineError('FILL_AT_OR_BELOW_ALARM', 'reservoir.fill', `the fill ${mL(fill)} is at or below the low-reservoir alarm volume ${mL(alarm)}: the alarm sounds at once`));
  } else {
    lowAlarm = minutesUntilDrawn(A, program, fillClock, toAlarm);
  }
  const empty = minutesUntilDrawn(A, program, fillClock, fill);
  let refill = lowAlarm === undefined ? undefined : A.floorDiv(lowAlarm, BASE.minutesPerDay);
  let bound = 'the low-reservoir alarm';
  const stab = stabilityDays(req.reservoir.drugs);
  if (E.isLeft(stab)) {
    errors.push(stab.left);
    return { times: { lowAlarmAfterMinutes: lowAlarm, emptyAfterMinutes: empty, refillWithinDays: undefined, refillBoundBy: 'unknown' }, errors, warnings };
  }
  for (const d of stab.right.unpublished) {
    warnings.push(engineError('NO_STABILITY_DATA', 'reservoir.drugs', `no published stability limit for ${d} in this admixture; refillWithin is bounded by the low-reservoir alarm only`));
  }
  for (const s of stab.right.limits) {
    if (refill === undefined || A.compare(s.days, refill) < 0) {
      refill = s.days;
      bound = `${s.drug} stability in the reservoir (${s.source})`;
    }
  }
  return { times: { lowAlarmAfterMinutes: lowAlarm, emptyAfterMinutes: empty, refillWithinDays: refill, refillBoundBy: bound }, errors, warnings };
}
