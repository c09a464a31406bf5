import type * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../errors/EngineError.js';
import type { CompileRequest } from './CompileRequest.js';
import { readCompileFields } from './_internals/parts.js';
import { field, record, sealed } from './_internals/reader.js';
import { readOneOffs } from './_internals/readOneOffs.js';
import { runGuard } from './_internals/runGuard.js';

/**
 * Re-validates a compile request that did not necessarily come from the
 * decoder (a library caller may build one by hand) and returns a sanitized
 * copy: frozen, on null prototypes, with only the declared fields, read from
 * own data properties only. Every quantity must be `{ dim, base }` of the
 * field's dimension with a finite decimal of the engine's own type within
 * the wire format's digits; counts and clock times bounded integers; lists
 * and strings within the bounds of `bounds.ts`; the codec's structural rules
 * (sorted flex steps from 00:00, lockout covering the bolus, periodic boluses
 * under 24 h, one-off events bounded and not overlapping, each drug once, concentrations and durations > 0, doses ≥ 0: a
 * program that delivers nothing is the compile's to refuse) hold. Otherwise
 * one coded error at the first bad field: `REQUEST_NOT_WELL_FORMED`, or the
 * code the decoder gives for the same rule (`NOT_POSITIVE`,
 * `STEPS_NOT_SORTED`...). Never throws.
 *
 * @example
 * import { guardCompileRequest } from './guardCompileRequest.js';
 * guardCompileRequest({ pump: {} })._tag; // "Left"
 *
 * Implements REQ-EMBED-001, REQ-EMBED-002, REQ-EMBED-003, REQ-ONEOFF-001.
 * @since 0.1.0
 */
export function guardCompileRequest(u: unknown): E.Either<EngineError[], CompileRequest> {
  return runGuard('compile request', (r) => {
    const o = record(r, u, '');
    const base = o === undefined ? undefined : readCompileFields(r, o);
    if (o === undefined || base === undefined) return undefined;
    const raw = field(r, o, 'oneOff', '', false);
    if (raw === undefined) return base;
    const oneOff = readOneOffs(r, raw, 'oneOff');
    return oneOff === undefined ? undefined : sealed({ ...base, oneOff });
  });
}
