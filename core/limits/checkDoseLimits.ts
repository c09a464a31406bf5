import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError, type EngineWarning } from '../errors/EngineError.js';
import type { DrugEntry, DrugLimit, Region } from '../library/drugs.js';
import { BUILT_IN_LIBRARY, drugIn, type Library } from '../library/Library.js';
import { parseSourcedValue } from '../library/parseSourcedValue.js';
import type { Confidence, SourcedValue } from '../library/Sourced.js';
import { printExact } from '../quantity/_internals/printExact.js';
import { quantity, type Quantity } from '../quantity/Quantity.js';
import type { DrugLimits, Override } from '../request/CompileRequest.js';
import type { LimitApplied, LimitComparison } from './LimitApplied.js';
import { admixtureWarnings } from './_internals/admixtureWarnings.js';
import { overrideFor } from './_internals/overrideFor.js';
import { unneededOverrides } from './_internals/unneededOverrides.js';
import { guardDoseLimitInput } from '../request/guardLimitInputs.js';
import { nullPrototype } from '../request/ownProperties.js';
import { massIn24h, massPart, readableMassUnit, unitOf } from './_internals/units.js';

/**
 * One drug of the admixture as the program delivers it.
 * @since 0.1.0
 */
export interface DrugDoseForLimits {
  /** The drug's name as the request gives it (library names are lower case). */
  readonly drug: string;
  /**
   * The most the program can deliver of this drug in any 24-hour window (patient
   * boluses adversarial, after every rounding): a mass, compared with a daily
   * maximum × 1 day.
   */
  readonly worst24h: Quantity<'mass', Exact>;
  /** The drug's concentration in the reservoir (given or, for a fixed-rate pump, solved); absent: not checked. */
  readonly concentration?: Quantity<'concentration', Exact>;
  /** The drug in one patient-activated bolus; absent when there is none. */
  readonly patientBolusDose?: Quantity<'mass', Exact>;
  /** The request path of the drug's reservoir entry; default `reservoir.drugs.<index>`. */
  readonly path?: string;
}

/**
 * What {@link checkDoseLimits} needs: every drug of the admixture (not only
 * the prescribed one) and the request's `limits` and `overrides`, as decoded.
 * @since 0.1.0
 */
export interface DoseLimitInput {
  readonly drugs: readonly DrugDoseForLimits[];
  /** The prescriber's ceilings per drug name (`limits` of the request). */
  readonly limits: Readonly<Record<string, DrugLimits>>;
  readonly overrides: readonly Override[];
  /**
   * Whether an override that no exceeded soft limit needed is reported
   * (`OVERRIDE_NOT_NEEDED`); default true. A caller that checks only part of
   * the limits (the tip doses of bridge and prime, a clock change) passes
   * false: the full check of the same request reports them.
   */
  readonly reportUnneededOverrides?: boolean;
  /**
   * Whether the warnings about what a fluid holds (OFF_LABEL for a drug or an
   * admixture, ADMIXTURE_NOT_RECOMMENDED) are given; default true. A caller
   * whose `drugs` are not one fluid (the tip doses of a bridge, the drugs of
   * the old and the new fluid together) passes false: over them an admixture
   * warning would name a mixture no fluid holds.
   */
  readonly reportFluidWarnings?: boolean;
  /**
   * Whether a drug not approved for intrathecal pumps gets the per-drug
   * OFF_LABEL; default true. A caller that checks the fluid against the
   * pump's own labelled use (compile, when the pump's label is known) passes
   * false: OFF_LABEL_FOR_PUMP then says it, once.
   */
  readonly reportDrugOffLabel?: boolean;
}

/**
 * The verdict: refusals, warnings, and every limit that was applied, with its
 * source (also those that were met).
 * @since 0.1.0
 */
