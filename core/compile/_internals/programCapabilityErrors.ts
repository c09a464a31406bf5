import type { EngineError } from '../../errors/EngineError.js';
import { checkCapabilities } from '../../pump/checkCapabilities.js';
import { capabilitiesOfPump } from '../../pump/capabilitiesOfPump.js';
import { BUILT_IN_LIBRARY, type Library } from '../../library/Library.js';
import type { CompileRequest } from '../../request/CompileRequest.js';
import { WEEKDAYS } from '../../request/Weekday.js';

/**
 * PUMP_CANNOT_HOLD_PROGRAM for what the request's program asks of a
 * programmable pump beyond its capabilities (`capabilitiesOfPump`: the built-in
 * profile's, with their sources, and the integrator's). The daily program has
 * one basal step for a continuous dose and one per flex step; a week program
 * asks for `weekProgram` and, per day, its busiest weekday's steps and periodic
 * boluses; a single bolus or a stop when a one-off event of that kind is given.
 */
export function programCapabilityErrors(req: CompileRequest, oneOff: { readonly singleBolus: boolean; readonly stop: boolean } = { singleBolus: false, stop: false }, library: Library = BUILT_IN_LIBRARY): EngineError[] {
  const t = req.therapy;
  const basal = t.basal;
  // a week program: the busiest weekday's steps and periodic boluses, and the week itself (REQ-CAP-003, REQ-WEEK-001)
  const days = basal.mode === 'week' ? WEEKDAYS.map((d) => basal.days[d]) : undefined;
  const stepsOf = (b: { readonly mode: string; readonly steps?: readonly unknown[] }): number => (b.mode === 'flex' ? b.steps?.length ?? 0 : 1);
  const stepsPerDay = days === undefined ? stepsOf(basal) : Math.max(...days.map((d) => stepsOf(d.basal)));
  const periodicPerDay = days === undefined ? t.periodicBoluses.length : Math.max(...days.map((d) => d.periodicBoluses.length));
  return checkCapabilities({
    stepsPerDay: BigInt(stepsPerDay),
    periodicBolusesPerDay: BigInt(periodicPerDay),
    weekProgram: days !== undefined,
    patientBolus: t.patientBolus !== undefined,
    singleBolus: oneOff.singleBolus,
    stop: oneOff.stop,
  }, capabilitiesOfPump(req.pump, library), {
    doseChangesPerDay: days !== undefined ? 'therapy.days' : basal.mode === 'flex' ? 'therapy.steps' : 'therapy.dose',
    periodicBolusesPerDay: days !== undefined ? 'therapy.days' : 'therapy.periodicBoluses',
    weekProgram: 'therapy.mode',
    patientBolus: 'therapy.patientBolus',
    singleBolus: 'oneOff',
    stop: 'oneOff',
  });
}
