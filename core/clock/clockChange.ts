import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { compileOn } from '../compile/compile.js';
import { onPath, type KernelPath, type NumberPath } from '../arith/numberPath.js';
import type { DailyProgram } from '../kernel/DailyProgram.js';
import type { Window24hVolumes } from '../kernel/clock/transition24h.js';
import { mapFraction, mapProgram, mapRounded } from '../kernel/_internals/mapNumbers.js';
import { engineError, type EngineError, type EngineWarning } from '../errors/EngineError.js';
import { clockChange24h } from '../kernel/clock/clockChange24h.js';
import { least24hVolume, worst24hVolume } from '../kernel/worst24hVolume.js';
import { DAY_SECONDS } from '../kernel/DailyProgram.js';
import { compareFractions } from '../kernel/_internals/fraction.js';
import { checkDoseLimits } from '../limits/checkDoseLimits.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import { quantity } from '../quantity/Quantity.js';
import type { ClockChangeRequest } from '../request/ClockChangeRequest.js';
import { libraryOf, type LibraryOptions } from '../library/Library.js';
import { guardClockChangeRequest } from '../request/guardClockChangeRequest.js';
import { weekdayIndex } from '../request/Weekday.js';
import type { ClockChangeDrug, ClockChangeResult } from './ClockChangeResult.js';

const CEILINGS = new Set<string>(['PRESCRIBER_LIMIT_EXCEEDED', 'HARD_LIMIT_EXCEEDED', 'SOFT_LIMIT_EXCEEDED', 'OVERRIDE_BELOW_NEEDED', 'ABSOLUTE_CEILING_EXCEEDED']);

/**
 * Checks a time-of-day program across a change of the pump clock (daylight
 * saving, travel): the program compiles as `compile` compiles it, then every
 * real-time 24-hour window across the change is examined exactly
 * (`clockChange24h`). A window above a ceiling (the prescriber's `limits`, the
 * drug library's daily maxima) refuses the request with
 * `CLOCK_CHANGE_LIMIT_EXCEEDED` naming the drug; a window above or below the
 * program's own worst or least 24 h warns `CLOCK_CHANGE_ALTERS_DELIVERY`.
 * Fixed-rate pumps have no clock (`WRONG_PUMP_KIND`).
 *
 * A week program (REQ-WEEK-006) places the change in the week by
 * `clockChange.on`, its weekday on the pump clock (`MISSING_FIELD` without
 * it): the clock before the change reads that weekday at `at`, after it
 * `at + jump` (past midnight: the next or the previous weekday), and the
 * real-time windows from a day before the change to a day after are
 * scanned over the week's steps and boluses. Its `normal` figures are the
 * week's own worst and least 24 h (as compile reports them); `acrossChange`
 * is the extremes of real time holding the change, never less than the
 * normal worst nor more than the normal least.
 *
 * Fail-closed entry: the input is re-validated first (`guardClockChangeRequest`), from own
 * data properties only; anything the decoder could not have produced is a coded error (`REQUEST_NOT_WELL_FORMED`, or the decoder's code for the same rule) with the path of the first bad field, never an exception.
 *
 * `options.library`: the drug library its limits are read from (default the
 * built-in one; see `compile`).
 *
 * @example
 * import { clockChange } from './clockChange.js';
 * // baclofen 500 mcg/mL, 240 mcg/day with 720 mcg/day from 01:00 to 02:00; clock set back 1 h at 02:00:
 * // acrossChange worst 24 h 280 mcg (normal 260 mcg), CLOCK_CHANGE_ALTERS_DELIVERY;
 * // with limits.baclofen.maxDaily 270 mcg/day: refused, CLOCK_CHANGE_LIMIT_EXCEEDED (test/spec/wire/commands/clockChange.test.ts)
 *
 * Implements REQ-CLOCK-001, REQ-CLOCK-002, REQ-DOSE-005, REQ-EMBED-001, REQ-SITE-001, REQ-WEEK-006.
 * @since 0.1.0
 */
export function clockChange(request: ClockChangeRequest, options?: LibraryOptions): E.Either<EngineError[], ClockChangeResult> {
  return clockChangeOn(request, 'fast', options);
}

/** The windows across the change and the program's own worst and least 24 h, on one number path, moved back to the engine's decimals. */
function changeWindows<N>(p: NumberPath<N>, program: DailyProgram<Exact>, clockAt: Exact, jump: Exact): { readonly across: Window24hVolumes<Exact>; readonly normalWorst: Exact; readonly normalLeast: Exact } {
  const { A, into, back } = p;
  const moved = mapProgram(into, program);
  const w = clockChange24h(A, moved, into(clockAt), into(jump));
  return {
    across: { worst: mapRounded(back, w.worst), least: mapRounded(back, w.least), exact: { worst: mapFraction(back, w.exact.worst), least: mapFraction(back, w.exact.least) } },
    normalWorst: back(worst24hVolume(A, moved).volume),
    normalLeast: back(least24hVolume(A, moved).volume),
  };
}

/**
 * {@link clockChange} with its kernel (the program's compile and the windows
 * across the change) on the arithmetic `path` names: `'fast'` (scaled BigInt
 * decimals, what `clockChange` uses) or `'decimal'` (decimal.js throughout,
 * the reference). Not part of the engine's API: it exists so that a property
 * can hold the two answers identical on random requests.
 *
 * @example
 * import { clockChangeOn } from './clockChange.js';
 * // clockChangeOn(request, 'decimal') answers what clockChange(request) answers, digit for digit
 * // (properties/clock/fastPathIdentical.test.ts holds it on random requests)
 *
 * Implements REQ-ARITH-005.
 * @since 0.1.0
 */
