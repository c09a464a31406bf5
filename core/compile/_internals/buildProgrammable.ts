import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import type { BasalStep, DailyProgram, PatientBolus, PeriodicBolus } from '../../kernel/DailyProgram.js';
import { formatQuantity } from '../../quantity/formatQuantity.js';
import { quantity } from '../../quantity/Quantity.js';
import type { Therapy } from '../../request/CompileRequest.js';
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

const flow = (x: Exact): string => formatQuantity(quantity('flow', x), 'mL/day', 'down').text;
const vol = (x: Exact): string => formatQuantity(quantity('volume', x), 'mL', 'down').text;

/**
 * Turns the prescription into a daily program on a programmable pump: every
 * rate `dose / concentration` floored to the rate grid, every bolus volume
 * `dose / concentration` floored to the volume grid (toward less drug);
 * rates outside the pump's range and boluses faster than its bolus rate are
 * refused, never clamped.
 */
export function buildProgrammable(therapy: Therapy, conc: Exact, pump: ProgrammableParams): Built {
  const errors: EngineError[] = [];
  const roundings: RoundingRecord[] = [];
  const rxSteps = therapy.basal.mode === 'continuous' ? [{ start: 0n, dose: therapy.basal.dose }] : therapy.basal.steps;
  const steps: BasalStep<Exact>[] = rxSteps.map((s, i) => {
    const inPath = therapy.basal.mode === 'continuous' ? 'therapy.dose' : `therapy.steps.${i}.dose`;
    const r = quotientTowardLessDrug(A, s.dose.base, conc, pump.rateResolution);
    if (r.changed) {
      roundings.push(recordQuotientRounding(`program.steps.${i}.rate`, 'flow', 'mL/day', s.dose.base, conc, r.value, A.fromInteger(1000n), 'toward less drug',
        `dose ÷ concentration is not a multiple of the pump rate resolution ${flow(pump.rateResolution)}`));
    }
    if (A.compare(r.value, pump.minRate) < 0) {
      errors.push(engineError('RATE_BELOW_MINIMUM', inPath, `the rate ${flow(r.value)} (after rounding toward less drug) is below the pump minimum ${flow(pump.minRate)}`));
    } else if (A.compare(r.value, pump.maxRate) > 0) {
      errors.push(engineError('RATE_ABOVE_MAXIMUM', inPath, `the rate ${flow(r.value)} is above the pump maximum ${flow(pump.maxRate)}; it is refused, not clamped`));
    }
    return { start: A.fromInteger(s.start), flow: r.value };
  });

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
        `${vol(r.value)} in ${A.toDecimalString(duration)} s needs a flow above the pump maximum bolus rate ${formatQuantity(quantity('flow', pump.maxBolusRate), 'mL/h', 'down').text}`));
    }
    return r.value;
  };

  const periodicBoluses: PeriodicBolus<Exact>[] = therapy.periodicBoluses.map((b, i) => ({
    start: A.fromInteger(b.start),
    duration: b.duration.base,
    volume: bolusVolume(b.dose.base, b.duration.base, `therapy.periodicBoluses.${i}.dose`, `program.periodicBoluses.${i}.volume`),
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
  const program: DailyProgram<Exact> = nullPrototype(patientBolus === undefined ? { steps, periodicBoluses } : { steps, periodicBoluses, patientBolus });
  return { program, errors, roundings };
}
