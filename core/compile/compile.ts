import * as E from 'fp-ts/lib/Either.js';
import { massUnitForMass } from '../quantity/massDisplayUnit.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError, type EngineWarning } from '../errors/EngineError.js';
import type { DailyProgram } from '../kernel/DailyProgram.js';
import { quantity, type Quantity } from '../quantity/Quantity.js';
import { printExact } from '../quantity/_internals/printExact.js';
import type { CompileRequest } from '../request/CompileRequest.js';
import { quotientTowardLessDrug } from '../rounding/directedRounding.js';
import type { CompileResult, DrugDoses, RoundingRecord } from './CompileResult.js';
import type { LimitApplied } from '../limits/LimitApplied.js';
import type { TitrationApplied } from '../limits/checkTitration.js';
import { buildProgrammable } from './_internals/buildProgrammable.js';
import { pumpParams } from './_internals/pumpParams.js';
import type { FixedRateParams, ProgrammableParams } from './_internals/ProgrammableParams.js';
import { recordQuotientRounding } from './_internals/recordRounding.js';
import { reservoirTimes, type FixedFlow } from './_internals/reservoirTimes.js';
import { flowAtToleranceTop } from '../kernel/reservoir/flowAtToleranceTop.js';
import { BASE, massUnitFor } from './_internals/units.js';
import { checkCeilings } from './_internals/checkCeilings.js';
import { pumpLabelInEffect } from './_internals/pumpLabel.js';
import type { PumpLabelInEffect } from '../limits/_internals/pumpLabelWarnings.js';
import { roundedWarning } from './_internals/roundedWarning.js';
import { concurrentFlowErrors } from './_internals/concurrentFlow.js';
import { guardCompileRequest } from '../request/guardCompileRequest.js';
import { hasOwn, nullPrototype } from '../request/ownProperties.js';
import { programCapabilityErrors } from './_internals/programCapabilityErrors.js';
import { oneOffPart, type OneOffPart } from './_internals/oneOffPart.js';
import { isWeekProgram } from './_internals/isWeekProgram.js';
import { weekSummary } from './_internals/weekSummary.js';
import { programKernel, type KernelPath, type ProgramKernel } from './_internals/fastKernel.js';
import { libraryOf, type Library, type LibraryOptions } from '../library/Library.js';

