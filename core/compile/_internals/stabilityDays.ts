import * as E from 'fp-ts/lib/Either.js';
import type { Exact } from '../../arith/decimalArithmetic.js';
import type { EngineError } from '../../errors/EngineError.js';
import { reservoirStability } from '../../library/reservoirStability.js';
import type { Library } from '../../library/Library.js';
import type { DrugInReservoir } from '../../request/CompileRequest.js';

/**
 * Each drug's published limit on time in the reservoir (stability or label
 * refill interval) for this admixture, in seconds, with its source. A drug with no published limit contributes nothing (the alarm then
 * bounds the refill) and the caller warns.
 */
export function stabilityDays(drugs: readonly DrugInReservoir[], library: Library): E.Either<EngineError, { limits: { drug: string; seconds: Exact; source: string }[]; unpublished: string[] }> {
  // The request does not say whether this is a drug's first fill; the first-fill rules
  // (e.g. ziconotide: first refill within 14 days) are the earlier, so they apply.
  const v = reservoirStability(drugs, { firstFill: true, library });
  if (E.isLeft(v)) return v;
  const limits: { drug: string; seconds: Exact; source: string }[] = [];
  const unpublished: string[] = [];
  for (const x of v.right) {
    if (x.limit === undefined) unpublished.push(x.drug);
    else limits.push({ drug: x.drug, seconds: x.limit.value.base, source: `${x.limit.sourced.value}: ${x.limit.sourced.source}` });
  }
  return E.right({ limits, unpublished });
}
