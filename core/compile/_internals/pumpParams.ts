import * as E from 'fp-ts/lib/Either.js';
import { type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import type { PumpInput, PumpField } from '../../request/PumpInput.js';
import { BASE } from './units.js';
import type { FixedRateParams, ProgrammableParams } from './ProgrammableParams.js';

const PROGRAMMABLE_NEEDS: readonly PumpField[] = ['reservoir', 'lowReservoirAlarm', 'rateResolution', 'minRate', 'maxRate', 'maxBolusRate'];
const FIXED_NEEDS: readonly PumpField[] = ['reservoir', 'lowReservoirAlarm', 'nominalFlow', 'flowTolerance'];

function missing(pump: PumpInput, needs: readonly PumpField[]): EngineError[] {
  return needs
    .filter((f) => pump[f] === undefined)
    .map((f) => engineError('PUMP_PARAMETER_MISSING', `pump.${f}`, `the pump profile has no "${f}", which this calculation needs; supply it (the engine never guesses a device parameter)`));
}

function base(pump: PumpInput, f: PumpField): Exact {
  // Only called after `missing` found every needed field present.
  const q = pump[f];
  return q === undefined ? BASE.mL : q.base;
}

/** The parameters of a programmable pump, or PUMP_PARAMETER_MISSING for each absent one. */
export function programmableParams(pump: PumpInput): E.Either<EngineError[], ProgrammableParams> {
  const errs = missing(pump, PROGRAMMABLE_NEEDS);
  if (errs.length > 0) return E.left(errs);
  const res = pump.bolusVolumeResolution;
  return E.right({
    reservoir: base(pump, 'reservoir'),
    lowReservoirAlarm: base(pump, 'lowReservoirAlarm'),
    rateResolution: base(pump, 'rateResolution'),
    minRate: base(pump, 'minRate'),
    maxRate: base(pump, 'maxRate'),
    maxBolusRate: base(pump, 'maxBolusRate'),
    bolusVolumeResolution: res === undefined ? BASE.microLitreThousandth : res.base,
    bolusVolumeResolutionDeclared: res !== undefined,
  });
}

/** The parameters of a fixed-rate pump, or PUMP_PARAMETER_MISSING for each absent one. */
export function fixedRateParams(pump: PumpInput): E.Either<EngineError[], FixedRateParams> {
  const errs = missing(pump, FIXED_NEEDS);
  if (errs.length > 0) return E.left(errs);
  return E.right({
    reservoir: base(pump, 'reservoir'),
    lowReservoirAlarm: base(pump, 'lowReservoirAlarm'),
    nominalFlow: base(pump, 'nominalFlow'),
    flowTolerance: base(pump, 'flowTolerance'),
  });
}