/**
 * Compiles a decoded prescription into a pump program and proves it within
 * its limits, or refuses it with coded errors.
 *
 * Programmable pumps: each basal rate is `dose ÷ concentration` floored to the
 * pump's rate grid, each bolus volume floored to its volume grid (toward less
 * drug; every such rounding is reported); rates outside the pump's range are
 * refused, never clamped. Fixed-rate pumps: the concentration to compound is
 * `dose ÷ nominal flow`, floored to 0.001 mg/mL (or 0.001 mcg/mL for doses
 * under 1 mg/day); the worst 24 h and the reservoir times use the flow at the
 * top of the tolerance, the least 24 h the bottom.
 *
 * A programmable pump's program must fit what the pump can hold
 * (`checkCapabilities`: steps and periodic boluses a day, patient bolus),
 * else PUMP_CANNOT_HOLD_PROGRAM names the capability and its source.
 *
 * One-off events (`oneOff`, programmable pumps only): each single bolus
 * floored to the bolus grid and checked for its rate alone and with the
 * program's flows; every drug's most and least 24 h over the windows that
 * contain part of an event, checked against every ceiling; the reservoir
 * times count each single bolus whole at its start (stops not counted: the
 * earlier side); a stop warns (`oneOffPart`).
 *
 * Every drug of the admixture gets `perDay`, `worst24h` (exact, any window,
 * patient boluses adversarial) and `least24h`, checked against the
 * prescriber's `limits` and the drug library. Reservoir times are the
 * earliest case, floored to the minute. When the pump's labelled use is
 * known (a built-in labelled profile, or `pump.labelledUse`), every drug and
 * concentration outside it is the warning OFF_LABEL_FOR_PUMP, naming the
 * label and its source; a request table wider than a built-in one is
 * PUMP_PARAMETER_CONFLICT.
 *
 * Fail-closed entry: the input is re-validated first (`guardCompileRequest`), from own
 * data properties only; anything the decoder could not have produced is a coded error (`REQUEST_NOT_WELL_FORMED`, or the decoder's code for the same rule) with the path of the first bad field, never an exception.
 *
 * A week program (`therapy.basal.mode` `"week"`) compiles to one program of
 * period a week; its worst and least 24 h are over every 24 h window of the
 * week (across midnights and Sunday → Monday), `perDay` is its heaviest
 * weekday, and the reservoir times run from the fill's weekday
 * (`reservoir.filledOn`). A fixed-rate pump refuses it (`WRONG_PUMP_KIND`).
 *
 * The kernel's figures (worst and least 24 h, daily and weekday volumes, peak
 * flows, one-off windows, reservoir times) are computed on scaled BigInt
 * decimals, the exact fast path (`programKernel`), and read back as the
 * engine's decimals; the answer is the one decimal.js alone gives, digit for
 * digit (REQ-ARITH-004).
 *
 * `options.library` (default the built-in library) is the drug library every
 * limit, titration rule and stability time is read from: a site library laid
 * over the built-in one (`applySiteLibrary`). Options that are not a library
 * are `REQUEST_NOT_WELL_FORMED` at `options.library`.
 *
 * @example
 * import { compile } from './compile.js';
 * import { decodeCompileRequest } from '../../spec/codecs/index.js';
 * // 3 mg/day of morphine at 10 mg/mL → 0.3 mL/day (see test/core/compile/compile.test.ts)
 *
 * Implements REQ-DOSE-001, REQ-DOSE-002, REQ-DOSE-003, REQ-DOSE-004, REQ-ROUND-002,
 * REQ-RES-001, REQ-COMP-001, REQ-COMP-002, REQ-COMP-003, REQ-EMBED-001, REQ-LABEL-002, REQ-LABEL-003, REQ-CAP-003, REQ-ONEOFF-002,
 * REQ-ONEOFF-003, REQ-ONEOFF-004, REQ-ONEOFF-005, REQ-WEEK-001, REQ-WEEK-002, REQ-WEEK-003, REQ-ARITH-004, REQ-SITE-001.
 * @since 0.1.0
 */
export function compile(request: CompileRequest, options?: LibraryOptions): E.Either<EngineError[], CompileResult> {
  return compileOn(request, 'fast', options);
}

/**
 * {@link compile} with its kernel on the arithmetic `path` names: `'fast'`
 * (scaled BigInt decimals, what `compile` uses) or `'decimal'` (decimal.js
 * throughout, the reference). Not part of the engine's API: it exists so
 * that a property can hold the two answers identical on random prescriptions.
 *
 * @example
 * import { compileOn } from './compile.js';
 * // compileOn(request, 'decimal') answers what compile(request) answers, digit for digit
 * // (properties/compile/fastPathIdentical.test.ts holds it on random prescriptions)
 *
 * Implements REQ-ARITH-004.
 * @since 0.1.0
 */
export function compileOn(request: CompileRequest, path: KernelPath, options?: LibraryOptions): E.Either<EngineError[], CompileResult> {
  const library = libraryOf(options);
  if (E.isLeft(library)) return library;
  const guarded = guardCompileRequest(request);
  if (E.isLeft(guarded)) return guarded;
  const req = guarded.right;
  if (req.therapy.basal.mode === 'week' && req.reservoir.filledOn === undefined) {
    return E.left([engineError('FILL_WEEKDAY_REQUIRED', 'reservoir.filledOn', 'a week program needs the weekday of the fill ("filledOn": "monday" … "sunday") to place the reservoir times in the week')]);
  }
  const rxIndex = req.reservoir.drugs.findIndex((d) => d.drug === req.therapy.drug);
  if (rxIndex < 0) {
    return E.left([engineError('DRUG_NOT_IN_RESERVOIR', 'therapy.drug', `the reservoir does not hold "${req.therapy.drug}"`)]);
  }
  const pump = pumpParams(req.pump, library.right);
  if (E.isLeft(pump)) return pump;
  const label = pumpLabelInEffect(req.pump, 'pump', library.right);
  if (E.isLeft(label)) return label;
  return pump.right.kind === 'programmable' ? compileProgrammable(req, rxIndex, pump.right.p, label.right, path, library.right) : compileFixedRate(req, rxIndex, pump.right.p, label.right, path, library.right);
}

