import { describe, expect, it } from 'vitest';
import { readWireProgram } from '../../../spec/reference/readWireProgram.js';

describe('readWireProgram', () => {
  it('[REQ-REF-003] reads steps with their ends, periodic and patient boluses in mL, s and mL/s', () => {
    const p = readWireProgram({
      steps: [{ start: '00:00', rate: '0.3 mL/day' }, { start: '23:59', rate: '14.4 uL/h' }],
      periodicBoluses: [{ start: '23:30', volume: '50 uL', duration: '1 h' }],
      patientBolus: { volume: '0.01 mL', duration: '10 min', lockout: '4 h', maxPerDay: 4 },
    });
    expect(p.steps.map((s) => [s.start.toString(), s.end.toString(), s.rate.toString()])).toEqual([['0', '86340', '1/288000'], ['86340', '86400', '1/250000']]);
    expect(p.periodicBoluses.map((b) => [b.start.toString(), b.volume.toString(), b.duration.toString()])).toEqual([['84600', '1/20', '3600']]);
    expect(p.patientBolus && [p.patientBolus.volume.toString(), p.patientBolus.duration.toString(), p.patientBolus.lockout.toString(), p.patientBolus.maxPerDay]).toEqual(['1/100', '600', '14400', 4]);
  });
  it('[REQ-REF-003] refuses the shapes it does not model', () => {
    const step = { start: '00:00', rate: '0.3 mL/day' };
    expect(() => readWireProgram({ steps: [{ start: '01:00', rate: '0.3 mL/day' }], periodicBoluses: [] })).toThrow(/00:00/);
    expect(() => readWireProgram({ steps: [step, { start: '05:00', rate: '1 mL/day' }, { start: '05:00', rate: '1 mL/day' }], periodicBoluses: [] })).toThrow(/increasing/);
    expect(() => readWireProgram({ steps: [step], periodicBoluses: [{ start: '01:00', volume: '1 mL', duration: '0 min' }] })).toThrow();
    expect(() => readWireProgram({ steps: [step], periodicBoluses: [{ start: '01:00', volume: '1 mL', duration: '24 h' }] })).toThrow();
    expect(() => readWireProgram({ steps: [step], periodicBoluses: [], patientBolus: { volume: '1 mL', duration: '2 h', lockout: '1 h', maxPerDay: 2 } })).toThrow(/lockout/);
    expect(() => readWireProgram({ steps: [step], periodicBoluses: [], patientBolus: { volume: '1 mL', duration: '1 h', lockout: '1 h', maxPerDay: 1.5 } })).toThrow(/maxPerDay/);
  });
});
