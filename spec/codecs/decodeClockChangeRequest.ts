import type * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { decimalArithmetic as A, WEEKDAYS, type ClockChangeRequest, type EngineError } from '../../core/index.js';
import { clockTimeCodec } from './clockTimeCodec.js';
import { codedError } from './codedError.js';
import { contextAt } from './contextAt.js';
import { decodeWith } from './decodeWith.js';
import { enumCodec } from './enumCodec.js';
import { mapCodec } from './mapCodec.js';
import { peek } from './peek.js';
import { quantityCodec } from './quantityCodec.js';
import { rawAt } from './rawAt.js';
import { strictObject } from './strictObject.js';
import { withCheck } from './withCheck.js';
import { COMPILE_OPTIONAL, COMPILE_REQUIRED, compilePart } from './_internals/compileFields.js';

const DAY = A.fromInteger(86_400n);
const jumpCodec = quantityCodec('time', 'any');

function underADay(u: unknown, c: t.Context): t.Errors {
  const j = peek(jumpCodec, rawAt(u, ['jump']));
  if (j === undefined) return [];
  const size = A.compare(j.base, A.zero) < 0 ? A.sub(A.zero, j.base) : j.base;
  return A.compare(size, DAY) < 0 ? [] : [codedError(rawAt(u, ['jump']), contextAt(c, ['jump']), 'INVALID_VALUE', 'a clock change is less than 24 h either way (a whole day does not move a daily program)')];
}

const clockChange = withCheck(strictObject('ClockChange', { at: clockTimeCodec, jump: jumpCodec }, { on: enumCodec(WEEKDAYS) }), underADay);

/** A week program places the change in the week: `clockChange.on` (the weekday) is required (REQ-WEEK-006). */
function weekdayGiven(u: unknown, c: t.Context): t.Errors {
  const change = rawAt(u, ['clockChange']);
  if (rawAt(u, ['therapy', 'mode']) !== 'week' || typeof change !== 'object' || change === null || Array.isArray(change)) return [];
  if (rawAt(change, ['on']) !== undefined) return [];
  return [codedError(undefined, contextAt(c, ['clockChange', 'on']), 'MISSING_FIELD', 'a week program needs the weekday of the clock change ("on": "monday" … "sunday", pump clock) to place it in the week')];
}

/** The codec of a `clockChange` request; its `schema` is the request's JSON Schema. @since 0.1.0 */
export const clockChangeRequestCodec = mapCodec(
  withCheck(strictObject('ClockChangeRequest', { ...COMPILE_REQUIRED, clockChange }, COMPILE_OPTIONAL), weekdayGiven),
  (w): ClockChangeRequest => ({
    ...compilePart(w),
    clockChange: w.clockChange.on === undefined ? { at: w.clockChange.at, jump: w.clockChange.jump } : { at: w.clockChange.at, jump: w.clockChange.jump, on: w.clockChange.on },
  }),
);

/**
 * Decodes a parsed `clock-change` request (a wire extension, see
 * docs/wire-extensions.md): the fields of a `compile` request plus
 * `clockChange: { at: "HH:MM", jump: "<signed duration>" }` (the pump clock
 * reading `at` is set to `at + jump`; `"-1 h"` for the autumn daylight-saving
 * change; less than 24 h either way, else `INVALID_VALUE`). A week program
 * (`therapy.mode` `"week"`) also needs `clockChange.on`, the weekday of the
 * change on the pump clock (`MISSING_FIELD` without it); a daily program
 * does not read it. Strict. Never throws.
 *
 * @example
 * import { decodeClockChangeRequest } from './decodeClockChangeRequest.js';
 * // { ...a compile request, clockChange: { at: '02:00', jump: '-1 h' } } → Right: clockChange { at: 7200n, jump: -3600 s }
 *
 * Implements REQ-CLOCK-002, REQ-WIRE-002, REQ-WIRE-014, REQ-WEEK-006.
 * @since 0.1.0
 */
export function decodeClockChangeRequest(u: unknown): E.Either<EngineError[], ClockChangeRequest> {
  return decodeWith(clockChangeRequestCodec, u);
}
