import type * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../errors/EngineError.js';
import type { PrimeRequest } from './PrimeRequest.js';
import { readCatheter, readCompileFields } from './_internals/parts.js';
import { field, oneOf, quantityOf, record, sealed } from './_internals/reader.js';
import { runGuard } from './_internals/runGuard.js';

/**
 * Re-validates a prime request built by a library caller and returns a
 * sanitized copy (frozen, null prototypes, own data fields only): the compile
 * fields as `guardCompileRequest` checks them, the catheter, the contents
 * (`empty` or `drug` each) and an optional priming volume > 0. Otherwise one
 * coded error at the first bad field. Never throws.
 *
 * @example
 * import { guardPrimeRequest } from './guardPrimeRequest.js';
 * guardPrimeRequest([])._tag; // "Left"
 *
 * Implements REQ-EMBED-001, REQ-EMBED-002, REQ-EMBED-003.
 * @since 0.1.0
 */
export function guardPrimeRequest(u: unknown): E.Either<EngineError[], PrimeRequest> {
  return runGuard('prime request', (r) => {
    const o = record(r, u, '');
    if (o === undefined) return undefined;
    const compile = readCompileFields(r, o);
    const catheter = readCatheter(r, field(r, o, 'catheter', '', true), 'catheter');
    const c = record(r, field(r, o, 'contents', '', true), 'contents');
    const pumpInternal = c === undefined ? undefined : oneOf(r, field(r, c, 'pumpInternal', 'contents', true), 'contents.pumpInternal', ['empty', 'drug']);
    const cath = c === undefined ? undefined : oneOf(r, field(r, c, 'catheter', 'contents', true), 'contents.catheter', ['empty', 'drug']);
    const v = field(r, o, 'volume', '', false);
    const volume = v === undefined ? undefined : quantityOf(r, v, 'volume', 'volume', 'nonNegative');
    if (r.bad !== undefined || compile === undefined || catheter === undefined || pumpInternal === undefined || cath === undefined) return undefined;
    return sealed({ ...compile, catheter, contents: sealed({ pumpInternal, catheter: cath }), volume } as PrimeRequest);
  });
}
