import { decimalArithmetic as A, WEEKDAYS, weekdayIndex, type ClockChangeResult } from '../../core/index.js';
import { hasOwn } from '../../core/request/ownProperties.js';
import { encodeCompileResult } from './encodeCompileResult.js';
import { printClock, printDuration, printMass } from './_internals/print.js';
import type { ClockChangeResponse } from '../schema/response/clockChangeResponse.js';
import { printLimits } from './_internals/printLimits.js';

/**
 * The fields of a successful `clock-change` response (a wire extension, see
 * docs/wire-extensions.md): the change (`at`, `jump`, `newClock`), per drug
 * `acrossChange` (worst and least real-time 24 h across it) beside `normal`,
 * the compiled program and compile's `doses`, and `limitsApplied`. A week
 * program's change adds `on` and `newOn` (its weekday before and after).
 *
 * Implements REQ-CLOCK-002, REQ-UNIT-006, REQ-WEEK-006.
 * @since 0.1.0
 */
export function encodeClockChangeResult(r: ClockChangeResult): ClockChangeResponse {
  const compiled = encodeCompileResult(r.compiled);
  const at = A.fromInteger(r.at);
  const day = A.fromInteger(86_400n);
  const moved = A.add(at, r.jump);
  const newClock = A.sub(moved, A.mul(A.floorDiv(moved, day), day));
  // a week program: the weekday of the change and the one the clock reads after it (the jump is under 24 h: the same, the next or the previous)
  // an own field only: a weekday inherited through a prototype is never read (REQ-EMBED-003)
  const on = hasOwn(r, 'on') ? r.on : undefined;
  const week = on === undefined ? {} : { on, newOn: WEEKDAYS[(weekdayIndex(on) + 7 + (A.compare(moved, A.zero) < 0 ? -1 : A.compare(moved, day) >= 0 ? 1 : 0)) % 7] ?? on };
  const pair = (d: ClockChangeResult['drugs'][number], x: { worst24h: typeof r.jump; least24h: typeof r.jump }): { worst24h: string; least24h: string } =>
    ({ worst24h: printMass(x.worst24h, d.unit, 'up'), least24h: printMass(x.least24h, d.unit, 'down') });
  return {
    clockChange: { at: printClock(at), jump: printDuration(r.jump), newClock: printClock(newClock), ...week },
    acrossChange: Object.fromEntries(r.drugs.map((d) => [d.drug, pair(d, d.acrossChange)])),
    normal: Object.fromEntries(r.drugs.map((d) => [d.drug, pair(d, d.normal)])),
    program: compiled.program,
    doses: compiled.doses,
    limitsApplied: printLimits(r.limits),
  };
}
