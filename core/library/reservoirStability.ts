import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import type { EngineError } from '../errors/EngineError.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { StabilityRule } from './drugs.js';
import { BUILT_IN_LIBRARY, drugIn, type Library } from './Library.js';
import { parseSourcedValue } from './parseSourcedValue.js';
import { nullPrototype } from '../request/ownProperties.js';
import type { SourcedValue } from './Sourced.js';

/** One drug of a fill, for `reservoirStability` (the stability check the compile runs). */
export interface FillDrug {
  readonly drug: string;
  readonly concentration?: Quantity<'concentration', Exact>;
}

/** The longest a drug may stay in the reservoir, or why the library cannot say. */
export interface StabilityVerdict {
  readonly drug: string;
  /**
   * `published`: `limit` is the shortest applicable rule; `not-published`: the
   * library has no stability or refill limit for this drug in this admixture
   * (the caller warns; it never assumes one).
   */
  readonly status: 'published' | 'not-published';
  readonly limit?: { readonly value: Quantity<'time', Exact>; readonly sourced: SourcedValue<'time'> };
  /** Every rule that applied (the binding one included). */
  readonly considered: readonly SourcedValue<'time'>[];
}

/**
 * The stability or label refill limit of every drug of a fill. A rule applies
 * when it was published for this admixture (the drug alone, or with exactly
 * these companions; label refill intervals apply in any admixture) and its
 * condition holds: `first-fill` unless the caller says it is not the first
 * fill (unknown counts as the first: the stricter), `undiluted` when the
 * concentration equals one of the drug's product concentrations, `diluted`
 * otherwise (also when the concentration is unknown: the stricter). The
 * shortest applicable rule binds.
 *
 * The rules are those of `options.library` (default the built-in one).
 *
 * @example
 * import { reservoirStability } from './reservoirStability.js';
 * const v = reservoirStability([{ drug: 'morphine' }, { drug: 'clonidine' }], { firstFill: false });
 * // Right: morphine 90 day (Hildebrand 2003: morphine with clonidine); clonidine not-published
 *
 * Implements REQ-LIB-009, REQ-RES-003, REQ-SITE-001.
 * @since 0.1.0
 */
export function reservoirStability(fill: readonly FillDrug[], options: { readonly firstFill?: boolean; readonly library?: Library }): E.Either<EngineError, StabilityVerdict[]> {
  const verdicts: StabilityVerdict[] = [];
  for (const d of fill) {
    const entry = drugIn(options.library ?? BUILT_IN_LIBRARY, d.drug);
    const companions = fill.map((o) => o.drug).filter((n) => n !== d.drug).sort();
    const undiluted = entry !== undefined && d.concentration !== undefined && isProductConcentration(entry.products.flatMap((p) => p.concentrations), d.concentration);
    const rules = (entry?.stability ?? []).filter((r) => admits(r, companions) && holds(r, options.firstFill !== false, undiluted));
    let best: { value: Quantity<'time', Exact>; sourced: SourcedValue<'time'> } | undefined;
    for (const r of rules) {
      const q = parseSourcedValue(r.maxInReservoir);
      if (E.isLeft(q)) return q;
      if (best === undefined || A.compare(q.right.base, best.value.base) < 0) best = { value: q.right, sourced: r.maxInReservoir };
    }
    verdicts.push(best === undefined
      ? nullPrototype({ drug: d.drug, status: 'not-published', considered: [] })
      : nullPrototype({ drug: d.drug, status: 'published', limit: best, considered: rules.map((r) => r.maxInReservoir) }));
  }
  return E.right(verdicts);
}

function admits(rule: StabilityRule, companions: readonly string[]): boolean {
  if (rule.companions === 'any') return true;
  return rule.companions.some((set) => set.length === companions.length && [...set].sort().every((n, i) => n === companions[i]));
}

function holds(rule: StabilityRule, firstFill: boolean, undiluted: boolean): boolean {
  switch (rule.condition) {
    case 'any':
      return true;
    case 'first-fill':
      return firstFill;
    case 'diluted':
      return !undiluted;
    case 'undiluted':
      return undiluted;
  }
}

function isProductConcentration(concs: readonly SourcedValue<'concentration'>[], c: Quantity<'concentration', Exact>): boolean {
  return concs.some((v) => E.exists((q: Quantity<'concentration', Exact>) => A.compare(q.base, c.base) === 0)(parseSourcedValue(v)));
}
