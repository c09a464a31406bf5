import type * as t from 'io-ts';
import { CODES, engineError, type Code, type EngineError } from '../../core/index.js';
import { compareErrors } from './_internals/compareErrors.js';
import { hasOwn } from './_internals/ownValue.js';
import { pathOf } from './_internals/pathOf.js';

function codeOf(e: t.ValidationError): Code {
  const own = hasOwn(e, 'code') ? (e as { readonly code?: unknown }).code : undefined;
  return typeof own === 'string' && hasOwn(CODES, own) ? (own as Code) : 'WRONG_TYPE';
}

/**
 * Converts io-ts validation errors to `EngineError[]`: every error is kept
 * (exact duplicates once), with its code (`WRONG_TYPE` for a plain io-ts
 * error), its dotted path (`reservoir.drugs.0.concentration`) and a non-empty
 * message, ordered by path (indices numerically), so the same request gives the
 * same list whatever its key order.
 *
 * @example
 * import { toEngineErrors } from './toEngineErrors.js';
 * import { quantityCodec } from './quantityCodec.js';
 * const r = quantityCodec('volume', 'positive').decode('0 mL');
 * // r._tag === 'Left'; toEngineErrors(r.left) is [{ code: 'NOT_POSITIVE', path: '', message: '...' }]
 *
 * Implements REQ-WIRE-004 (all errors, deterministic order), REQ-ERR-003.
 * @since 0.1.0
 */
export function toEngineErrors(errors: t.Errors): EngineError[] {
  const seen = new Set<string>();
  const out: EngineError[] = [];
  for (const e of errors) {
    const code = codeOf(e);
    const path = pathOf(e.context);
    const last = e.context[e.context.length - 1];
    const message = typeof e.message === 'string' && e.message !== '' ? e.message : `expected ${last?.type.name ?? 'a valid value'}`;
    const id = `${code}\u0000${path}\u0000${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(engineError(code, path, message));
  }
  return out.sort(compareErrors);
}