export interface DoseLimitResult {
  readonly errors: EngineError[];
  readonly warnings: EngineWarning[];
  readonly applied: LimitApplied[];
  /** The indices (in `overrides`) of the overrides an exceeded soft limit used, whether or not their `upTo` sufficed. */
  readonly overridesUsed: readonly number[];
}

/**
 * Checks every drug of an admixture against the drug library and the
 * prescriber's ceilings.
 *
 * - **Hard limits** (label maxima; for a drug sold in products approved for
 *   intrathecal pumps, also the highest such product concentration):
 *   `HARD_LIMIT_EXCEEDED`, never overridable. Where regions' labels differ
 *   (ziconotide US 19.2, EU 21.6 mcg/day) the stricter applies.
 * - **Soft limits** (guideline maxima, label cautions): `SOFT_LIMIT_EXCEEDED`
 *   unless `overrides` holds that code for that drug with a non-empty reason;
 *   then the warning `SOFT_LIMIT_OVERRIDDEN` repeats the reason. A soft
 *   concentration limit never flags the concentration of an approved product
 *   (morphine 25 mg/mL, Infumorph).
 * - **Overrides are bounded**: one names the soft limit it passes (`limit`)
 *   and the most it allows (`upTo`); a value checked above `upTo` is refused
 *   (`OVERRIDE_BELOW_NEEDED` at `overrides.<i>.upTo`, naming the value
 *   needed); an override nothing needed is the warning `OVERRIDE_NOT_NEEDED`
 *   (unless `reportUnneededOverrides` is false).
 * - **Absolute ceilings** (the library's `absoluteCeilings`: documented engine
 *   bounds where no label maximum exists): `ABSOLUTE_CEILING_EXCEEDED`,
 *   whatever the overrides and the prescriber's limits say.
 * - **Prescriber** `limits.<drug>.maxDaily`: `PRESCRIBER_LIMIT_EXCEEDED`.
 * - A drug not in the library: `UNKNOWN_DRUG` without a prescriber `maxDaily`,
 *   else the warning `NOT_IN_LIBRARY`. A library drug with no published daily
 *   maximum (fentanyl, sufentanil, baclofen) and no prescriber `maxDaily`:
 *   `NO_DAILY_CEILING`. No drug runs without a ceiling.
 * - Warnings `OFF_LABEL` (drugs not approved for pumps, unless
 *   `reportDrugOffLabel` is false, and every admixture) and
 *   `ADMIXTURE_NOT_RECOMMENDED` (label advice against the mixture).
 *
 * The library is `library` (default the built-in one; a site library laid
 * over it by `applySiteLibrary`).
 *
 * Daily limits are compared with the worst 24 h exactly (a daily maximum × 1
 * day, in base units): the verdict does not depend on the units the request
 * used. A value equal to a limit is within it. Messages cite the source.
 * Paths: `<path>.drug` for daily and bolus limits and for UNKNOWN_DRUG,
 * `<path>.concentration` for concentrations, `limits.<drug>.maxDaily` for the
 * prescriber's ceiling and NO_DAILY_CEILING.
 *
 * Fail-closed entry: the input is re-validated first (`guardDoseLimitInput`), from own
 * data properties only; anything else is a report whose only error is a coded one (`REQUEST_NOT_WELL_FORMED`) with its path, never an exception.
 *
 * @example
 * import { checkDoseLimits } from './checkDoseLimits.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * import { quantity } from '../quantity/Quantity.js';
 * // ziconotide, worst 24 h 30 mcg (30 × 86 400 000 base mass units)
 * const r = checkDoseLimits({ drugs: [{ drug: 'ziconotide', worst24h: quantity('mass', A.fromInteger(2_592_000_000n)) }], limits: {}, overrides: [] });
 * // r.errors[0].code is 'HARD_LIMIT_EXCEEDED' (19.2 mcg/day, Prialt US label), path 'reservoir.drugs.0.drug'
 *
 * Implements REQ-LIB-002, REQ-LIB-003, REQ-LIB-004, REQ-LIB-005, REQ-LIB-006, REQ-LIB-007, REQ-LIB-008, REQ-DOSE-005, REQ-EMBED-001,
 * REQ-LIMIT-102, REQ-LIMIT-103, REQ-LIMIT-104, REQ-LIMIT-105, REQ-LABEL-002, REQ-SITE-001.
 * @since 0.1.0
 */
