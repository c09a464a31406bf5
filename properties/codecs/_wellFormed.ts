import * as E from 'fp-ts/lib/Either.js';
import { CODES, type EngineError } from '../../core/index.js';

/** True when every error has a code from the catalogue, a string path and a non-empty message, and there is at least one. */
export function wellFormedErrors(errors: readonly EngineError[]): boolean {
  return (
    errors.length > 0 &&
    errors.every(
      (e) => typeof e.code === 'string' && Object.prototype.hasOwnProperty.call(CODES, e.code) && typeof e.path === 'string' && typeof e.message === 'string' && e.message.trim() !== '',
    )
  );
}

/** A decoder result is a Right, or a Left with well-formed errors and no INTERNAL_ERROR (which would mean something threw). */
export function wellFormedResult<A>(r: E.Either<EngineError[], A>): boolean {
  if (E.isRight(r)) return true;
  return wellFormedErrors(r.left) && r.left.every((e) => e.code !== 'INTERNAL_ERROR');
}

/** Every own property of Object.prototype, with its descriptor, to check that nothing was added or changed. */
export function snapshotObjectPrototype(): string {
  return Object.getOwnPropertyNames(Object.prototype)
    .sort()
    .map((k) => `${k}:${String(Object.getOwnPropertyDescriptor(Object.prototype, k)?.value ?? 'accessor')}`)
    .join('|');
}
