import type * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
import type { EngineError } from '../errors/EngineError.js';
import type { ClockChangeRequest } from './ClockChangeRequest.js';
import { readCompileFields } from './_internals/parts.js';
import { clockSeconds, fail, field, oneOf, quantityOf, record, sealed } from './_internals/reader.js';
import { WEEKDAYS } from './Weekday.js';
import { runGuard } from './_internals/runGuard.js';

const DAY = A.fromInteger(86_400n);

/**
 * Re-validates a clock-change request built by a library caller and returns
 * a sanitized copy (frozen, null prototypes, own data fields only): the
 * compile fields as `guardCompileRequest` checks them and the clock change
 * (a clock time, a signed time of less than 24 h either way, and the weekday
 * `on` when given). Otherwise one
 * coded error at the first bad field. Never throws.
 *
 * @example
 * import { guardClockChangeRequest } from './guardClockChangeRequest.js';
 * guardClockChangeRequest('compile')._tag; // "Left"
 *
 * Implements REQ-EMBED-001, REQ-EMBED-002, REQ-EMBED-003.
 * @since 0.1.0
 */
export function guardClockChangeRequest(u: unknown): E.Either<EngineError[], ClockChangeRequest> {
  return runGuard('clock-change request', (r) => {
    const o = record(r, u, '');
    if (o === undefined) return undefined;
    const compile = readCompileFields(r, o);
    const c = record(r, field(r, o, 'clockChange', '', true), 'clockChange');
    const at = c === undefined ? undefined : clockSeconds(r, field(r, c, 'at', 'clockChange', true), 'clockChange.at');
    const jump = c === undefined ? undefined : quantityOf(r, field(r, c, 'jump', 'clockChange', true), 'clockChange.jump', 'time', 'any');
    const onRaw = c === undefined ? undefined : field(r, c, 'on', 'clockChange', false);
    const on = onRaw === undefined ? undefined : oneOf(r, onRaw, 'clockChange.on', WEEKDAYS);
    if (r.bad !== undefined || compile === undefined || at === undefined || jump === undefined || (onRaw !== undefined && on === undefined)) return undefined;
    const size = A.compare(jump.base, A.zero) < 0 ? A.sub(A.zero, jump.base) : jump.base;
    if (A.compare(size, DAY) >= 0) return fail(r, 'clockChange.jump', 'a clock change is less than 24 h either way', 'INVALID_VALUE');
    return sealed({ ...compile, clockChange: sealed(on === undefined ? { at, jump } : { at, jump, on }) });
  });
}
