import type * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../errors/EngineError.js';
import type { RefillCheckRequest } from './RefillCheckRequest.js';
import { readPump } from './_internals/parts.js';
import { field, quantityOf, record, sealed } from './_internals/reader.js';
import { runGuard } from './_internals/runGuard.js';

/**
 * Re-validates a refill-check request built by a library caller and returns
 * a sanitized copy (frozen, null prototypes, own data fields only): the pump
 * and three volumes (their signs are `checkRefill`'s to check, with its
 * codes). Otherwise one coded error at the first bad field. Never throws.
 *
 * @example
 * import { guardRefillCheckRequest } from './guardRefillCheckRequest.js';
 * guardRefillCheckRequest({ pump: { profile: 'synchromed-ii-40' } })._tag; // "Left"
 *
 * Implements REQ-EMBED-001, REQ-EMBED-002, REQ-EMBED-003.
 * @since 0.1.0
 */
export function guardRefillCheckRequest(u: unknown): E.Either<EngineError[], RefillCheckRequest> {
  return runGuard('refill-check request', (r) => {
    const o = record(r, u, '');
    if (o === undefined) return undefined;
    const pump = readPump(r, field(r, o, 'pump', '', true), 'pump');
    const expectedResidual = quantityOf(r, field(r, o, 'expectedResidual', '', true), 'expectedResidual', 'volume', 'any');
    const measuredResidual = quantityOf(r, field(r, o, 'measuredResidual', '', true), 'measuredResidual', 'volume', 'any');
    const t = field(r, o, 'discrepancyThreshold', '', false);
    const discrepancyThreshold = t === undefined ? undefined : quantityOf(r, t, 'discrepancyThreshold', 'volume', 'any');
    if (r.bad !== undefined || pump === undefined || expectedResidual === undefined || measuredResidual === undefined) return undefined;
    return sealed({ pump, expectedResidual, measuredResidual, discrepancyThreshold } as RefillCheckRequest);
  });
}
