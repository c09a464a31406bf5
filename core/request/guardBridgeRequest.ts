import type * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../errors/EngineError.js';
import type { BridgeRequest } from './BridgeRequest.js';
import { readCatheter, readDrugs, readLimits, readOverrides, readPump, readTherapy } from './_internals/parts.js';
import { at, clockSeconds, field, oneOf, quantityOf, record, sealed } from './_internals/reader.js';
import { WEEKDAYS } from './Weekday.js';
import { runGuard } from './_internals/runGuard.js';

/**
 * Re-validates a bridge request built by a library caller and returns a
 * sanitized copy (frozen, null prototypes, own data fields only), as
 * `guardCompileRequest` does: the pump, the catheter (one form, every value
 * > 0), the old fluid (drugs, a flow > 0), the new fluid (drugs, therapy, an
 * optional fill, the refill's clock time), limits and overrides. Otherwise one
 * coded error at the first bad field. Never throws.
 *
 * @example
 * import { guardBridgeRequest } from './guardBridgeRequest.js';
 * guardBridgeRequest(null)._tag; // "Left"
 *
 * Implements REQ-EMBED-001, REQ-EMBED-002, REQ-EMBED-003.
 * @since 0.1.0
 */
export function guardBridgeRequest(u: unknown): E.Either<EngineError[], BridgeRequest> {
  return runGuard('bridge request', (r) => {
    const o = record(r, u, '');
    if (o === undefined) return undefined;
    const pump = readPump(r, field(r, o, 'pump', '', true), 'pump');
    const catheter = readCatheter(r, field(r, o, 'catheter', '', true), 'catheter');
    const oldRaw = record(r, field(r, o, 'old', '', true), 'old');
    const oldDrugs = oldRaw === undefined ? undefined : readDrugs(r, field(r, oldRaw, 'drugs', 'old', true), 'old.drugs');
    const rate = oldRaw === undefined ? undefined : quantityOf(r, field(r, oldRaw, 'rate', 'old', true), 'old.rate', 'flow', 'positive');
    const n = record(r, field(r, o, 'new', '', true), 'new');
    const drugs = n === undefined ? undefined : readDrugs(r, field(r, n, 'drugs', 'new', true), 'new.drugs');
    const therapy = n === undefined ? undefined : readTherapy(r, field(r, n, 'therapy', 'new', true), 'new.therapy');
    const fillRaw = n === undefined ? undefined : field(r, n, 'fill', 'new', false);
    const fill = fillRaw === undefined ? undefined : quantityOf(r, fillRaw, at('new', 'fill'), 'volume', 'any');
    const filledAt = n === undefined ? undefined : clockSeconds(r, field(r, n, 'filledAt', 'new', true), 'new.filledAt');
    const onRaw = n === undefined ? undefined : field(r, n, 'filledOn', 'new', false);
    const filledOn = onRaw === undefined ? undefined : oneOf(r, onRaw, 'new.filledOn', WEEKDAYS);
    const limits = readLimits(r, field(r, o, 'limits', '', true), 'limits');
    const overrides = readOverrides(r, field(r, o, 'overrides', '', true), 'overrides');
    if (r.bad !== undefined || pump === undefined || catheter === undefined || oldDrugs === undefined || rate === undefined || drugs === undefined
      || therapy === undefined || filledAt === undefined || limits === undefined || overrides === undefined || (onRaw !== undefined && filledOn === undefined)) return undefined;
    return sealed({
      pump,
      catheter,
      old: sealed({ drugs: oldDrugs, rate }),
      new: sealed((filledOn === undefined ? { drugs, therapy, fill, filledAt } : { drugs, therapy, fill, filledAt, filledOn }) as BridgeRequest['new']),
      limits,
      overrides,
    });
  });
}
