import { describe, expect, it } from 'vitest';
import { compareProgram } from '../../../adapters/app/src/view/compareProgram.js';
import { runCommand } from '../../../adapters/app/src/engine.js';
import { withDays } from '../../../adapters/app/src/entry/withDays.js';

const request = (dose: string) => ({
  pump: { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL' },
  reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
  therapy: { mode: 'continuous', drug: 'morphine', dose },
});

describe('the pending program beside the program on the pump', () => {
  it('[REQ-APP-011] marks exactly the items whose engine text changed', () => {
    const now = runCommand('compile', request('3 mg/day'));
    const next = runCommand('compile', request('4 mg/day'));
    expect(now.exitCode).toBe(0);
    const rows = compareProgram(now.body, next.body);
    const changed = rows.filter((r) => r.changed).map((r) => r.item);
    expect(changed).toContain('basal step 1');
    expect(changed).toContain('morphine per day');
    expect(changed).not.toContain('morphine concentration');
    expect(rows.find((r) => r.item === 'basal step 1')).toMatchObject({ current: '00:00: 0.3 mL/day (0.0125 mL/h)', pending: '00:00: 0.4 mL/day (0.016666666 mL/h)' });
  });
  it('[REQ-APP-011] with no program on the pump nothing is marked changed', () => {
    const next = runCommand('compile', request('4 mg/day'));
    expect(compareProgram(undefined, next.body).some((r) => r.changed)).toBe(false);
  });
});

describe('engine in the page', () => {
  it('[REQ-APP-001] answers as the CLI: exit code and wire body; a refusal is a coded error, never a throw', () => {
    const bad = runCommand('compile', { pump: 'no-such-pump' });
    expect(bad.exitCode).toBe(2);
    expect(JSON.stringify(bad.body)).toContain('MISSING_FIELD');
  });
  it('[REQ-APP-009] times to an alarm are also printed in days, rounded down', () => {
    expect(withDays('160896 min')).toBe('160896 min (≈ 111.733333333 day)');
    expect(withDays('2880 min')).toBe('2880 min (2 day)');
    expect(withDays('90 day')).toBe('90 day');
  });
});
