import * as E from 'fp-ts/lib/Either.js';
import { massUnitForConcentration } from '../quantity/massDisplayUnit.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { compileOn } from '../compile/compile.js';
import type { KernelPath } from '../arith/numberPath.js';
import { tipKernel } from './_internals/tipKernel.js';
import type { RoundingRecord } from '../compile/CompileResult.js';
import { engineError, type EngineError, type EngineWarning } from '../errors/EngineError.js';
import type { DeliveryPlan, FluidPath } from '../kernel/bridge/DeliveryPlan.js';
import { planBridge } from '../kernel/bridge/planBridge.js';
import type { LimitApplied } from '../limits/LimitApplied.js';
import { resolvePump } from '../pump/resolvePump.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import { quantity } from '../quantity/Quantity.js';
import type { BridgeRequest } from '../request/BridgeRequest.js';
import type { BridgeDrug, BridgeResult, TipRange } from './BridgeResult.js';
import { catheterVolume } from './_internals/catheterVolume.js';
import { rerootPath } from './_internals/rerootPath.js';
import { roundedWarning } from '../compile/_internals/roundedWarning.js';
import { guardBridgeRequest } from '../request/guardBridgeRequest.js';
import { MAX_WEEK_FLUSH_PERIODS } from '../request/bounds.js';
import { weekdayIndex } from '../request/Weekday.js';
import { dailyVolume } from '../kernel/dailyVolume.js';
import { DAY_SECONDS } from '../kernel/DailyProgram.js';
import { tipLimits } from './_internals/tipLimits.js';
import { libraryOf, type LibraryOptions } from '../library/Library.js';

const DAY = A.fromInteger(86_400n);
const flowText = (x: Exact): string => formatQuantity(quantity('flow', x), 'mL/day', 'down').text;
const massText = (x: Exact, unit: string, d: 'up' | 'down'): string => formatQuantity(quantity('mass', x), unit, d).text;
const concText = (x: Exact, unit: string): string => formatQuantity(quantity('concentration', x), `${unit}/mL`, 'down').text;

/** Paths of compile's answer, re-rooted in the bridge request. */
const REQUEST_PATHS = [['reservoir.drugs', 'new.drugs'], ['reservoir.fill', 'new.fill'], ['reservoir.filledAt', 'new.filledAt'], ['reservoir', 'new'], ['therapy', 'new.therapy']] as const;

/**
 * Plans a change of drug or concentration at a refill and proves what it does
 * at the catheter tip.
 *
 * The new therapy compiles exactly as `compile` would (same rates, roundings,
 * limits). The dead volume (the pump's internal volume plus the catheter's)
 * still holds the old fluid, which the tip delivers first (plug flow). The
 * response gives, for every drug of either fluid, the worst and least 24 h
 * tip dose over every window from the refill on, without a bridge (the new
 * program pushing the old fluid) and with the bridge (`planBridge`: the old
 * fluid at the flow that gives the new dose, toward less drug, switched to the
 * new program on the safe side of the flush).
 *
 * Each drug's prescribed range runs from the lower of its old daily dose
 * (`old.rate` × old concentration) and the new least 24 h, to the higher of
 * its old daily dose and the new worst 24 h. Without a bridge, leaving it
 * warns `BRIDGE_REQUIRED` and sets `overdoseWithoutBridge` /
 * `underdoseWithoutBridge`. With the bridge, the worst 24 h tip dose of every
 * drug is checked against its ceilings (refused as compile refuses), and
 * leaving the range warns `BRIDGE_TIP_DOSE_OUT_OF_RANGE` (a mixed window at
 * the switch, or an admixture drug whose ratio changed).
 *
 * The 24 h windows across the refill (`tipDoseAcrossRefill`: the old fluid at
 * `old.rate` until the refill at `new.filledAt`, then each plan) are reported
 * with and without the bridge and warn as the windows after the refill do; a
 * crossing window is checked against the ceilings only when it is above both
 * the windows after the refill and the old daily dose (a patient already above
 * a new ceiling must still be refillable onto a lower dose).
 *
 * A week program (REQ-WEEK-007) starts at the refill's weekday and time
 * (`new.filledOn`, required: `FILL_WEEKDAY_REQUIRED`); the bridge flow gives
 * its average daily dose from the old fluid (`planBridge`), and every tip
 * dose is found over the week's own windows. A week program that would take
 * more than `MAX_WEEK_FLUSH_PERIODS` weeks to push the dead volume out
 * (without a bridge) is refused (`WEEK_PROGRAM_NOT_ANALYSED` at
 * `new.therapy`): its windows are scanned at every start up to a week past
 * the flush.
 *
 * Programmable pumps only: a fixed-rate pump cannot run a bridge
 * (`WRONG_PUMP_KIND`).
 *
 * Fail-closed entry: the input is re-validated first (`guardBridgeRequest`), from own
 * data properties only; anything the decoder could not have produced is a coded error (`REQUEST_NOT_WELL_FORMED`, or the decoder's code for the same rule) with the path of the first bad field, never an exception.
 *
 * `options.library`: the drug library its limits are read from (default the
 * built-in one; see `compile`).
 *
 * @example
 * import { bridge } from './bridge.js';
 * // 20 → 10 mg/mL morphine at 3 mg/day, dead volume 0.2 + 0.05 mL (see test/core/bridge/bridge.test.ts):
 * // withoutBridge morphine worst 24 h 5.5 mg (BRIDGE_REQUIRED, overdoseWithoutBridge);
 * // bridge 0.15 mL/day for 2400 min, then 0.3 mL/day: tip worst and least 3 mg.
 *
 * Implements REQ-BRIDGE-001, REQ-BRIDGE-002, REQ-BRIDGE-003, REQ-BRIDGE-004, REQ-BRIDGE-005, REQ-BRIDGE-006, REQ-DOSE-005, REQ-EMBED-001, REQ-XREFILL-003, REQ-XREFILL-004, REQ-SITE-001, REQ-WEEK-007.
 * @since 0.1.0
 */