export function checkDoseLimits(given: DoseLimitInput, library: Library = BUILT_IN_LIBRARY): DoseLimitResult {
  const guarded = guardDoseLimitInput(given);
  if (E.isLeft(guarded)) return { errors: guarded.left, warnings: [], applied: [], overridesUsed: [] };
  const input = guarded.right;
  const errors: EngineError[] = [];
  const warnings: EngineWarning[] = [];
  const applied: LimitApplied[] = [];
  const used = new Set<number>();
  const drugs = input.drugs.map((d, i) => nullPrototype({ ...d, path: d.path ?? `reservoir.drugs.${i}` }));
  for (const d of drugs) {
    const entry = drugIn(library, d.drug);
    const prescriberMax = Object.prototype.hasOwnProperty.call(input.limits, d.drug) ? input.limits[d.drug]?.maxDaily : undefined;
    if (entry === undefined) {
      if (prescriberMax === undefined) {
        errors.push(engineError('UNKNOWN_DRUG', `${d.path}.drug`, unknownDrugMessage(d.drug, library.drugNames)));
        continue;
      }
      warnings.push(engineError('NOT_IN_LIBRARY', `${d.path}.drug`, `"${d.drug}" is not in the drug library (version ${library.drugLibraryVersion}); only the prescriber ceiling limits.${d.drug}.maxDaily bounds it`));
    } else {
      const lib = checkLibraryLimits(entry, d, input.overrides, used);
      errors.push(...lib.errors);
      warnings.push(...lib.warnings);
      applied.push(...lib.applied);
      const hasDaily = [...entry.hardLimits, ...entry.softLimits].some((l) => l.kind === 'maxDaily');
      if (!hasDaily && prescriberMax === undefined) {
        errors.push(engineError('NO_DAILY_CEILING', `limits.${d.drug}.maxDaily`,
          `the drug library has no published maximum daily dose for ${d.drug}; give limits.${d.drug}.maxDaily (no drug runs without a ceiling)`));
      }
    }
    if (prescriberMax !== undefined) {
      const limit = massIn24h(prescriberMax);
      const unit = readableMassUnit(limit);
      const rec = comparison(d.drug, 'prescriber', 'maxDaily', printExact(prescriberMax, `${unit}/day`, 'down').text, 'request limits', 'prescriber', undefined,
        { dim: 'mass', limit, checked: d.worst24h, margin: quantity('mass', A.sub(limit.base, d.worst24h.base)) }, unit);
      applied.push(rec);
      if (rec.outcome === 'exceeded') {
        errors.push(engineError('PRESCRIBER_LIMIT_EXCEEDED', `limits.${d.drug}.maxDaily`,
          `${d.drug}: the most the program can deliver in any 24 h, ${rec.checked}, exceeds the prescriber ceiling ${rec.value}`));
      }
    }
  }
  if (input.reportFluidWarnings !== false) warnings.push(...admixtureWarnings(drugs, input.reportDrugOffLabel !== false, library));
  if (input.reportUnneededOverrides !== false) warnings.push(...unneededOverrides(input.overrides, used, drugs, applied));
  return { errors, warnings, applied, overridesUsed: [...used].sort((a, b) => a - b) };
}

/** A library limit evaluated against one drug's dose, before overrides are considered. */
interface Evaluation {
  readonly strength: 'absolute' | 'hard' | 'soft';
  readonly kind: DrugLimit['kind'];
  readonly value: SourcedValue;
  readonly region?: Region;
  readonly cmp: LimitComparison;
  readonly unit: string;
  readonly exceeded: boolean;
  readonly note?: string;
}