function concentrationsOrErrors(req: CompileRequest, exceptIndex: number): E.Either<EngineError[], Exact[]> {
  const errors: EngineError[] = [];
  const concs = req.reservoir.drugs.map((d, i) => {
    if (d.concentration === undefined) {
      if (i !== exceptIndex) {
        errors.push(engineError('MISSING_CONCENTRATION', `reservoir.drugs.${i}.concentration`, `"${d.drug}" has no concentration`));
      }
      return A.zero;
    }
    return d.concentration.base;
  });
  return errors.length > 0 ? E.left(errors) : E.right(concs);
}

function compileProgrammable(req: CompileRequest, rxIndex: number, pump: ProgrammableParams, label: PumpLabelInEffect | undefined, path: KernelPath, library: Library): E.Either<EngineError[], CompileResult> {
  const concsE = concentrationsOrErrors(req, -1);
  if (E.isLeft(concsE)) return concsE;
  const concs = concsE.right;
  const conc = concs[rxIndex] ?? A.one;
  const built = buildProgrammable(req.therapy, conc, pump);
  const program = built.program;
  // the program moved once to the kernel's arithmetic; every figure below read back exactly
  const kernel = programKernel(path, program);
  // a step or bolus already too fast on its own is refused for that; the sum is checked only when each is within its maximum
  const concurrent = built.errors.some((e) => e.code === 'RATE_ABOVE_MAXIMUM' || e.code === 'BOLUS_RATE_ABOVE_MAXIMUM') ? [] : concurrentFlowErrors(program, kernel.peakFlow(), pump);
  const worst = kernel.worst24h();
  const oneOffs = req.oneOff ?? [];
  const capability = programCapabilityErrors(req, { singleBolus: oneOffs.some((e) => e.kind === 'singleBolus'), stop: oneOffs.some((e) => e.kind === 'stop') }, library);
  // one-off events are analysed over a daily program only: over a week program they are refused, never computed wrongly
  const weekOneOff = isWeekProgram(program) && oneOffs.length > 0
    ? [engineError('WEEK_PROGRAM_NOT_ANALYSED', 'oneOff', 'one-off events are analysed over a daily program only; over a week program they are refused rather than computed wrongly')]
    : [];
  const oneOff = oneOffs.length === 0 || weekOneOff.length > 0 ? undefined : oneOffPart(req, kernel, concs, rxIndex, pump, !built.errors.some((e) => e.code === 'RATE_ABOVE_MAXIMUM' || e.code === 'BOLUS_RATE_ABOVE_MAXIMUM') && concurrent.length === 0, library);
  const least = kernel.least24h();
  // a week program: each weekday's volume, perDay the heaviest (REQ-WEEK-002)
  const perWeekday = isWeekProgram(program) ? kernel.dayVolumes() : undefined;
  return finish(req, 'programmable', program, {
    perDay: perWeekday === undefined ? kernel.dailyVolume() : perWeekday.reduce((m, v) => (A.compare(v, m) > 0 ? v : m), A.zero),
    worst: worst.volume,
    worstRounded: worst.rounded,
    least: least.volume,
    leastRounded: least.rounded,
    ...(perWeekday === undefined ? {} : { perWeekday }),
    reservoirProgram: program,
    reservoirKernel: kernel,
    capacity: pump.reservoir,
    alarm: pump.lowReservoirAlarm,
  }, concs, {}, [...built.errors, ...concurrent, ...capability, ...weekOneOff], built.roundings, label, library, oneOff);
}

