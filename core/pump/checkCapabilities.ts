import { engineError, type EngineError } from '../errors/EngineError.js';
import { hasOwn } from '../request/ownProperties.js';
import type { Capability, CapabilityName, ProgramSummary, PumpCapabilities } from './PumpCapabilities.js';

/** Where in the request each part of the summary came from (for the error path). @since 0.1.0 */
export type CapabilityPaths = Readonly<Record<CapabilityName, string>>;

const WHAT: Readonly<Record<CapabilityName, string>> = {
  doseChangesPerDay: 'basal steps a day',
  periodicBolusesPerDay: 'periodic boluses a day',
  weekProgram: 'a program that differs from day to day',
  patientBolus: 'a patient bolus',
  singleBolus: 'a clinician single bolus',
  stop: 'a stop',
};

const cited = (c: Capability<unknown>): string => `${c.source}${c.note === undefined ? '' : `: ${c.note}`}`;

/**
 * PUMP_CANNOT_HOLD_PROGRAM for every capability the program needs and the
 * pump lacks: more basal steps or periodic boluses a day than it holds, or a
 * week program, a patient bolus, a single bolus or a stop on a pump that
 * cannot give one. Each error names the capability, the pump's value and its
 * source, at the path of the part of the request that needs it. A capability
 * the pump's capabilities do not give (unknown) is not checked.
 *
 * @example
 * import { checkCapabilities } from './checkCapabilities.js';
 * const caps = { doseChangesPerDay: { value: 13n, source: 'Medtronic UK patient page', grade: 'C', confidence: 'cited' } } as const;
 * const summary = { stepsPerDay: 14n, periodicBolusesPerDay: 0n, weekProgram: false, patientBolus: false, singleBolus: false, stop: false };
 * checkCapabilities(summary, caps, { doseChangesPerDay: 'therapy.steps', periodicBolusesPerDay: 'therapy.periodicBoluses', weekProgram: 'therapy', patientBolus: 'therapy.patientBolus', singleBolus: 'oneOff', stop: 'oneOff' })[0]?.code;
 * // "PUMP_CANNOT_HOLD_PROGRAM" (14 steps a day, the pump holds 13)
 *
 * Implements REQ-CAP-003.
 * @since 0.1.0
 */
export function checkCapabilities(summary: ProgramSummary, capabilities: PumpCapabilities, paths: CapabilityPaths): EngineError[] {
  const errors: EngineError[] = [];
  const counted = (k: 'doseChangesPerDay' | 'periodicBolusesPerDay', asked: bigint): void => {
    const c = hasOwn(capabilities, k) ? capabilities[k] : undefined;
    if (c !== undefined && asked > c.value) {
      errors.push(engineError('PUMP_CANNOT_HOLD_PROGRAM', paths[k], `the program has ${asked} ${WHAT[k]}; the pump holds at most ${c.value} (${k}, ${cited(c)})`));
    }
  };
  const flag = (k: 'weekProgram' | 'patientBolus' | 'singleBolus' | 'stop', asked: boolean): void => {
    const c = hasOwn(capabilities, k) ? capabilities[k] : undefined;
    if (c !== undefined && asked && !c.value) {
      errors.push(engineError('PUMP_CANNOT_HOLD_PROGRAM', paths[k], `the program has ${WHAT[k]}; the pump cannot give one (${k}: false, ${cited(c)})`));
    }
  };
  counted('doseChangesPerDay', summary.stepsPerDay);
  counted('periodicBolusesPerDay', summary.periodicBolusesPerDay);
  flag('weekProgram', summary.weekProgram);
  flag('patientBolus', summary.patientBolus);
  flag('singleBolus', summary.singleBolus);
  flag('stop', summary.stop);
  return errors;
}
