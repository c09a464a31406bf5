import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import type { EngineError, EngineWarning } from '../../errors/EngineError.js';
import { checkDoseLimits } from '../../limits/checkDoseLimits.js';
import type { LimitApplied } from '../../limits/LimitApplied.js';
import { quantity } from '../../quantity/Quantity.js';
import { BUILT_IN_LIBRARY, type Library } from '../../library/Library.js';
import type { DrugLimits, Override } from '../../request/CompileRequest.js';

/** One drug's worst 24 h at the catheter tip and where the request names it. */
export interface TipWorst {
  readonly drug: string;
  readonly worst: Exact;
  readonly path: string;
}

/**
 * Checks the worst 24 h at the tip of every drug against its ceilings (the
 * prescriber's `limits` and the drug library's daily maxima) with the same
 * `checkDoseLimits` that compile uses. Only the daily ceilings are asked for
 * (no concentration, no bolus: compile checked those for the new fluid);
 * warnings already given (`known`) are not repeated.
 */
export function tipLimits(
  drugs: readonly TipWorst[],
  limits: Readonly<Record<string, DrugLimits>>,
  overrides: readonly Override[],
  known: readonly EngineWarning[],
  library: Library = BUILT_IN_LIBRARY,
): { readonly errors: EngineError[]; readonly warnings: EngineWarning[]; readonly applied: LimitApplied[]; readonly overridesUsed: readonly number[] } {
  const r = checkDoseLimits({ drugs: drugs.map((d) => ({ drug: d.drug, worst24h: quantity('mass', A.compare(d.worst, A.zero) > 0 ? d.worst : A.zero), path: d.path })), limits, overrides, reportUnneededOverrides: false, reportFluidWarnings: false }, library);
  const seen = new Set(known.map((w) => `${w.code}\u0000${w.path}`));
  // no warning about what a fluid holds: the drugs of both fluids together are no fluid (compile gave them for the new one)
  return { errors: r.errors, warnings: r.warnings.filter((w) => !seen.has(`${w.code}\u0000${w.path}`)), applied: r.applied, overridesUsed: r.overridesUsed };
}