function checkLibraryLimits(entry: DrugEntry, d: DrugDoseForLimits & { path: string }, overrides: readonly Override[], used: Set<number>): Omit<DoseLimitResult, 'overridesUsed'> {
  const errors: EngineError[] = [];
  const warnings: EngineWarning[] = [];
  const applied: LimitApplied[] = [];
  const evals: Evaluation[] = [];
  const productConcs = entry.products.filter((p) => p.forPumps).flatMap((p) => p.concentrations.map((c) => ({ product: p.name, c })));

  const evaluate = (strength: 'absolute' | 'hard' | 'soft', l: DrugLimit | (SourcedValue<'concentration'> & { kind: 'maxConcentration'; region?: Region }), note?: string): void => {
    const parsed = parseSourcedValue<typeof l.dim>(l);
    if (E.isLeft(parsed)) {
      errors.push(parsed.left);
      return;
    }
    const region = l.region === undefined ? {} : { region: l.region };
    if (l.kind === 'maxDaily') {
      const limit = massIn24h(quantity('doseRate', parsed.right.base));
      const cmp: LimitComparison = { dim: 'mass', limit, checked: d.worst24h, margin: quantity('mass', A.sub(limit.base, d.worst24h.base)) };
      evals.push(nullPrototype({ strength, kind: l.kind, value: l, ...region, cmp, unit: massPart(unitOf(l.value)), exceeded: A.compare(d.worst24h.base, limit.base) > 0 }));
    } else if (l.kind === 'maxBolus') {
      if (d.patientBolusDose === undefined) return;
      const limit = quantity('mass', parsed.right.base);
      const cmp: LimitComparison = { dim: 'mass', limit, checked: d.patientBolusDose, margin: quantity('mass', A.sub(limit.base, d.patientBolusDose.base)) };
      evals.push(nullPrototype({ strength, kind: l.kind, value: l, ...region, cmp, unit: unitOf(l.value), exceeded: A.compare(d.patientBolusDose.base, limit.base) > 0 }));
    } else {
      const conc = d.concentration;
      if (conc === undefined) return;
      const limit = quantity('concentration', parsed.right.base);
      const cmp: LimitComparison = { dim: 'concentration', limit, checked: conc, margin: quantity('concentration', A.sub(limit.base, conc.base)) };
      const above = A.compare(conc.base, limit.base) > 0;
      const product = strength === 'soft' && above ? productConcs.find((p) => E.exists((q: Quantity<'concentration', Exact>) => A.compare(q.base, conc.base) === 0)(parseSourcedValue(p.c))) : undefined;
      const exemption = product === undefined ? {} : { note: `the concentration of an approved product (${product.product} ${product.c.value}, ${product.c.source}) is never flagged by a soft limit` };
      evals.push(nullPrototype({ strength, kind: l.kind, value: l, ...region, cmp, unit: unitOf(l.value), exceeded: above && product === undefined, ...(note === undefined ? {} : { note }), ...exemption }));
    }
  };

  for (const l of entry.hardLimits) evaluate('hard', l);
  const highest = highestProductConcentration(productConcs);
  if (highest !== undefined) {
    evaluate('hard', nullPrototype({ kind: 'maxConcentration' as const, ...highest.c }),
      `the highest concentration of a product approved for intrathecal pumps (${highest.product}); a higher one cannot come from an approved product`);
  }
  for (const l of entry.softLimits) evaluate('soft', l);
  for (const l of entry.absoluteCeilings) evaluate('absolute', l);

  for (const strength of ['hard', 'soft', 'absolute'] as const) {
    for (const kind of ['maxDaily', 'maxConcentration', 'maxBolus'] as const) {
      const group = evals.filter((e) => e.strength === strength && e.kind === kind);
      const over = group.filter((e) => e.exceeded).sort((a, b) => A.compare(a.cmp.limit.base, b.cmp.limit.base));
      const first = over[0];
      const o = strength === 'soft' ? overrideFor(overrides, d.drug, kind) : undefined;
      const covers = o !== undefined && first !== undefined && A.compare(first.cmp.checked.base, upToBase(o.override)) <= 0;
      for (const e of group) {
        const outcome = !e.exceeded ? 'within' : covers ? 'overridden' : 'exceeded';
        applied.push(comparison(d.drug, strength, kind, e.value.value, e.value.source, e.value.confidence, e.region, e.cmp, e.unit, outcome, covers && e.exceeded ? o.override.reason : undefined, e.note));
      }
      if (first === undefined) continue;
      const path = kind === 'maxConcentration' ? `${d.path}.concentration` : `${d.path}.drug`;
      const text = describe(d.drug, first, over.slice(1), group.filter((e) => !e.exceeded && e.region !== undefined));
      if (o !== undefined) used.add(o.index);
      if (strength !== 'soft') {
        const tried = indicesOf(overrides, (x) => x.drug === d.drug && (x.code === 'HARD_LIMIT_EXCEEDED' || x.limit === kind));
        for (const i of tried) used.add(i);
        const doesNotApply = tried.length > 0 ? ' (the override in the request does not apply)' : '';
        errors.push(strength === 'hard'
          ? engineError('HARD_LIMIT_EXCEEDED', path, `${text}; a hard limit has no override${doesNotApply}`)
          : engineError('ABSOLUTE_CEILING_EXCEEDED', path, `${text}; nothing passes an absolute ceiling, neither an override nor the prescriber's limits${doesNotApply}`));
      } else if (o !== undefined && covers) {
        warnings.push(engineError('SOFT_LIMIT_OVERRIDDEN', path, `${text}; overridden up to ${upToText(o.override, first)}: "${o.override.reason}"`));
      } else if (o !== undefined) {
        const needed = neededText(first);
        errors.push(engineError('OVERRIDE_BELOW_NEEDED', `overrides.${o.index}.upTo`,
          `${text}; the override allows up to ${upToText(o.override, first)}, less than what is needed: the value needed is ${needed}; raise upTo to at least ${needed} (with a reason) or lower the dose`));
      } else {
        const blank = indicesOf(overrides, (x) => x.code === 'SOFT_LIMIT_EXCEEDED' && x.drug === d.drug && x.limit === kind && x.reason.trim() === '');
        for (const i of blank) used.add(i);
        const empty = blank.length > 0 ? ' (the override in the request has an empty reason, which does not count)' : '';
        errors.push(engineError('SOFT_LIMIT_EXCEEDED', path,
          `${text}; to proceed, add to overrides { "code": "SOFT_LIMIT_EXCEEDED", "drug": "${d.drug}", "limit": "${kind}", "upTo": "${neededText(first)}", "reason": "..." } (upTo: the most you allow, at least ${neededText(first)})${empty}`));
      }
    }
  }
  return { errors, warnings, applied };
}

