import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import type { EngineError, EngineWarning } from '../../errors/EngineError.js';
import { checkDoseLimits } from '../../limits/checkDoseLimits.js';
import type { LimitApplied } from '../../limits/LimitApplied.js';
import { quantity } from '../../quantity/Quantity.js';
import type { DrugLimits, Override } from '../../request/CompileRequest.js';

/** Warnings about what a fluid holds (a drug off-label, an admixture), not about a dose. */
const FLUID_WARNINGS: ReadonlySet<string> = new Set(['OFF_LABEL', 'ADMIXTURE_NOT_RECOMMENDED']);

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
): { readonly errors: EngineError[]; readonly warnings: EngineWarning[]; readonly applied: LimitApplied[]; readonly overridesUsed: readonly number[] } {
  const r = checkDoseLimits({ drugs: drugs.map((d) => ({ drug: d.drug, worst24h: quantity('mass', A.compare(d.worst, A.zero) > 0 ? d.worst : A.zero), path: d.path })), limits, overrides, reportUnneededOverrides: false });
  const seen = new Set(known.map((w) => `${w.code}\u0000${w.path}`));
  // OFF_LABEL and ADMIXTURE_NOT_RECOMMENDED describe a fluid, not a dose at the tip: compile gave them for the
  // new fluid; over the drugs of both fluids together they would name an admixture neither fluid holds
  const ofTheTip = r.warnings.filter((w) => !FLUID_WARNINGS.has(w.code) && !seen.has(`${w.code}\u0000${w.path}`));
  return { errors: r.errors, warnings: ofTheTip, applied: r.applied, overridesUsed: r.overridesUsed };
}
