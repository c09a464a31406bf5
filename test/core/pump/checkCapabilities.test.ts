import { describe, expect, it } from 'vitest';
import { checkCapabilities } from '../../../core/pump/checkCapabilities.js';
import type { ProgramSummary, PumpCapabilities } from '../../../core/pump/PumpCapabilities.js';

const paths = { doseChangesPerDay: 'therapy.steps', periodicBolusesPerDay: 'therapy.periodicBoluses', weekProgram: 'therapy', patientBolus: 'therapy.patientBolus', singleBolus: 'oneOff', stop: 'oneOff' };
const none: ProgramSummary = { stepsPerDay: 1n, periodicBolusesPerDay: 0n, weekProgram: false, patientBolus: false, singleBolus: false, stop: false };
const c = <T>(value: T) => ({ value, source: 'a source', grade: 'C' as const, confidence: 'cited' as const });
const all: PumpCapabilities = { doseChangesPerDay: c(13n), periodicBolusesPerDay: c(4n), weekProgram: c(false), patientBolus: c(false), singleBolus: c(false), stop: c(false) };

describe('checkCapabilities', () => {
  it('[REQ-CAP-003] a program within every capability passes; at the count exactly too', () => {
    expect(checkCapabilities(none, all, paths)).toEqual([]);
    expect(checkCapabilities({ ...none, stepsPerDay: 13n, periodicBolusesPerDay: 4n }, all, paths)).toEqual([]);
  });
  it('[REQ-CAP-003] one more step or periodic bolus than the pump holds is refused, naming the capability and its source', () => {
    const e = checkCapabilities({ ...none, stepsPerDay: 14n, periodicBolusesPerDay: 5n }, all, paths);
    expect(e.map((x) => [x.code, x.path])).toEqual([['PUMP_CANNOT_HOLD_PROGRAM', 'therapy.steps'], ['PUMP_CANNOT_HOLD_PROGRAM', 'therapy.periodicBoluses']]);
    expect(e[0]!.message).toContain('doseChangesPerDay');
    expect(e[0]!.message).toContain('a source');
    expect(e[0]!.message).toContain('13');
  });
  it('[REQ-CAP-003] each flag the program needs and the pump lacks is refused at its path', () => {
    const e = checkCapabilities({ ...none, weekProgram: true, patientBolus: true, singleBolus: true, stop: true }, all, paths);
    expect(e.map((x) => x.path)).toEqual(['therapy', 'therapy.patientBolus', 'oneOff', 'oneOff']);
    expect(e.map((x) => x.message.split(':')[0])).toEqual(expect.arrayContaining([expect.stringContaining('week') as unknown]));
    expect(e[3]!.message).toContain('stop: false');
  });
  it('[REQ-CAP-001] an unknown capability is not checked', () => {
    expect(checkCapabilities({ stepsPerDay: 48n, periodicBolusesPerDay: 48n, weekProgram: true, patientBolus: true, singleBolus: true, stop: true }, {}, paths)).toEqual([]);
  });
  it('[REQ-CAP-003] a capability the pump has passes', () => {
    const yes: PumpCapabilities = { weekProgram: c(true), patientBolus: c(true), singleBolus: c(true), stop: c(true) };
    expect(checkCapabilities({ ...none, weekProgram: true, patientBolus: true, singleBolus: true, stop: true }, yes, paths)).toEqual([]);
  });
});