export function bridge(request: BridgeRequest, options?: LibraryOptions): E.Either<EngineError[], BridgeResult> {
  return bridgeOn(request, 'fast', options);
}

/**
 * {@link bridge} with its kernel (the new program's compile and every tip
 * dose) on the arithmetic `path` names: `'fast'` (scaled BigInt decimals,
 * what `bridge` uses) or `'decimal'` (decimal.js throughout, the reference).
 * Not part of the engine's API: it exists so that a property can hold the
 * two answers identical on random requests.
 *
 * @example
 * import { bridgeOn } from './bridge.js';
 * // bridgeOn(request, 'decimal') answers what bridge(request) answers, digit for digit
 * // (properties/bridge/fastPathIdentical.test.ts holds it on random requests)
 *
 * Implements REQ-ARITH-005.
 * @since 0.1.0
 */
export function bridgeOn(request: BridgeRequest, kernelPath: KernelPath, options?: LibraryOptions): E.Either<EngineError[], BridgeResult> {
  const k = tipKernel(kernelPath);
  const library = libraryOf(options);
  if (E.isLeft(library)) return library;
  const guarded = guardBridgeRequest(request);
  if (E.isLeft(guarded)) return guarded;
  const req = guarded.right;
  const pumpE = resolvePump(req.pump, ['internalVolume', 'reservoir', 'rateResolution', 'minRate', 'maxRate'], 'pump', library.right);
  if (E.isLeft(pumpE)) return pumpE;
  const pump = pumpE.right;
  if (pump.kind !== 'programmable') {
    return E.left([engineError('WRONG_PUMP_KIND', 'pump', 'a fixed-rate pump delivers one flow: it cannot run a bridge, and its dose changes only by emptying and refilling with another concentration')]);
  }
  const missing = req.old.drugs.flatMap((d, i) =>
    d.concentration === undefined ? [engineError('MISSING_CONCENTRATION', `old.drugs.${i}.concentration`, `the old fluid's "${d.drug}" has no concentration; the tip dose of the old fluid needs it`)] : []);
  const compiledE = compileOn({
    pump: req.pump,
    reservoir: { fill: req.new.fill ?? pump.reservoir, filledAt: req.new.filledAt, ...(req.new.filledOn === undefined ? {} : { filledOn: req.new.filledOn }), drugs: req.new.drugs },
    therapy: req.new.therapy,
    limits: req.limits,
    overrides: req.overrides,
  }, kernelPath, { library: library.right });
  if (E.isLeft(compiledE)) return E.left([...missing, ...compiledE.left.map((e) => ({ ...e, path: rerootPath(e.path, REQUEST_PATHS) }))]);
  if (missing.length > 0) return E.left(missing);
  const compiled = compiledE.right;
  const program = compiled.program;

  const internal = pump.internalVolume.base;
  const catheter = catheterVolume(req.catheter);
  const dead = A.add(internal, catheter);
  const names = [...req.new.drugs.map((d) => d.drug), ...req.old.drugs.map((d) => d.drug).filter((n) => !req.new.drugs.some((d) => d.drug === n))];
  const oldConc = (n: string): Exact => req.old.drugs.find((d) => d.drug === n)?.concentration?.base ?? A.zero;
  const newConc = (n: string): Exact => compiled.doses[n]?.concentration.base ?? A.zero;
  const path: FluidPath<Exact> = {
    layers: A.compare(dead, A.zero) > 0 ? [{ volume: dead, concentrations: names.map(oldConc) }] : [],
    reservoir: names.map(newConc),
  };
  // a week program: the pump clock from Monday 00:00, the refill's weekday first (compile has required it), and
  // its tip doses are scanned at every window start up to a week past the flush, so the flush is bounded (REQ-WEEK-007)
  const filledOn = req.new.therapy.basal.mode === 'week' ? req.new.filledOn : undefined;
  const clock = A.fromInteger((filledOn === undefined ? 0n : BigInt(weekdayIndex(filledOn)) * DAY_SECONDS) + req.new.filledAt);
  if (filledOn !== undefined) {
    const week = dailyVolume(A, program);
    // a program delivering nothing never flushes: refused below as for a daily one (DEAD_VOLUME_NEVER_FLUSHED)
    if (A.compare(week, A.zero) > 0 && A.compare(dead, A.mul(week, A.fromInteger(MAX_WEEK_FLUSH_PERIODS))) > 0) {
      return E.left([engineError('WEEK_PROGRAM_NOT_ANALYSED', 'new.therapy',
        `the week program would take more than ${String(MAX_WEEK_FLUSH_PERIODS)} weeks to push the ${formatQuantity(quantity('volume', dead), 'mL', 'down').text} dead volume out; a week program is analysed over at most ${String(MAX_WEEK_FLUSH_PERIODS)} weeks of flush`)]);
    }
  }
  const unbridged: DeliveryPlan<Exact> = { prefix: [], program, programClock: clock };
  const without = k.tipDose24h(unbridged, path);
  if (without === undefined) {
    return E.left([engineError('DEAD_VOLUME_NEVER_FLUSHED', 'new.therapy', 'the new program delivers nothing, so the old fluid would never leave the catheter')]);
  }

  const errors: EngineError[] = [];
  const roundings: RoundingRecord[] = compiled.roundings.map((r) => ({ ...r, what: rerootPath(r.what, [['program', 'program.newProgram']]) }));
  // compile's rounding warning names the program's roundings: said again of the new program, where they now are
  const warnings: EngineWarning[] = [
    ...compiled.warnings.filter((w) => w.code !== 'ROUNDED_TOWARD_LESS_DRUG').map((w) => ({ ...w, path: rerootPath(w.path, REQUEST_PATHS) })),
    ...roundedWarning(roundings, 'program.newProgram'),
  ];
  let plan = unbridged;
  let bridgeInfo: BridgeResult['bridge'];
  const sameFluid = names.every((n) => A.compare(oldConc(n), newConc(n)) === 0);
  if (!sameFluid) {
    const rx = req.new.therapy.drug;
    const b = planBridge(A, {
      deadVolume: dead, oldConcentration: oldConc(rx), newConcentration: newConc(rx), newProgram: program,
      oldFlow: req.old.rate.base, rateGrid: pump.rateResolution.base, switchGrid: A.fromInteger(60n),
    });
    const ratePath = A.compare(oldConc(rx), A.zero) === 0 ? 'old.rate' : 'new.therapy';
    if (b === undefined || A.compare(b.flow.value, pump.minRate.base) < 0) {
      errors.push(engineError('RATE_BELOW_MINIMUM', ratePath, `the bridge flow ${flowText(b?.flow.value ?? A.zero)} (the old fluid at the new dose, rounded toward less drug) is below the pump minimum ${flowText(pump.minRate.base)}`));
    } else if (A.compare(b.flow.value, pump.maxRate.base) > 0) {
      errors.push(engineError('RATE_ABOVE_MAXIMUM', ratePath, `the bridge flow ${flowText(b.flow.value)} is above the pump maximum ${flowText(pump.maxRate.base)}; it is refused, not clamped`));
    } else {
      if (A.compare(b.after.value, A.zero) > 0) {
        plan = { prefix: [{ duration: b.after.value, flow: b.flow.value }], program, programClock: A.add(clock, b.after.value) };
      }
      if (b.flow.changed) {
        roundings.push({ what: 'program.steps.0.rate', from: `${rx} new daily dose ÷ ${concText(oldConc(rx), 'mg')}`, to: flowText(b.flow.value), direction: 'toward less drug',
          why: `the old fluid's flow for the new dose is not a multiple of the pump rate resolution ${flowText(pump.rateResolution.base)}` });
        warnings.push(engineError('ROUNDED_TOWARD_LESS_DRUG', 'program.steps.0.rate', `the bridge flow was rounded down to ${flowText(b.flow.value)} (toward less drug)`));
      }
      if (b.after.changed) {
        roundings.push({ what: 'program.newProgram.after', from: 'the dead volume ÷ the bridge flow', to: `${A.toDecimalString(A.floorDiv(b.after.value, A.fromInteger(60n)))} min`,
          direction: b.rounded === 'later' ? 'up (upper bound)' : 'earlier',
          why: b.rounded === 'later'
            ? 'switched at the first whole minute after the old fluid is out: new fluid at the bridge flow delivers less than old fluid at the new flow'
            : 'switched at the last whole minute before the old fluid is out: old fluid at the new flow delivers less than new fluid at the bridge flow' });
      }
      const flushed = k.timeUntilPumped(plan, dead);
      bridgeInfo = { flow: b.flow.value, after: b.after.value, basis: b.basis, rounded: b.rounded, flushedAfter: flushed?.earliest.value ?? b.after.value };
    }
  }
  if (errors.length > 0) return E.left(errors);
  const tip = plan === unbridged ? without : k.tipDose24h(plan, path);
  // the windows across the refill: the old fluid at the old rate before it, then what each plan delivers
  const before = { program: { steps: [{ start: A.zero, flow: req.old.rate.base }], periodicBoluses: [] }, clock, concentrations: names.map(oldConc) };
  const withoutAcross = k.tipDoseAcrossRefill(unbridged, path, before);
  const tipAcross = plan === unbridged ? withoutAcross : k.tipDoseAcrossRefill(plan, path, before);
  if (tip === undefined || withoutAcross === undefined || tipAcross === undefined) {
    return E.left([engineError('DEAD_VOLUME_NEVER_FLUSHED', 'new.therapy', 'the new program delivers nothing, so the old fluid would never leave the catheter')]);
  }

  const drugs: BridgeDrug[] = names.map((n, i) => {
    const oldDaily = A.mul(A.mul(req.old.rate.base, DAY), oldConc(n));
    const doses = compiled.doses[n];
    const newWorst = doses?.worst24h.base ?? A.zero;
    const newLeast = doses?.least24h.base ?? A.zero;
    const range = { lower: A.compare(oldDaily, newLeast) <= 0 ? oldDaily : newLeast, upper: A.compare(oldDaily, newWorst) >= 0 ? oldDaily : newWorst };
    const pick = (r: Pick<typeof tip, 'drugs'>): TipRange => ({ worst24h: r.drugs[i]?.worst.value ?? A.zero, least24h: r.drugs[i]?.least.value ?? A.zero });
    const top = A.compare(oldConc(n), newConc(n)) >= 0 ? oldConc(n) : newConc(n);
    return {
      drug: n, oldConcentration: oldConc(n), newConcentration: newConc(n), range, tip: pick(tip), withoutBridge: pick(without),
      acrossRefill: { tip: pick(tipAcross), withoutBridge: pick(withoutAcross) }, unit: doses?.unit ?? massUnitForConcentration(top),
    };
  });
  const oldDaily = (d: BridgeDrug): Exact => A.mul(A.mul(req.old.rate.base, DAY), d.oldConcentration);
  /** The most and least of every window from the refill on and across it; `across` when a window across the refill is strictly beyond the windows after it. */
  const extremes = (after: TipRange, across: TipRange) => ({
    worst: A.compare(across.worst24h, after.worst24h) > 0 ? across.worst24h : after.worst24h,
    least: A.compare(across.least24h, after.least24h) < 0 ? across.least24h : after.least24h,
    worstAcross: A.compare(across.worst24h, after.worst24h) > 0,
    leastAcross: A.compare(across.least24h, after.least24h) < 0,
  });
  /**
   * The worst 24 h checked against the ceilings: the windows from the refill on, and a window across the refill
   * only when it is also above the old program's own daily dose (a patient already on a dose above a new ceiling
   * could otherwise never be refilled).
   */
  const ceilingWorst = (after: TipRange, across: TipRange, d: BridgeDrug): { readonly worst: Exact; readonly across: boolean } =>
    A.compare(across.worst24h, after.worst24h) > 0 && A.compare(across.worst24h, oldDaily(d)) > 0 ? { worst: across.worst24h, across: true } : { worst: after.worst24h, across: false };
  const ACROSS = ' (a 24 h window across the refill: the old program\'s last hours, then the fluid pushed out from the refill on)';
  const pathOf = (n: string): string => {
    const i = req.old.drugs.findIndex((d) => d.drug === n);
    return i >= 0 ? `old.drugs.${i}` : `new.drugs.${req.new.drugs.findIndex((d) => d.drug === n)}`;
  };

  const unbridgedCeilings = tipLimits(drugs.map((d) => ({ drug: d.drug, worst: ceilingWorst(d.withoutBridge, d.acrossRefill.withoutBridge, d).worst, path: pathOf(d.drug) })), req.limits, req.overrides, [], library.right);
  let overdose = false;
  let underdose = false;
  for (const d of drugs) {
    const x = extremes(d.withoutBridge, d.acrossRefill.withoutBridge);
    const above = A.compare(x.worst, d.range.upper) > 0;
    const below = A.compare(x.least, d.range.lower) < 0;
    overdose ||= above;
    underdose ||= below;
    if (!above && !below) continue;
    const broken = unbridgedCeilings.errors.filter((e) => e.path.startsWith(pathOf(d.drug)) || e.path === `limits.${d.drug}.maxDaily`);
    const u = d.unit;
    warnings.push(engineError('BRIDGE_REQUIRED', pathOf(d.drug),
      `${d.drug}: without a bridge the old fluid (${concText(d.oldConcentration, u)}) still in the ${formatQuantity(quantity('volume', dead), 'mL', 'down').text} dead volume, pushed at the new rate, gives ` +
      `${above ? `up to ${massText(x.worst, u, 'up')}` : `as little as ${massText(x.least, u, 'down')}`} at the catheter tip in 24 h${(above ? x.worstAcross : x.leastAcross) ? ACROSS : ''} ` +
      `(${above ? 'OVERDOSE' : 'UNDERDOSE'}; prescribed ${massText(d.range.lower, u, 'down')} to ${massText(d.range.upper, u, 'up')})` +
      `${broken.length > 0 ? `; it would break a ceiling: ${broken.map((e) => `${e.code} (${e.message})`).join('; ')}` : ''}; program the bridge`));
  }

  const checked = drugs.map((d) => ({ drug: d.drug, ...ceilingWorst(d.tip, d.acrossRefill.tip, d), path: pathOf(d.drug) }));
  const bridged = tipLimits(checked, req.limits, req.overrides, warnings, library.right);
  // a ceiling broken by a window across the refill says so
  const acrossPaths = checked.filter((c) => c.across).flatMap((c) => [c.path, `limits.${c.drug}.maxDaily`]);
  errors.push(...bridged.errors.map((e) => (acrossPaths.some((p) => e.path === p || e.path.startsWith(`${p}.`)) ? { ...e, message: `${e.message}${ACROSS}` } : e)));
  warnings.push(...bridged.warnings);
  // compile judged the overrides on the new program alone; one the tip doses needed is not "not needed"
  const tipUsed = new Set([...bridged.overridesUsed].map((i) => `overrides.${i}`));
  for (let i = warnings.length - 1; i >= 0; i--) if (warnings[i]?.code === 'OVERRIDE_NOT_NEEDED' && tipUsed.has(warnings[i]?.path ?? '')) warnings.splice(i, 1);
  for (const d of drugs) {
    const x = extremes(d.tip, d.acrossRefill.tip);
    const above = A.compare(x.worst, d.range.upper) > 0;
    const below = A.compare(x.least, d.range.lower) < 0;
    if (!above && !below) continue;
    const u = d.unit;
    warnings.push(engineError('BRIDGE_TIP_DOSE_OUT_OF_RANGE', pathOf(d.drug),
      `${d.drug}: with the bridge some 24 h window at the catheter tip${(above ? x.worstAcross : x.leastAcross) ? ACROSS : ''} gets ${above ? `up to ${massText(x.worst, u, 'up')}` : `as little as ${massText(x.least, u, 'down')}`}, ` +
      `outside the prescribed ${massText(d.range.lower, u, 'down')} to ${massText(d.range.upper, u, 'up')}${below ? ' (a window mixing old and new fluid, or a rate rounded toward less drug)' : ''}`));
  }
  if (errors.length > 0) return E.left(errors);
  const limits: LimitApplied[] = [...compiled.limits, ...bridged.applied];
  return E.right({
    deadVolume: dead,
    internalVolume: internal,
    catheterVolume: catheter,
    ...(bridgeInfo === undefined ? {} : { bridge: bridgeInfo }),
    newProgram: compiled,
    drugs,
    overdoseWithoutBridge: overdose,
    underdoseWithoutBridge: underdose,
    patientBolusBound: tip.patientBolusBound,
    roundings,
    limits,
    warnings,
  });
}