function compileFixedRate(req: CompileRequest, rxIndex: number, pump: FixedRateParams, label: PumpLabelInEffect | undefined, path: KernelPath, library: Library): E.Either<EngineError[], CompileResult> {
  const t = req.therapy;
  const shapeErrors: EngineError[] = [];
  if (t.basal.mode !== 'continuous') shapeErrors.push(engineError('WRONG_PUMP_KIND', 'therapy.mode', 'a fixed-rate pump delivers a constant flow: only "continuous" therapy is possible'));
  if (t.periodicBoluses.length > 0) shapeErrors.push(engineError('WRONG_PUMP_KIND', 'therapy.periodicBoluses', 'a fixed-rate pump cannot give periodic boluses'));
  if (t.patientBolus !== undefined) shapeErrors.push(engineError('WRONG_PUMP_KIND', 'therapy.patientBolus', 'a fixed-rate pump cannot give patient boluses'));
  if ((req.oneOff ?? []).length > 0) shapeErrors.push(engineError('WRONG_PUMP_KIND', 'oneOff', 'a fixed-rate pump cannot give a single bolus or stop'));
  if (shapeErrors.length > 0) return E.left(shapeErrors);
  const concsE = concentrationsOrErrors(req, rxIndex);
  if (E.isLeft(concsE)) return concsE;
  const concs = concsE.right;
  const given = req.reservoir.drugs[rxIndex]?.concentration;
  if (given !== undefined) {
    return E.left([engineError('WRONG_PUMP_KIND', `reservoir.drugs.${rxIndex}.concentration`, 'for a fixed-rate pump the engine solves the prescribed drug\'s concentration; leave it out')]);
  }
  const dose = t.basal.mode === 'continuous' ? t.basal.dose.base : A.zero;
  // the compounding resolution is 0.001 of the unit the daily dose reads in (the one mg-or-mcg rule):
  // 0.001 mg/mL (1 in base concentration units, ng/uL) for 1 mg/day or more, else 0.001 mcg/mL
  const unit = `${massUnitForMass(A.mul(dose, BASE.day))}/mL` as const;
  const grid = unit === 'mg/mL' ? A.one : A.fromDecimalString('0.001');
  const c = quotientTowardLessDrug(A, dose, pump.nominalFlow, grid);
  const roundings: RoundingRecord[] = [];
  if (c.changed) {
    roundings.push(recordQuotientRounding(`program.concentrations.${t.drug}`, 'concentration', unit, dose, pump.nominalFlow, c.value,
      unit === 'mg/mL' ? BASE.mgPerMl : A.one, 'toward less drug', `dose ÷ nominal flow is not a multiple of the compounding resolution 0.001 ${unit}`));
  }
  if (A.compare(c.value, A.zero) <= 0) {
    return E.left([engineError('CONCENTRATION_ROUNDS_TO_ZERO', 'therapy.dose', `the concentration rounds to zero at 0.001 ${unit}`)]);
  }
  concs[rxIndex] = c.value;
  const hundred = A.fromInteger(100n);
  const lo = A.mul(pump.nominalFlow, A.sub(hundred, pump.flowTolerance)); // 100 × the flow at the bottom of the tolerance
  const nominal: DailyProgram<Exact> = nullPrototype({ steps: [{ start: A.zero, flow: pump.nominalFlow }], periodicBoluses: [] });
  const high: DailyProgram<Exact> = nullPrototype({ steps: [{ start: A.zero, flow: flowAtToleranceTop(A, pump.nominalFlow, pump.flowTolerance) }], periodicBoluses: [] });
  const low: DailyProgram<Exact> = nullPrototype({ steps: [{ start: A.zero, flow: A.compare(lo, A.zero) > 0 ? A.mul(lo, A.fromDecimalString('0.01')) : A.zero }], periodicBoluses: [] });
  const highKernel = programKernel(path, high);
  return finish(req, 'fixed-rate', nominal, {
    perDay: programKernel(path, nominal).dailyVolume(),
    worst: highKernel.dailyVolume(),
    worstRounded: false,
    least: programKernel(path, low).dailyVolume(),
    reservoirProgram: high,
    reservoirKernel: highKernel,
    capacity: pump.reservoir,
    alarm: pump.lowReservoirAlarm,
    fixed: { nominalFlow: pump.nominalFlow, tolerancePercent: pump.flowTolerance },
  }, concs, { [t.drug]: quantity('concentration', c.value) }, [], roundings, label, library);
}

interface Volumes {
  readonly perDay: Exact;
  readonly worst: Exact;
  readonly worstRounded: boolean;
  readonly least: Exact;
  /** Whether the least 24 h was rounded down (a week program's window can cut a periodic bolus). */
  readonly leastRounded?: boolean;
  /** A week program: each weekday's volume, Monday first. */
  readonly perWeekday?: readonly Exact[];
  readonly reservoirProgram: DailyProgram<Exact>;
  /** The kernel of `reservoirProgram` (on the compile's kernel path). */
  readonly reservoirKernel: ProgramKernel;
  readonly capacity: Exact;
  readonly alarm: Exact;
  /** A fixed-rate pump's flow and tolerance (its reservoir times use the top of the tolerance). */
  readonly fixed?: FixedFlow;
}

