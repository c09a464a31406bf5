import type { EngineError } from '../../errors/EngineError.js';
import { checkCapabilities } from '../../pump/checkCapabilities.js';
import { capabilitiesOfPump } from '../../pump/capabilitiesOfPump.js';
import type { CompileRequest } from '../../request/CompileRequest.js';

/**
 * PUMP_CANNOT_HOLD_PROGRAM for what the request's program asks of a
 * programmable pump beyond its capabilities (`capabilitiesOfPump`: the built-in
 * profile's, with their sources, and the integrator's). The daily program has
 * one basal step for a continuous dose and one per flex step; no week program
 * yet (`weekProgram: false`); a single bolus or a stop when a one-off event
 * of that kind is given.
 */
export function programCapabilityErrors(req: CompileRequest, oneOff: { readonly singleBolus: boolean; readonly stop: boolean } = { singleBolus: false, stop: false }): EngineError[] {
  const t = req.therapy;
  const flex = t.basal.mode === 'flex';
  return checkCapabilities({
    stepsPerDay: BigInt(t.basal.mode === 'flex' ? t.basal.steps.length : 1),
    periodicBolusesPerDay: BigInt(t.periodicBoluses.length),
    weekProgram: false,
    patientBolus: t.patientBolus !== undefined,
    singleBolus: oneOff.singleBolus,
    stop: oneOff.stop,
  }, capabilitiesOfPump(req.pump), {
    doseChangesPerDay: flex ? 'therapy.steps' : 'therapy.dose',
    periodicBolusesPerDay: 'therapy.periodicBoluses',
    weekProgram: 'therapy',
    patientBolus: 'therapy.patientBolus',
    singleBolus: 'oneOff',
    stop: 'oneOff',
  });
}
