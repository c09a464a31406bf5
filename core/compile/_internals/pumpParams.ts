import * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../../errors/EngineError.js';
import { resolvePump } from '../../pump/resolvePump.js';
import { BUILT_IN_LIBRARY, type Library } from '../../library/Library.js';
import type { PumpField, PumpInput } from '../../request/PumpInput.js';
import type { FixedRateParams, ProgrammableParams } from './ProgrammableParams.js';
import { BASE } from './units.js';

const NEEDS = ['reservoir', 'lowReservoirAlarm', 'rateResolution', 'minRate', 'maxRate', 'maxBolusRate', 'nominalFlow', 'flowTolerance'] as const satisfies readonly PumpField[];

/**
 * The pump's parameters in base units, resolved from a built-in profile and
 * the request (`resolvePump`): every parameter compile needs must be known,
 * else PUMP_PARAMETER_MISSING names it. Never guessed.
 */
export function pumpParams(pump: PumpInput, library: Library = BUILT_IN_LIBRARY): E.Either<EngineError[], { kind: 'programmable'; p: ProgrammableParams } | { kind: 'fixed-rate'; p: FixedRateParams }> {
  const r = resolvePump(pump, NEEDS, 'pump', library);
  if (E.isLeft(r)) return r;
  const x = r.right;
  if (x.kind === 'programmable') {
    const res = x.bolusVolumeResolution;
    return E.right({
      kind: 'programmable',
      p: {
        reservoir: x.reservoir.base,
        lowReservoirAlarm: x.lowReservoirAlarm.base,
        rateResolution: x.rateResolution.base,
        minRate: x.minRate.base,
        maxRate: x.maxRate.base,
        maxBolusRate: x.maxBolusRate.base,
        bolusVolumeResolution: res === undefined ? BASE.microLitreThousandth : res.base,
        bolusVolumeResolutionDeclared: res !== undefined,
      },
    });
  }
  return E.right({
    kind: 'fixed-rate',
    p: { reservoir: x.reservoir.base, lowReservoirAlarm: x.lowReservoirAlarm.base, nominalFlow: x.nominalFlow.base, flowTolerance: x.flowTolerance.base },
  });
}
