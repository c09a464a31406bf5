import * as E from 'fp-ts/lib/Either.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import type { Reader } from './reader.js';

/**
 * Runs a guard's reader on a value from outside: the sanitized copy, or one
 * coded error at the first bad field. Total: a value whose reading throws (a
 * hostile Proxy) is refused the same way, never an exception.
 */
export function runGuard<T>(what: string, read: (r: Reader) => T | undefined): E.Either<EngineError[], T> {
  const r: Reader = { bad: undefined };
  let out: T | undefined;
  try {
    out = read(r);
  } catch {
    return E.left([engineError('REQUEST_NOT_WELL_FORMED', r.bad?.path ?? '', `${what}: reading the value failed (not plain data)`)]);
  }
  if (r.bad !== undefined) return E.left([engineError(r.bad.code, r.bad.path, `${what}: ${r.bad.why}`)]);
  if (out === undefined) return E.left([engineError('REQUEST_NOT_WELL_FORMED', '', `${what}: not well formed`)]);
  return E.right(out);
}