/** The indices of the overrides that satisfy `p`. */
function indicesOf(overrides: readonly Override[], p: (o: Override) => boolean): number[] {
  return overrides.flatMap((o, i) => (p(o) ? [i] : []));
}

/** The `upTo` of an override in the base units of the value it bounds (a daily dose as the mass of 24 h). */
function upToBase(o: Override): Exact {
  return o.limit === 'maxDaily' ? massIn24h(o.upTo).base : o.upTo.base;
}

/** The `upTo` of an override as a person reads it, in the unit of the limit it passes, rounded down. */
function upToText(o: Override, e: Evaluation): string {
  if (o.limit === 'maxDaily') return `${printExact(quantity('mass', upToBase(o)), e.unit, 'down').text}/day`;
  return printExact(quantity(o.upTo.dim, o.upTo.base), e.unit, 'down').text;
}

/** The least `upTo` that covers the value checked (a daily dose per day), rounded up. */
function neededText(e: Evaluation): string {
  return e.kind === 'maxDaily' ? `${printCmp(e.cmp, 'checked', e.unit, 'up')}/day` : printCmp(e.cmp, 'checked', e.unit, 'up');
}

/** The highest concentration among the products approved for pumps, if any. */
function highestProductConcentration<T extends { readonly c: SourcedValue<'concentration'> }>(products: readonly T[]): T | undefined {
  let best: { p: T; q: Exact } | undefined;
  for (const p of products) {
    const q = parseSourcedValue(p.c);
    if (E.isRight(q) && (best === undefined || A.compare(q.right.base, best.q) > 0)) best = { p, q: q.right.base };
  }
  return best?.p;
}

