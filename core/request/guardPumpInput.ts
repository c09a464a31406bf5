import type * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../errors/EngineError.js';
import type { PumpField, PumpInput } from './PumpInput.js';
import { PUMP_FIELD_DIMENSIONS, readPump } from './_internals/parts.js';
import { at, fail, list, oneOf, sealed, text } from './_internals/reader.js';
import { runGuard } from './_internals/runGuard.js';

const FIELDS = Object.keys(PUMP_FIELD_DIMENSIONS) as PumpField[];

/**
 * Re-validates what `resolvePump` is given by a library caller: the pump
 * (a profile name of at most 64 characters, a kind, parameters of their
 * dimensions as `{ dim, base }` with a finite decimal of the engine's own
 * type), the parameters needed (pump field names, each at most once) and the
 * path errors name (a string of at most 256 characters). Returns sanitized
 * copies (frozen, null prototypes, own data fields only), or one coded error
 * at the first bad field. Never throws.
 *
 * @example
 * import { guardPumpInput } from './guardPumpInput.js';
 * guardPumpInput({ profile: 'synchromed-ii-40' }, ['reservoir'], 'pump')._tag; // "Right"
 * guardPumpInput({ reservoir: '40 mL' }, ['reservoir'], 'pump')._tag; // "Left"
 *
 * Implements REQ-EMBED-001, REQ-EMBED-003.
 * @since 0.1.0
 */
export function guardPumpInput<F extends PumpField>(input: unknown, needs: unknown, path: unknown): E.Either<EngineError[], { readonly input: PumpInput; readonly needs: readonly F[]; readonly path: string }> {
  return runGuard('pump', (r) => {
    const p = text(r, path, '', 256);
    if (p === undefined) return undefined;
    const seen = new Set<string>();
    const n = list(r, needs, at(p, 'needs'), FIELDS.length, false, (v, vp) => {
      const f = oneOf(r, v, vp, FIELDS);
      if (f === undefined) return undefined;
      if (seen.has(f)) return fail(r, vp, `"${f}" is listed twice`);
      seen.add(f);
      return f as F;
    });
    const i = readPump(r, input, p);
    return n === undefined || i === undefined ? undefined : sealed({ input: i, needs: n, path: p });
  });
}
