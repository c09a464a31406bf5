import { describe, expect, it } from 'vitest';
import { least24h } from '../../../spec/reference/least24h.js';
import { patientBolusMost } from '../../../spec/reference/patientBolusMost.js';
import { readWireProgram } from '../../../spec/reference/readWireProgram.js';
import { windowExtremes } from '../../../spec/reference/windowExtremes.js';
import { worst24h } from '../../../spec/reference/worst24h.js';
import type { WireDailyProgram } from '../../../spec/reference/WireDailyProgram.js';

const flat = (rate: string, extra: Partial<WireDailyProgram> = {}): WireDailyProgram => ({ steps: [{ start: '00:00', rate }], periodicBoluses: [], ...extra });
const patient = (duration: string, lockout: string, maxPerDay: number): WireDailyProgram =>
  flat('0 mL/day', { patientBolus: { volume: '1 mL', duration, lockout, maxPerDay } });
const boluses = (p: WireDailyProgram): string => patientBolusMost(readWireProgram(p)).volume.toString();

describe('reference worst24h', () => {
  it('[REQ-REF-005] [REQ-REF-006] contract example: 0.3 mL/day + 4 × 0.01 mL = 0.34 mL', () => {
    const p = flat('0.3 mL/day', { patientBolus: { volume: '0.01 mL', duration: '10 min', lockout: '4 h', maxPerDay: 4 } });
    expect(worst24h(readWireProgram(p)).volume.toString()).toBe('17/50');
  });
  it('[REQ-REF-005] a periodic bolus across midnight counts once in every window', () => {
    const p = readWireProgram({ steps: [{ start: '00:00', rate: '0.2 mL/day' }, { start: '23:59', rate: '1.2 mL/day' }], periodicBoluses: [{ start: '23:30', volume: '0.05 mL', duration: '2 h' }] });
    const e = windowExtremes(p);
    // 0.2 × 1439/1440 + 1.2 × 1/1440 + 0.05 = 0.25069444… mL
    expect(e.most.toString()).toBe(e.least.toString());
    expect(e.most.toString()).toBe('361/1440');
    expect(least24h(p).toString()).toBe('361/1440');
  });
  it('[REQ-REF-006] an 8 h lockout fits 3 boluses whatever maxPerDay says', () => {
    expect(boluses(patient('10 min', '8 h', 10))).toBe('3');
  });
  it('[REQ-REF-006] a 7 h lockout fits 4 whole boluses (0, 7, 14, 21 h) when maxPerDay allows', () => {
    expect(boluses(patient('10 min', '7 h', 5))).toBe('4');
    expect(boluses(patient('10 min', '7 h', 3))).toBe('3');
  });
  it('[REQ-REF-006] a lockout 5 min short of 24 h fits one bolus and half of another', () => {
    const r = patientBolusMost(readWireProgram(patient('10 min', '1435 min', 5)));
    expect(r.volume.toString()).toBe('3/2');
    expect(r.presses.length).toBe(2);
  });
  it('[REQ-REF-006] maxPerDay 0 gives nothing, 1 gives one bolus; lockout = duration packs the day', () => {
    expect(boluses(patient('10 min', '10 min', 0))).toBe('0');
    expect(boluses(patient('10 min', '10 min', 1))).toBe('1');
    expect(boluses(patient('10 min', '10 min', 1000))).toBe('144');
    expect(boluses(patient('30 min', '30 min', 47))).toBe('47');
  });
  it('[REQ-REF-006] the count rule is half-open: n starts may not share any 24 h span, but starts exactly 24 h apart may', () => {
    // lockout 6 h, 1 h bolus, at most 4 starts: 0, 6, 12, 18 h → 4 boluses, and a fifth at 24 h is outside the window
    expect(boluses(patient('1 h', '6 h', 4))).toBe('4');
    // with 5 allowed the lockout is what binds: 24 h / 6 h = 4 with nothing left over for a cut fifth
    expect(boluses(patient('1 h', '6 h', 5))).toBe('4');
  });
});
