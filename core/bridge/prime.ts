import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { compileOn } from '../compile/compile.js';
import type { KernelPath } from '../arith/numberPath.js';
import { tipKernel } from './_internals/tipKernel.js';
import type { RoundingRecord } from '../compile/CompileResult.js';
import { engineError, type EngineError, type EngineWarning } from '../errors/EngineError.js';
import type { DeliveryPlan, FluidLayer, FluidPath } from '../kernel/bridge/DeliveryPlan.js';
import { primingBolus } from '../kernel/priming/primingBolus.js';
import { resolvePump } from '../pump/resolvePump.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import { quantity } from '../quantity/Quantity.js';
import type { PrimeRequest } from '../request/PrimeRequest.js';
import type { PrimeDrug, PrimeResult } from './PrimeResult.js';
import { catheterVolume } from './_internals/catheterVolume.js';
import { guardPrimeRequest } from '../request/guardPrimeRequest.js';
import { MAX_WEEK_FLUSH_PERIODS } from '../request/bounds.js';
import { weekdayIndex } from '../request/Weekday.js';
import { dailyVolume } from '../kernel/dailyVolume.js';
import { DAY_SECONDS } from '../kernel/DailyProgram.js';
import { nullPrototype } from '../request/ownProperties.js';
import { tipLimits } from './_internals/tipLimits.js';
import { libraryOf, type LibraryOptions } from '../library/Library.js';

/** 0.000001 mL: the bolus volume grid when the pump declares none (as compile uses). */
const MICRO_ML = A.fromDecimalString('86.4');
const mL = (x: Exact): string => formatQuantity(quantity('volume', x), 'mL', 'down').text;

/**
 * A priming bolus for a fluid path that does not yet hold the new therapy's
 * drug at the tip (a new implant, a catheter revision), and what reaches the
 * patient from the start of the priming.
 *
 * The bolus fills the dead volume (the pump's internal volume plus the
 * catheter; or the requested volume, refused above that with
 * `PRIMING_VOLUME_ABOVE_DEAD_VOLUME`), floored to the bolus volume grid, at the
 * pump's maximum bolus rate; then the compiled therapy runs. The request
 * states what each part held: `empty` (the bolus pushes air, saline or spinal
 * fluid out of the tip) or `drug` (the reservoir's fluid: the bolus pushes a
 * bolus of drug into the patient at the bolus rate; warned
 * `PRIMING_DELIVERS_DRUG` with its mass).
 *
 * Tip doses: at high flow the drug mixes with what it displaces, so some
 * arrives early and the rest diluted. The worst 24 h therefore counts every
 * primed volume as drug at the tip (as if the path had held drug), the least
 * counts none of the empty part; both come from `tipDose24h`, exact over
 * every window. The plug-flow values of the stated contents are reported too.
 * The worst is checked against every ceiling (refused as compile refuses).
 *
 * A week program (REQ-WEEK-007) runs from the fill's weekday and time
 * (`reservoir.filledOn`, required by compile) after the priming; its tip
 * doses are taken over every 24 h window of the week's delivery, at every
 * corner up to a week past the flush. A priming volume that leaves more than
 * `MAX_WEEK_FLUSH_PERIODS` weeks of the program to flush the rest of the dead
 * volume is refused (`WEEK_PROGRAM_NOT_ANALYSED` at `volume`).
 *
 * Fail-closed entry: the input is re-validated first (`guardPrimeRequest`), from own
 * data properties only; anything the decoder could not have produced is a coded error (`REQUEST_NOT_WELL_FORMED`, or the decoder's code for the same rule) with the path of the first bad field, never an exception.
 *
 * `options.library`: the drug library its limits are read from (default the
 * built-in one; see `compile`).
 *
 * @example
 * import { prime } from './prime.js';
 * // morphine 10 mg/mL at 3 mg/day, dead volume 0.2 + 0.05 mL, max bolus rate 1 mL/h (see test/spec/wire/commands/prime.test.ts):
 * // priming 0.25 mL in 15 min; empty path: no drug during priming, drug at the tip after 15 min;
 * // path full of drug: a 2.5 mg bolus at the tip, worst 24 h 5.46875 mg.
 *
 * Implements REQ-PRIME-001, REQ-PRIME-002, REQ-PRIME-003, REQ-DOSE-005, REQ-EMBED-001, REQ-SITE-001, REQ-WEEK-007.
 * @since 0.1.0
 */
