import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import { WEEK_SECONDS, type BasalStep, type DailyProgram, type PatientBolus, type PeriodicBolus } from '../../kernel/DailyProgram.js';
import { printExact } from '../../quantity/_internals/printExact.js';
import { quantity } from '../../quantity/Quantity.js';
import type { ContinuousBasal, FlexBasal, PeriodicBolusRx, Therapy } from '../../request/CompileRequest.js';
import { SECONDS_PER_DAY } from '../../request/bounds.js';
import { WEEKDAYS } from '../../request/Weekday.js';
import { quotientTowardLessDrug } from '../../rounding/directedRounding.js';
import type { RoundingRecord } from '../CompileResult.js';
import type { ProgrammableParams } from './ProgrammableParams.js';
import { recordQuotientRounding } from './recordRounding.js';
import { nullPrototype } from '../../request/ownProperties.js';
import { BASE } from './units.js';

/** What building the program produced. */
export interface Built {
  readonly program: DailyProgram<Exact>;
  readonly errors: readonly EngineError[];
  readonly roundings: readonly RoundingRecord[];
}

const flow = (x: Exact): string => printExact(quantity('flow', x), 'mL/day', 'down').text;
const vol = (x: Exact): string => printExact(quantity('volume', x), 'mL', 'down').text;

/**
 * Turns the prescription into a daily program on a programmable pump: every
 * rate `dose / concentration` floored to the rate grid, every bolus volume
 * `dose / concentration` floored to the volume grid (toward less drug);
 * rates outside the pump's range and boluses faster than its bolus rate are
 * refused, never clamped. A week program (`mode: "week"`) becomes one program
 * of period a week: each weekday's steps and periodic boluses offset by its
 * day from Monday 00:00, in weekday order (REQ-WEEK-001).
 */
export function buildProgrammable(therapy: Therapy, conc: Exact, pump: ProgrammableParams): Built {
  const errors: EngineError[] = [];
  const roundings: RoundingRecord[] = [];
  const steps: BasalStep<Exact>[] = [];
  const rxPeriodic: { readonly rx: PeriodicBolusRx; readonly offset: bigint; readonly inPath: string }[] = [];
  /** One day's basal steps (clock times offset by `offset` s), wire paths under `prefix` (`therapy` or `therapy.days.<weekday>`). */
  const daySteps = (basal: ContinuousBasal | FlexBasal, offset: bigint, prefix: string): void => {
    const rxSteps = basal.mode === 'continuous' ? [{ start: 0n, dose: basal.dose }] : basal.steps;
    rxSteps.forEach((s, i) => {
      const inPath = basal.mode === 'continuous' ? `${prefix}.dose` : `${prefix}.steps.${i}.dose`;
      const r = quotientTowardLessDrug(A, s.dose.base, conc, pump.rateResolution);
      if (r.changed) {
        roundings.push(recordQuotientRounding(`program.steps.${steps.length}.rate`, 'flow', 'mL/day', s.dose.base, conc, r.value, A.fromInteger(1000n), 'toward less drug',
          `dose ÷ concentration is not a multiple of the pump rate resolution ${flow(pump.rateResolution)}`));
      }
      if (A.compare(r.value, pump.minRate) < 0) {
        errors.push(engineError('RATE_BELOW_MINIMUM', inPath, `the rate ${flow(r.value)} (after rounding toward less drug) is below the pump minimum ${flow(pump.minRate)}`));
      } else if (A.compare(r.value, pump.maxRate) > 0) {
        errors.push(engineError('RATE_ABOVE_MAXIMUM', inPath, `the rate ${flow(r.value)} is above the pump maximum ${flow(pump.maxRate)}; it is refused, not clamped`));
      }
      steps.push({ start: A.fromInteger(offset + s.start), flow: r.value });
    });
  };
  const basal = therapy.basal;
  if (basal.mode === 'week') {
    WEEKDAYS.forEach((d, k) => {
      const day = basal.days[d];
      const offset = BigInt(k) * SECONDS_PER_DAY;
      daySteps(day.basal, offset, `therapy.days.${d}`);
      day.periodicBoluses.forEach((rx, i) => rxPeriodic.push({ rx, offset, inPath: `therapy.days.${d}.periodicBoluses.${i}.dose` }));
    });
  } else {
    daySteps(basal, 0n, 'therapy');
    therapy.periodicBoluses.forEach((rx, i) => rxPeriodic.push({ rx, offset: 0n, inPath: `therapy.periodicBoluses.${i}.dose` }));
  }

  const bolusVolume = (dose: Exact, duration: Exact, inPath: string, outPath: string): Exact => {
    const r = quotientTowardLessDrug(A, dose, conc, pump.bolusVolumeResolution);
    if (r.changed) {
      roundings.push(recordQuotientRounding(outPath, 'volume', 'mL', dose, conc, r.value, BASE.mL, 'toward less drug',
        pump.bolusVolumeResolutionDeclared
          ? `dose ÷ concentration is not a multiple of the pump bolus volume resolution ${vol(pump.bolusVolumeResolution)}`
          : 'dose ÷ concentration has more than 6 decimals of a mL; the pump declares no bolus volume resolution, so 0.000001 mL is used'));
    }
    if (A.compare(r.value, A.zero) <= 0) {
      errors.push(engineError('BOLUS_ROUNDS_TO_ZERO', inPath, `the bolus volume rounds to zero on the grid ${vol(pump.bolusVolumeResolution)}`));
    } else if (A.compare(r.value, A.mul(pump.maxBolusRate, duration)) > 0) {
      errors.push(engineError('BOLUS_RATE_ABOVE_MAXIMUM', inPath,
        `${vol(r.value)} in ${A.toDecimalString(duration)} s needs a flow above the pump maximum bolus rate ${printExact(quantity('flow', pump.maxBolusRate), 'mL/h', 'down').text}`));
    }
    return r.value;
  };

  const periodicBoluses: PeriodicBolus<Exact>[] = rxPeriodic.map(({ rx: b, offset, inPath }, i) => ({
    start: A.fromInteger(offset + b.start),
    duration: b.duration.base,
    volume: bolusVolume(b.dose.base, b.duration.base, inPath, `program.periodicBoluses.${i}.volume`),
  }));

  const pb = therapy.patientBolus;
  const patientBolus: PatientBolus<Exact> | undefined =
    pb === undefined
      ? undefined
      : {
          volume: bolusVolume(pb.dose.base, pb.duration.base, 'therapy.patientBolus.dose', 'program.patientBolus.volume'),
          duration: pb.duration.base,
          lockout: pb.lockout.base,
          maxPerDay: A.fromInteger(pb.maxPerDay),
        };
  const period = basal.mode === 'week' ? { period: A.fromInteger(WEEK_SECONDS) } : {};
  const program: DailyProgram<Exact> = nullPrototype(patientBolus === undefined ? { steps, periodicBoluses, ...period } : { steps, periodicBoluses, patientBolus, ...period });
  return { program, errors, roundings };
}
