import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import type { EngineError } from '../../errors/EngineError.js';
import { reservoirStability } from '../../library/reservoirStability.js';
import type { DrugInReservoir } from '../../request/CompileRequest.js';
import { BASE } from './units.js';

/**
 * Each drug's published limit on days in the reservoir (stability or label
 * refill interval) for this admixture, in whole days rounded down, with its
 * source. A drug with no published limit contributes nothing (the alarm then
 * bounds the refill) and the caller warns.
 */
export function stabilityDays(drugs: readonly DrugInReservoir[]): E.Either<EngineError, { limits: { drug: string; days: Exact; source: string }[]; unpublished: string[] }> {
  // The request does not say whether this is a drug's first fill; the first-fill rules
  // (e.g. ziconotide: first refill within 14 days) are the earlier, so they apply.
  const v = reservoirStability(drugs, { firstFill: true });
  if (E.isLeft(v)) return v;
  const limits: { drug: string; days: Exact; source: string }[] = [];
  const unpublished: string[] = [];
  for (const x of v.right) {
    if (x.limit === undefined) unpublished.push(x.drug);
    else limits.push({ drug: x.drug, days: A.floorDiv(x.limit.value.base, BASE.day), source: `${x.limit.sourced.value}: ${x.limit.sourced.source}` });
  }
  return E.right({ limits, unpublished });
}