export function clockChangeOn(request: ClockChangeRequest, kernelPath: KernelPath, options?: LibraryOptions): E.Either<EngineError[], ClockChangeResult> {
  const library = libraryOf(options);
  if (E.isLeft(library)) return library;
  const guarded = guardClockChangeRequest(request);
  if (E.isLeft(guarded)) return guarded;
  const req = guarded.right;
  const on = req.clockChange.on;
  const week = req.therapy.basal.mode === 'week';
  if (week && on === undefined) {
    return E.left([engineError('MISSING_FIELD', 'clockChange.on', 'a week program needs the weekday of the clock change ("on": "monday" … "sunday", pump clock) to place it in the week')]);
  }
  const compiledE = compileOn(req, kernelPath, { library: library.right });
  if (E.isLeft(compiledE)) return compiledE;
  const compiled = compiledE.right;
  if (compiled.kind !== 'programmable') {
    return E.left([engineError('WRONG_PUMP_KIND', 'pump', 'a fixed-rate pump has no clock: a clock change does not affect it')]);
  }
  const program = compiled.program;
  const jump = req.clockChange.jump.base;
  // the pump clock at the change: the time of day, and for a week program its weekday's offset from Monday 00:00 (REQ-WEEK-006)
  const dayOffset = week && on !== undefined ? BigInt(weekdayIndex(on)) * DAY_SECONDS : 0n;
  // the program's own extremes as compile reports them: for a daily program its day's volume (the least)
  // and that plus the patient boluses (the worst); for a week program the heaviest and lightest 24 h of the week
  const { across, normalWorst, normalLeast } = onPath(kernelPath, (p) => changeWindows(p, program, A.fromInteger(dayOffset + req.clockChange.at), jump));
  // Compared exactly: a window across the change that delivers no more (no less) than the program's own
  // worst (least) 24 h is reported, and checked against the ceilings, with that figure, as compile does,
  // not with the kernel's figure rounded to a whole base unit (on a rate grid finer than that unit the
  // rounding alone would differ). A window beyond it keeps the kernel's outward-rounded figure. For a
  // daily program the windows far from the change are normal days, so the kernel's worst is never below
  // the normal worst nor its least above the normal least; for a week program the windows scanned (a day
  // either side of the change) need not hold the week's heaviest or lightest day, and the figure reported
  // is then the week's: the extremes of real time holding the change.
  const moreThanNormal = compareFractions(A, across.exact.worst, { num: normalWorst, den: A.one }) > 0;
  const lessThanNormal = compareFractions(A, across.exact.least, { num: normalLeast, den: A.one }) < 0;
  const acrossWorst = moreThanNormal ? across.worst.value : normalWorst;
  const acrossLeast = lessThanNormal ? across.least.value : normalLeast;
  const drugs: ClockChangeDrug[] = req.reservoir.drugs.map((d) => {
    const dose = compiled.doses[d.drug];
    const c = dose?.concentration.base ?? A.zero;
    return {
      drug: d.drug,
      normal: { worst24h: A.mul(normalWorst, c), least24h: A.mul(normalLeast, c) },
      acrossChange: { worst24h: A.mul(acrossWorst, c), least24h: A.mul(acrossLeast, c) },
      unit: dose?.unit ?? 'mg',
    };
  });
  const checked = checkDoseLimits({
    drugs: drugs.map((d, i) => ({ drug: d.drug, worst24h: quantity('mass', d.acrossChange.worst24h), path: `reservoir.drugs.${i}` })),
    limits: req.limits,
    overrides: req.overrides,
    reportUnneededOverrides: false,
  }, library.right);
  const errors = checked.errors.map((e) => (CEILINGS.has(e.code)
    ? engineError('CLOCK_CHANGE_LIMIT_EXCEEDED', 'clockChange.jump', `across the clock change some real-time 24 h window breaks a ceiling (${e.code}): ${e.message}`)
    : e));
  if (errors.length > 0) return E.left(errors);
  const seen = new Set(compiled.warnings.map((w) => `${w.code}\u0000${w.path}`));
  const warnings: EngineWarning[] = [...compiled.warnings, ...checked.warnings.filter((w) => !seen.has(`${w.code}\u0000${w.path}`))];
  const changed = moreThanNormal || lessThanNormal;
  if (changed) {
    const show = (d: ClockChangeDrug): string => {
      const f = (x: typeof d.normal.worst24h, dir: 'up' | 'down'): string => formatQuantity(quantity('mass', x), d.unit, dir).text;
      return `${d.drug} ${f(d.acrossChange.least24h, 'down')} to ${f(d.acrossChange.worst24h, 'up')} (normally ${f(d.normal.least24h, 'down')} to ${f(d.normal.worst24h, 'up')})`;
    };
    warnings.push(engineError('CLOCK_CHANGE_ALTERS_DELIVERY', 'clockChange',
      `across the clock change the time-of-day steps are ${A.compare(jump, A.zero) < 0 ? 'repeated' : 'skipped'}: a real-time 24 h window delivers ${drugs.map(show).join('; ')}`));
  }
  const limits = [...compiled.limits, ...checked.applied];
  return E.right(week && on !== undefined ? { compiled, at: req.clockChange.at, jump, on, drugs, limits, warnings } : { compiled, at: req.clockChange.at, jump, drugs, limits, warnings });
}