function finish(
  req: CompileRequest,
  kind: CompileResult['kind'],
  program: DailyProgram<Exact>,
  v: Volumes,
  concs: readonly Exact[],
  concentrations: Readonly<Record<string, Quantity<'concentration', Exact>>>,
  buildErrors: readonly EngineError[],
  buildRoundings: readonly RoundingRecord[],
  label: PumpLabelInEffect | undefined,
  library: Library,
  oneOff?: OneOffPart,
): E.Either<EngineError[], CompileResult> {
  const errors: EngineError[] = [...buildErrors, ...(oneOff?.errors ?? [])];
  const warnings: EngineWarning[] = [];
  const roundings: RoundingRecord[] = [...buildRoundings, ...(oneOff?.roundings ?? [])];
  const limits: LimitApplied[] = [];
  const titration: TitrationApplied[] = [];
  const doses: Record<string, DrugDoses> = {};
  const drugs = req.reservoir.drugs.map((d) => d.drug);
  // own fields only: an optional field of `v` is never read through a prototype (REQ-EMBED-003)
  const perWeekday = hasOwn(v, 'perWeekday') ? v.perWeekday : undefined;
  const leastRounded = hasOwn(v, 'leastRounded') && v.leastRounded === true;
  req.reservoir.drugs.forEach((d, i) => {
    const c = concs[i] ?? A.zero;
    const unit = massUnitFor(c);
    doses[d.drug] = {
      concentration: quantity('concentration', c),
      perDay: quantity('mass', A.mul(v.perDay, c)),
      worst24h: quantity('mass', A.mul(v.worst, c)),
      least24h: quantity('mass', A.mul(v.least, c)),
      unit,
      ...(perWeekday === undefined ? {} : { perWeekday: perWeekday.map((x) => quantity('mass', A.mul(x, c))) }),
    };
    if (leastRounded) {
      roundings.push({ what: `doses.${d.drug}.least24h`, from: 'a fraction of a periodic bolus', to: printExact(quantity('mass', A.mul(v.least, c)), unit, 'down').text,
        direction: 'down (lower bound)', why: 'a periodic bolus cut by the 24 h window delivers a fraction with no finite decimal; the bound is rounded down on a grid finer than any input' });
    }
    if (v.worstRounded) {
      // a week program's window can also cut a periodic bolus (rounded on a finer grid); a daily program's record is unchanged
      roundings.push(perWeekday === undefined
        ? { what: `doses.${d.drug}.worst24h`, from: 'a fraction of a patient bolus', to: printExact(quantity('mass', A.mul(v.worst, c)), unit, 'up').text,
          direction: 'up (upper bound)', why: 'a patient bolus cut by the 24 h window delivers a fraction with no finite decimal; the bound is rounded up to 1/86400 uL' }
        : { what: `doses.${d.drug}.worst24h`, from: 'a fraction of a bolus', to: printExact(quantity('mass', A.mul(v.worst, c)), unit, 'up').text,
          direction: 'up (upper bound)', why: 'a patient or periodic bolus cut by the 24 h window delivers a fraction with no finite decimal; the bound is rounded up (a patient bolus to 1/86400 uL, the week\'s window on a grid finer than any input)' });
    }
  });
  const ceilings = checkCeilings(req, program, doses, label, library);
  errors.push(...ceilings.errors);
  warnings.push(...ceilings.warnings);
  limits.push(...ceilings.limits);
  titration.push(...ceilings.titration);
  const res = reservoirTimes(req, v.reservoirProgram, v.reservoirKernel, v.capacity, v.alarm, v.fixed, oneOff?.draws ?? [], library);
  errors.push(...res.errors);
  warnings.push(...res.warnings);
  warnings.push(...(oneOff?.warnings ?? []));
  warnings.push(...roundedWarning(roundings, 'program'));
  if (errors.length > 0) return E.left(errors);
  const result: CompileResult = { kind, program, concentrations, drugs, doses, reservoir: res.times, roundings, limits, titration, warnings };
  const week = weekSummary(req, res.times);
  return E.right({ ...result, ...(oneOff === undefined ? {} : { oneOff: oneOff.result }), ...(week === undefined ? {} : { week }) });
}

