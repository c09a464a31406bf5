import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError, type EngineWarning } from '../errors/EngineError.js';
import type { Region, TitrationRule } from '../library/drugs.js';
import { BUILT_IN_LIBRARY, drugIn, type Library } from '../library/Library.js';
import { parseSourcedValue } from '../library/parseSourcedValue.js';
import type { Confidence, SourcedValue } from '../library/Sourced.js';
import { printExact } from '../quantity/_internals/printExact.js';
import { quantity, type Quantity } from '../quantity/Quantity.js';
import { guardTitrationInput } from '../request/guardLimitInputs.js';
import { quotientUpForUpperBound } from '../rounding/directedRounding.js';

/**
 * A dose change to check against the library's titration rules.
 * @since 0.1.0
 */
export interface TitrationInput {
  readonly drug: string;
  /** The new daily dose (the prescription being checked). */
  readonly newDose: Quantity<'doseRate', Exact>;
  /** The daily dose before this change (`titration.previousDose`). */
  readonly previousDose: Quantity<'doseRate', Exact>;
  /** Time since the last change (`titration.since`). */
  readonly since: Quantity<'time', Exact>;
  /** Path the errors name; default `titration.previousDose`. */
  readonly path?: string;
}

/** One part of a rule as checked: the rule's number and the change's. */
export interface TitrationCheck {
  readonly what: 'maxIncrease' | 'maxIncreasePercent' | 'minInterval';
  readonly value: string;
  readonly checked: string;
  readonly source: string;
  readonly breached: boolean;
}

/**
 * A titration rule that was applied, with its source and verdict
 * (`not-an-increase` when the dose did not rise: the rules bound increases only).
 * @since 0.1.0
 */
export interface TitrationApplied {
  readonly drug: string;
  readonly strength: TitrationRule['strength'];
  readonly rule: string;
  readonly source: string;
  readonly confidence: Confidence;
  readonly region?: Region;
  readonly checks: readonly TitrationCheck[];
  readonly outcome: 'within' | 'exceeded' | 'not-an-increase';
}

/** Errors (hard rules), warnings (advisory guidance) and every rule applied. */
export interface TitrationResult {
  readonly errors: EngineError[];
  readonly warnings: EngineWarning[];
  readonly applied: TitrationApplied[];
}

/** Percent of an increase, rounded up to 0.01 % (for messages only: the verdict is exact). */
const PERCENT_GRID = A.fromDecimalString('0.01');

/**
 * Checks a dose increase against the drug library's titration rules. A rule
 * bounds an increase (new minus previous daily dose) by an amount
 * (ziconotide: at most 2.4 mcg/day per change, Prialt US label), a percentage
 * of the previous dose (baclofen: 30 %, label; Saulino 2016) and a least time
 * since the last change (ziconotide EU: 24 h; baclofen: once per 24 h). A
 * breach of a `hard` rule is refused with TITRATION_LIMIT_EXCEEDED naming the
 * rule and its source; a breach of `advisory` guidance (the PACC consensus
 * ziconotide step of 0.5 mcg/day weekly, the EU 48 h recommendation, the
 * baclofen rules, whose label text was not read to confirm them: the 30 % step
 * once per 24 h and the 15 % step for cerebral origin and children) is the
 * warning TITRATION_ABOVE_GUIDANCE. Decreases and unchanged doses are not bounded.
 * All regions' rules apply (the stricter wins). Comparisons are exact: an
 * increase equal to the limit is within it. A drug with no rule (or not in the
 * library) gives an empty result. The rules are those of `library` (default
 * the built-in one).
 *
 * Fail-closed entry: the input is re-validated first (`guardTitrationInput`), from own
 * data properties only; anything else is a report whose only error is a coded one (`REQUEST_NOT_WELL_FORMED`) with its path, never an exception.
 *
 * @example
 * import { checkTitration } from './checkTitration.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * import { quantity } from '../quantity/Quantity.js';
 * // ziconotide 2.4 → 4.9 mcg/day (+2.5) after 7 days: refused (at most +2.4 mcg/day, Prialt US label)
 * const r = checkTitration({ drug: 'ziconotide', previousDose: quantity('doseRate', A.fromInteger(2400n)),
 *   newDose: quantity('doseRate', A.fromInteger(4900n)), since: quantity('time', A.fromInteger(604_800n)) });
 * // r.errors[0].code is 'TITRATION_LIMIT_EXCEEDED', path 'titration.previousDose'
 *
 * Implements REQ-TITR-001, REQ-TITR-002, REQ-LIB-101, REQ-EMBED-001, REQ-SITE-001.
 * @since 0.1.0
 */
