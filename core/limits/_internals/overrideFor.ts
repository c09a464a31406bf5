import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
import type { Override } from '../../request/CompileRequest.js';

/** An override with its index in the request's `overrides`. */
export interface IndexedOverride {
  readonly index: number;
  readonly override: Override;
}

/**
 * The override of soft limit `limit` of `drug` (code SOFT_LIMIT_EXCEEDED, a
 * non-empty reason), if the request has one; of several, the one with the
 * lowest `upTo` (the strictest) applies.
 */
export function overrideFor(overrides: readonly Override[], drug: string, limit: Override['limit']): IndexedOverride | undefined {
  let best: IndexedOverride | undefined;
  overrides.forEach((o, index) => {
    if (o.code !== 'SOFT_LIMIT_EXCEEDED' || o.drug !== drug || o.limit !== limit || o.reason.trim() === '') return;
    if (best === undefined || A.compare(o.upTo.base, best.override.upTo.base) < 0) best = { index, override: o };
  });
  return best;
}