const WHAT: Readonly<Record<DrugLimit['kind'], (checked: string) => string>> = {
  maxDaily: (c) => `the most the program can deliver in any 24 h, ${c},`,
  maxConcentration: (c) => `the concentration ${c}`,
  maxBolus: (c) => `the patient bolus dose ${c}`,
};

function cite(e: Evaluation): string {
  const sure = e.value.confidence === 'unverified' ? ', unverified' : '';
  return `${e.value.value} (${e.value.source}${sure}${e.value.note === undefined ? '' : `: ${e.value.note}`})`;
}

function describe(drug: string, first: Evaluation, alsoOver: readonly Evaluation[], regionalWithin: readonly Evaluation[]): string {
  const name = first.strength === 'absolute' ? 'absolute ceiling'
    : first.strength === 'hard' ? (first.kind === 'maxConcentration' && first.note !== undefined ? 'hard limit' : 'label maximum') : 'soft limit';
  const checked = printCmp(first.cmp, 'checked', first.unit, 'up');
  let text = `${drug}: ${WHAT[first.kind](checked)} exceeds the ${name} ${cite(first)}`;
  if (first.note !== undefined) text += ` [${first.note}]`;
  if (alsoOver.length > 0) text += `; also above ${alsoOver.map(cite).join(', ')}`;
  if (regionalWithin.length > 0) text += `; the stricter region applies (within ${regionalWithin.map((e) => `${e.region ?? ''} ${e.value.value}`).join(', ')})`;
  return text;
}

function printCmp(cmp: LimitComparison, which: 'limit' | 'checked' | 'margin', unit: string, dir: 'up' | 'down'): string {
  return printExact(cmp[which], unit, dir).text;
}

function comparison(
  drug: string,
  strength: LimitApplied['strength'],
  kind: LimitApplied['kind'],
  value: string,
  source: string,
  confidence: Confidence | 'prescriber',
  region: Region | undefined,
  cmp: LimitComparison,
  unit: string,
  outcome?: LimitApplied['outcome'],
  overrideReason?: string,
  note?: string,
): LimitApplied {
  const exceeded = A.compare(cmp.checked.base, cmp.limit.base) > 0;
  return {
    drug, strength, kind, limit: `${strength} ${kind}`, value,
    checked: printCmp(cmp, 'checked', unit, 'up'),
    margin: printCmp(cmp, 'margin', unit, 'down'),
    source, confidence,
    ...(region === undefined ? {} : { region }),
    outcome: outcome ?? (exceeded ? 'exceeded' : 'within'),
    ...(overrideReason === undefined ? {} : { overrideReason }),
    ...(note === undefined ? {} : { note }),
    exact: cmp,
  };
}

function unknownDrugMessage(drug: string, names: readonly string[]): string {
  const lower = drug.toLowerCase();
  const hint = lower !== drug && names.includes(lower) ? `; drug names are lower case: did you mean "${lower}"?` : '';
  return `"${drug}" is not in the drug library (${names.join(', ')}) and limits.${drug}.maxDaily is not given: no drug runs without a ceiling${hint}`;
}