export function prime(request: PrimeRequest, options?: LibraryOptions): E.Either<EngineError[], PrimeResult> {
  return primeOn(request, 'fast', options);
}

/**
 * {@link prime} with its kernel (the program's compile and every tip dose) on
 * the arithmetic `path` names: `'fast'` (scaled BigInt decimals, what `prime`
 * uses) or `'decimal'` (decimal.js throughout, the reference). Not part of
 * the engine's API: it exists so that a property can hold the two answers
 * identical on random requests.
 *
 * @example
 * import { primeOn } from './prime.js';
 * // primeOn(request, 'decimal') answers what prime(request) answers, digit for digit
 * // (properties/bridge/fastPathIdentical.test.ts holds it on random requests)
 *
 * Implements REQ-ARITH-005.
 * @since 0.1.0
 */
export function primeOn(request: PrimeRequest, kernelPath: KernelPath, options?: LibraryOptions): E.Either<EngineError[], PrimeResult> {
  const k = tipKernel(kernelPath);
  const library = libraryOf(options);
  if (E.isLeft(library)) return library;
  const guarded = guardPrimeRequest(request);
  if (E.isLeft(guarded)) return guarded;
  const req = guarded.right;
  const pumpE = resolvePump(req.pump, ['internalVolume', 'maxBolusRate'], 'pump', library.right);
  if (E.isLeft(pumpE)) return pumpE;
  const pump = pumpE.right;
  if (pump.kind !== 'programmable') {
    return E.left([engineError('WRONG_PUMP_KIND', 'pump', 'a fixed-rate pump has no priming bolus: it delivers one flow')]);
  }
  const compiledE = compileOn(req, kernelPath, { library: library.right });
  if (E.isLeft(compiledE)) return compiledE;
  const compiled = compiledE.right;

  const internal = pump.internalVolume.base;
  const catheter = catheterVolume(req.catheter);
  const dead = A.add(internal, catheter);
  const asked = req.volume?.base ?? dead;
  if (A.compare(asked, dead) > 0) {
    return E.left([engineError('PRIMING_VOLUME_ABOVE_DEAD_VOLUME', 'volume',
      `a priming bolus of ${mL(asked)} is more than the ${mL(dead)} dead volume (pump ${mL(internal)} + catheter ${mL(catheter)}): the rest would reach the patient as a bolus at the bolus rate`)]);
  }
  const grid = pump.bolusVolumeResolution?.base ?? MICRO_ML;
  const bolus = primingBolus(A, asked, pump.maxBolusRate.base, grid);
  const names = req.reservoir.drugs.map((d) => d.drug);
  const conc = names.map((n) => compiled.doses[n]?.concentration.base ?? A.zero);
  const layer = (volume: Exact, holds: 'empty' | 'drug'): FluidLayer<Exact>[] =>
    A.compare(volume, A.zero) > 0 ? [{ volume, concentrations: holds === 'drug' ? conc : conc.map(() => A.zero) }] : [];
  const stated: FluidPath<Exact> = { layers: [...layer(catheter, req.contents.catheter), ...layer(internal, req.contents.pumpInternal)], reservoir: conc };
  const drugFilled: FluidPath<Exact> = { layers: [...layer(catheter, 'drug'), ...layer(internal, 'drug')], reservoir: conc };
  // a week program: the pump clock from Monday 00:00, the fill's weekday first (compile has required it); and its
  // tip doses are scanned at every window start up to a week past the flush, so the flush is bounded (REQ-WEEK-007)
  const filledOn = req.therapy.basal.mode === 'week' ? req.reservoir.filledOn : undefined;
  const weekOffset = filledOn === undefined ? 0n : BigInt(weekdayIndex(filledOn)) * DAY_SECONDS;
  if (filledOn !== undefined) {
    const left = A.sub(dead, bolus.volume.value);
    const week = dailyVolume(A, compiled.program);
    // a program delivering nothing never flushes: refused below as for a daily one (DEAD_VOLUME_NEVER_FLUSHED)
    if (A.compare(week, A.zero) > 0 && A.compare(left, A.mul(week, A.fromInteger(MAX_WEEK_FLUSH_PERIODS))) > 0) {
      return E.left([engineError('WEEK_PROGRAM_NOT_ANALYSED', 'volume',
        `after a priming bolus of ${mL(bolus.volume.value)} the week program would take more than ${String(MAX_WEEK_FLUSH_PERIODS)} weeks to push the rest of the ${mL(dead)} dead volume out; a week program is analysed over at most ${String(MAX_WEEK_FLUSH_PERIODS)} weeks of flush (prime the whole dead volume)`)]);
    }
  }
  const plan: DeliveryPlan<Exact> = {
    prefix: A.compare(bolus.seconds, A.zero) > 0 ? [nullPrototype(bolus.segment)] : [], // null prototype: the kernel tells a bolus from a rate by "flow" in the segment
    program: compiled.program,
    programClock: A.add(A.fromInteger(weekOffset + req.reservoir.filledAt), bolus.seconds),
  };
  const plug = k.tipDose24h(plan, stated);
  const mixed = k.tipDose24h(plan, drugFilled);
  if (plug === undefined || mixed === undefined) {
    return E.left([engineError('DEAD_VOLUME_NEVER_FLUSHED', 'therapy', 'the program delivers nothing after the priming, so the drug would never reach the catheter tip')]);
  }
  const during = k.tipMass(plan, stated, bolus.seconds);
  const firstDrug = req.contents.catheter === 'drug' ? A.zero : req.contents.pumpInternal === 'drug' ? catheter : dead;
  const arrives = A.compare(firstDrug, A.zero) === 0 ? A.zero : k.timeUntilPumped(plan, firstDrug)?.earliest.value;

  const drugs: PrimeDrug[] = names.map((n, i) => ({
    drug: n,
    concentration: conc[i] ?? A.zero,
    primingBolusAtTip: during[i]?.atMost.value ?? A.zero,
    tip: { worst24h: mixed.drugs[i]?.worst.value ?? A.zero, least24h: plug.drugs[i]?.least.value ?? A.zero },
    plugFlow: { worst24h: plug.drugs[i]?.worst.value ?? A.zero, least24h: plug.drugs[i]?.least.value ?? A.zero },
    unit: compiled.doses[n]?.unit ?? 'mg',
  }));
  const warnings: EngineWarning[] = [...compiled.warnings];
  const roundings: RoundingRecord[] = [...compiled.roundings];
  if (bolus.volume.changed) {
    roundings.push({ what: 'priming.volume', from: mL(asked), to: mL(bolus.volume.value), direction: 'toward less drug', why: `the priming volume is not a multiple of the bolus volume grid ${mL(grid)}` });
  }
  const delivering = drugs.filter((d) => A.compare(d.primingBolusAtTip, A.zero) > 0);
  if (delivering.length > 0) {
    warnings.push(engineError('PRIMING_DELIVERS_DRUG', 'contents',
      `the path holds drug, so the priming bolus pushes it into the patient at the maximum bolus rate: ${delivering.map((d) => `${d.drug} ${formatQuantity(quantity('mass', d.primingBolusAtTip), d.unit, 'up').text}`).join(', ')} within ${A.toDecimalString(bolus.seconds)} s`));
  }
  const checked = tipLimits(drugs.map((d, i) => ({ drug: d.drug, worst: d.tip.worst24h, path: `reservoir.drugs.${i}` })), req.limits, req.overrides, warnings, library.right);
  if (checked.errors.length > 0) return E.left(checked.errors);
  warnings.push(...checked.warnings);
  // compile judged the overrides on the daily program alone; one the tip doses needed is not "not needed"
  const tipUsed = new Set(checked.overridesUsed.map((i) => `overrides.${i}`));
  for (let i = warnings.length - 1; i >= 0; i--) if (warnings[i]?.code === 'OVERRIDE_NOT_NEEDED' && tipUsed.has(warnings[i]?.path ?? '')) warnings.splice(i, 1);
  return E.right({
    deadVolume: dead,
    internalVolume: internal,
    catheterVolume: catheter,
    priming: { volume: bolus.volume.value, rate: pump.maxBolusRate.base, seconds: bolus.seconds },
    drugAtTipAfter: arrives,
    newProgram: compiled,
    drugs,
    patientBolusBound: plug.patientBolusBound,
    roundings,
    limits: [...compiled.limits, ...checked.applied],
    warnings,
  });
}
