import { describe, expect, it } from 'vitest';
import { capabilitiesOfPump } from '../../../core/pump/capabilitiesOfPump.js';
import { PUMP_PROFILES } from '../../../core/library/pumps.js';

describe('capabilitiesOfPump', () => {
  it('[REQ-CAP-001] SynchroMed II: 13 dose changes a day, week programs and a patient bolus, each cited (grade C) with a quote', () => {
    const caps = capabilitiesOfPump({ profile: 'synchromed-ii-40' });
    expect(caps.doseChangesPerDay).toMatchObject({ value: 13n, grade: 'C' });
    expect(caps.doseChangesPerDay?.note).toContain('up to 13 different times throughout a day');
    expect(caps.weekProgram).toMatchObject({ value: true, grade: 'C' });
    expect(caps.patientBolus).toMatchObject({ value: true, grade: 'C' });
    expect(caps.periodicBolusesPerDay).toBeUndefined();
  });
  it('[REQ-CAP-001] every built-in capability has a source and grade C; counts are whole numbers', () => {
    for (const p of Object.values(PUMP_PROFILES)) {
      for (const v of Object.values(p.capabilities)) {
        expect(v.grade).toBe('C');
        expect(v.source.length).toBeGreaterThan(0);
        if (typeof v.value === 'bigint') expect(v.value >= 0n && v.value <= 48n).toBe(true);
      }
    }
  });
  it('[REQ-CAP-002] the integrator gives what no public source does; where both give one, the stricter holds', () => {
    const prometra = capabilitiesOfPump({ profile: 'prometra-40', capabilities: { doseChangesPerDay: 4n, stop: false } });
    expect(prometra.doseChangesPerDay).toMatchObject({ value: 4n, grade: 'E' });
    expect(prometra.stop).toMatchObject({ value: false, grade: 'E' });
    expect(capabilitiesOfPump({ profile: 'synchromed-ii', capabilities: { doseChangesPerDay: 8n } }).doseChangesPerDay?.value).toBe(8n);
    expect(capabilitiesOfPump({ profile: 'synchromed-ii', capabilities: { doseChangesPerDay: 20n } }).doseChangesPerDay).toMatchObject({ value: 13n, grade: 'C' });
    expect(capabilitiesOfPump({ profile: 'synchromed-ii', capabilities: { patientBolus: false } }).patientBolus).toMatchObject({ value: false, grade: 'E' });
    expect(capabilitiesOfPump({})).toEqual({});
  });
});