export function checkTitration(given: TitrationInput, library: Library = BUILT_IN_LIBRARY): TitrationResult {
  const guarded = guardTitrationInput(given);
  if (E.isLeft(guarded)) return { errors: guarded.left, warnings: [], applied: [] };
  const input = guarded.right;
  const errors: EngineError[] = [];
  const warnings: EngineWarning[] = [];
  const applied: TitrationApplied[] = [];
  const entry = drugIn(library, input.drug);
  if (entry === undefined) return { errors, warnings, applied };
  const path = input.path ?? 'titration.previousDose';
  const increase = A.sub(input.newDose.base, input.previousDose.base);
  const rising = A.compare(increase, A.zero) > 0;
  const unit = A.compare(input.newDose.base, A.fromInteger(1_000_000n)) >= 0 ? 'mg/day' : 'mcg/day';
  const rate = (x: Exact): string => printExact(quantity('doseRate', x), unit, 'up').text;
  const hours = printExact(input.since, 'h', 'down').text;

  for (const rule of entry.titration) {
    const checks: TitrationCheck[] = [];
    const parsed = <D extends 'doseRate' | 'percent' | 'time'>(v: SourcedValue<D> | undefined): Quantity<D, Exact> | undefined => {
      if (v === undefined) return undefined;
      const q = parseSourcedValue(v);
      if (E.isLeft(q)) {
        errors.push(q.left);
        return undefined;
      }
      return q.right;
    };
    const maxInc = parsed(rule.maxIncrease);
    if (rule.maxIncrease !== undefined && maxInc !== undefined) {
      checks.push({ what: 'maxIncrease', value: rule.maxIncrease.value, checked: `+${rate(increase)}`, source: rule.maxIncrease.source,
        breached: rising && A.compare(increase, maxInc.base) > 0 });
    }
    const maxPct = parsed(rule.maxIncreasePercent);
    if (rule.maxIncreasePercent !== undefined && maxPct !== undefined) {
      // increase / previous > pct / 100  ⇔  increase × 100 > pct × previous (no division)
      const hundredTimes = A.mul(increase, A.fromInteger(100n));
      const breached = rising && A.compare(hundredTimes, A.mul(maxPct.base, input.previousDose.base)) > 0;
      const shown = A.compare(input.previousDose.base, A.zero) > 0
        ? `+${printExact(quantity('percent', quotientUpForUpperBound(A, hundredTimes, input.previousDose.base, PERCENT_GRID).value), '%', 'up').text}`
        : 'an increase from zero';
      checks.push({ what: 'maxIncreasePercent', value: rule.maxIncreasePercent.value, checked: rising ? shown : '+0 %', source: rule.maxIncreasePercent.source, breached });
    }
    const minGap = parsed(rule.minInterval);
    if (rule.minInterval !== undefined && minGap !== undefined) {
      checks.push({ what: 'minInterval', value: rule.minInterval.value, checked: hours, source: rule.minInterval.source,
        breached: rising && A.compare(input.since.base, minGap.base) < 0 });
    }
    const broken = checks.filter((c) => c.breached);
    applied.push({
      drug: input.drug, strength: rule.strength, rule: rule.wording.text, source: rule.wording.source, confidence: rule.wording.confidence,
      ...(rule.region === undefined ? {} : { region: rule.region }),
      checks, outcome: !rising ? 'not-an-increase' : broken.length > 0 ? 'exceeded' : 'within',
    });
    if (broken.length === 0) continue;
    const detail = broken.map((c) => `${PART[c.what]} ${c.value} (${c.source}), this change ${c.checked}`).join('; ');
    const head = `${input.drug}: ${rate(input.previousDose.base)} → ${rate(input.newDose.base)} after ${hours}`;
    if (rule.strength === 'hard') {
      errors.push(engineError('TITRATION_LIMIT_EXCEEDED', path, `${head} breaks the titration rule "${rule.wording.text}" (${rule.wording.source}): ${detail}`));
    } else {
      warnings.push(engineError('TITRATION_ABOVE_GUIDANCE', path, `${head} is faster than the guidance "${rule.wording.text}" (${rule.wording.source}): ${detail}`));
    }
  }
  return { errors, warnings, applied };
}

const PART: Readonly<Record<TitrationCheck['what'], string>> = {
  maxIncrease: 'increase at most',
  maxIncreasePercent: 'increase at most',
  minInterval: 'changes at least this far apart:',
};
