import type * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../errors/EngineError.js';
import { MAX_RATIO_LENGTH } from './bounds.js';
import type { ConvertRequest } from './ConvertRequest.js';
import { field, quantityOf, record, sealed, text } from './_internals/reader.js';
import { runGuard } from './_internals/runGuard.js';

/**
 * Re-validates a convert request built by a library caller and returns a
 * sanitized copy (frozen, null prototypes, own data fields only): a drug
 * name string, routes as strings, a dose rate (its sign and the routes'
 * meaning are `convertDose`'s to check, with their codes) and an optional
 * ratio string of at most 32 characters. Otherwise one coded error at the
 * first bad field. Never throws.
 *
 * @example
 * import { guardConvertRequest } from './guardConvertRequest.js';
 * guardConvertRequest({ drug: 'morphine' })._tag; // "Left"
 *
 * Implements REQ-EMBED-001, REQ-EMBED-002, REQ-EMBED-003.
 * @since 0.1.0
 */
export function guardConvertRequest(u: unknown): E.Either<EngineError[], ConvertRequest> {
  return runGuard('convert request', (r) => {
    const o = record(r, u, '');
    if (o === undefined) return undefined;
    const drug = text(r, field(r, o, 'drug', '', true), 'drug', 64, true);
    const from = record(r, field(r, o, 'from', '', true), 'from');
    const fromRoute = from === undefined ? undefined : text(r, field(r, from, 'route', 'from', true), 'from.route', 64);
    const dose = from === undefined ? undefined : quantityOf(r, field(r, from, 'dose', 'from', true), 'from.dose', 'doseRate', 'any');
    const to = record(r, field(r, o, 'to', '', true), 'to');
    const toRoute = to === undefined ? undefined : text(r, field(r, to, 'route', 'to', true), 'to.route', 64);
    const rt = field(r, o, 'ratio', '', false);
    const ratio = rt === undefined ? undefined : text(r, rt, 'ratio', MAX_RATIO_LENGTH, true);
    if (r.bad !== undefined || drug === undefined || fromRoute === undefined || dose === undefined || toRoute === undefined) return undefined;
    return sealed({ drug, from: sealed({ route: fromRoute, dose }), to: sealed({ route: toRoute }), ratio } as ConvertRequest);
  });
}
