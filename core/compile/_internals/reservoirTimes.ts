import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError, type EngineWarning } from '../../errors/EngineError.js';
import type { DailyProgram } from '../../kernel/DailyProgram.js';
import { printExact } from '../../quantity/_internals/printExact.js';
import { quantity } from '../../quantity/Quantity.js';
import type { CompileRequest } from '../../request/CompileRequest.js';
import type { ReservoirTimes } from '../CompileResult.js';
import { checkFill } from '../../reservoir/checkFill.js';
import { fixedRateReservoirTimes } from '../../kernel/reservoir/fixedRateReservoirTimes.js';
import { refillWithinDays } from '../../kernel/reservoir/refillWithinDays.js';
import { stabilityDays } from './stabilityDays.js';
import { weekdayIndex } from '../../request/Weekday.js';
import { isWeekProgram } from './isWeekProgram.js';
import type { ProgramKernel } from './fastKernel.js';
import type { Library } from '../../library/Library.js';

/** A fixed-rate pump's flow and tolerance: its reservoir times use the top of the tolerance. */
export interface FixedFlow {
  readonly nominalFlow: Exact;
  readonly tolerancePercent: Exact;
}

/**
 * Reservoir times and the fill checks: the fill within capacity
 * (`checkFill`); the minutes to the alarm and to empty, earliest case
 * (`drawnMinutes`, the program prepared once for both; for a fixed-rate
 * pump `fixedRateReservoirTimes` at the top of its tolerance);
 * `refillWithin` as the earlier of the alarm and every drug's stability
 * limit (`refillWithinDays`). One-off single boluses (seconds from the fill)
 * are drawn whole at their start (`drawnMinutesWithBoluses`). The draw is
 * the kernel's (`kernel`, of `program`, on the compile's kernel path).
 */
export function reservoirTimes(
  req: CompileRequest,
  program: DailyProgram<Exact>,
  kernel: ProgramKernel,
  capacity: Exact,
  alarm: Exact,
  fixed: FixedFlow | undefined,
  singleBoluses: readonly { readonly start: Exact; readonly volume: Exact }[],
  library: Library,
): { times: ReservoirTimes; errors: EngineError[]; warnings: EngineWarning[] } {
  const errors: EngineError[] = [];
  const warnings: EngineWarning[] = [];
  const fill = req.reservoir.fill.base;
  const mL = (x: Exact): string => printExact(quantity('volume', x), 'mL', 'down').text;
  const filled = checkFill(fill, capacity, 'reservoir.fill');
  if (E.isLeft(filled)) errors.push(...filled.left);
  if (A.compare(fill, alarm) <= 0) {
    warnings.push(engineError('FILL_AT_OR_BELOW_ALARM', 'reservoir.fill', `the fill ${mL(fill)} is at or below the low-reservoir alarm volume ${mL(alarm)}: the alarm sounds at once`));
  }
  let lowAlarm: Exact | undefined;
  let empty: Exact | undefined;
  if (fixed !== undefined) {
    const t = fixedRateReservoirTimes(A, { fill, lowReservoirAlarm: alarm, nominalFlow: fixed.nominalFlow, tolerancePercent: fixed.tolerancePercent });
    lowAlarm = t.lowAlarmAfterMinutes;
    empty = t.emptyAfterMinutes;
  } else {
    // a week program reads the fill's clock from Monday 00:00: its weekday's offset plus the time (REQ-WEEK-003)
    const on = req.reservoir.filledOn;
    const weekOffset = !isWeekProgram(program) || on === undefined ? 0n : BigInt(weekdayIndex(on)) * 86_400n;
    // one-off single boluses drawn whole at their start (stops not counted): the earlier side
    const minutesUntil = kernel.drawnMinutes(A.fromInteger(weekOffset + req.reservoir.filledAt), singleBoluses);
    // a fill at or below the alarm gives 0: nothing is left to draw before it
    lowAlarm = minutesUntil(A.sub(fill, alarm));
    empty = minutesUntil(fill);
  }
  const stab = stabilityDays(req.reservoir.drugs, library);
  if (E.isLeft(stab)) {
    errors.push(stab.left);
    return { times: { lowAlarmAfterMinutes: lowAlarm, emptyAfterMinutes: empty, refillWithinDays: undefined, refillBoundBy: 'unknown' }, errors, warnings };
  }
  for (const d of stab.right.unpublished) {
    warnings.push(engineError('NO_STABILITY_DATA', 'reservoir.drugs', `no published stability limit for ${d} in this admixture; refillWithin is bounded by the low-reservoir alarm only`));
  }
  const limits = stab.right.limits;
  const refill = refillWithinDays(A, lowAlarm, limits.map((l) => l.seconds));
  const by = limits[refill.boundBy];
  const bound = by === undefined ? 'the low-reservoir alarm' : `${by.drug} stability in the reservoir (${by.source})`;
  return { times: { lowAlarmAfterMinutes: lowAlarm, emptyAfterMinutes: empty, refillWithinDays: refill.days, refillBoundBy: bound }, errors, warnings };
}
