import type { PrimeResult } from '../../core/index.js';
import { encodeCompileResult } from './encodeCompileResult.js';
import { printDuration, printFlow, printFlowPerHour, printMass, printVolume } from './_internals/print.js';
import type { PrimeResponse } from '../schema/response/primeResponse.js';
import { printLimits } from './_internals/printLimits.js';

/**
 * The fields of a successful `prime` response (a wire extension, see
 * docs/wire-extensions.md): `priming` (volume, rate, duration),
 * `drugAtTipAfter`, the dead volume, `primingBolusAtTip`, `tipDoses` (the
 * bounds checked: worst counting every primed volume as drug, least none),
 * `tipDosesPlugFlow`, the program that follows (`program.after` = the
 * priming duration) and compile's `doses`, `roundings`, `limitsApplied`.
 *
 * Implements REQ-PRIME-002, REQ-PRIME-003, REQ-UNIT-006.
 * @since 0.1.0
 */
export function encodePrimeResult(r: PrimeResult): PrimeResponse {
  const compiled = encodeCompileResult(r.newProgram);
  const perDrug = <T>(f: (d: PrimeResult['drugs'][number]) => T): Record<string, T> => Object.fromEntries(r.drugs.map((d) => [d.drug, f(d)]));
  return {
    priming: { volume: printVolume(r.priming.volume), rate: printFlow(r.priming.rate), ratePerHour: printFlowPerHour(r.priming.rate), duration: printDuration(r.priming.seconds) },
    drugAtTipAfter: r.drugAtTipAfter === undefined ? null : printDuration(r.drugAtTipAfter),
    deadVolume: printVolume(r.deadVolume),
    catheterVolume: printVolume(r.catheterVolume),
    internalVolume: printVolume(r.internalVolume),
    primingBolusAtTip: perDrug((d) => printMass(d.primingBolusAtTip, d.unit, 'up')),
    tipDoses: perDrug((d) => ({ worst24h: printMass(d.tip.worst24h, d.unit, 'up'), least24h: printMass(d.tip.least24h, d.unit, 'down') })),
    tipDosesPlugFlow: perDrug((d) => ({ worst24h: printMass(d.plugFlow.worst24h, d.unit, 'up'), least24h: printMass(d.plugFlow.least24h, d.unit, 'down') })),
    patientBolusBound: r.patientBolusBound,
    program: { after: printDuration(r.priming.seconds), ...compiled.program },
    doses: compiled.doses,
    reservoir: compiled.reservoir,
    roundings: r.roundings,
    limitsApplied: printLimits(r.limits),
  };
}
