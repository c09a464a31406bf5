import { describe, expect, it } from 'vitest';
import { clockChangeCommand } from '../../../../spec/wire/commands/clockChange.js';
import { at, codes } from './_bridgeFixtures.js';

/**
 * Baclofen 500 mcg/mL (Lioresal/Gablofen product), flex: 240 mcg/day with 720 mcg/day from 01:00 to 02:00:
 * 23 × 10 + 30 = 260 mcg a day, within the spinal maintenance range 300–800 mcg/day's order (Gablofen label).
 */
function flexRequest(jumpAt: string, jump: string, maxDaily = '300 mcg/day'): Record<string, unknown> {
  return {
    pump: {
      kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day',
      minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL',
    },
    reservoir: { fill: '40 mL', drugs: [{ drug: 'baclofen', concentration: '500 mcg/mL' }] },
    therapy: { mode: 'flex', drug: 'baclofen', steps: [{ start: '00:00', dose: '240 mcg/day' }, { start: '01:00', dose: '720 mcg/day' }, { start: '02:00', dose: '240 mcg/day' }] },
    limits: { baclofen: { maxDaily: maxDaily } },
    clockChange: { at: jumpAt, jump },
  };
}

describe('clock-change command', () => {
  it('[REQ-CLOCK-001] [REQ-CLOCK-002] daylight saving −1 h at 02:00: the high hour runs twice, 280 mcg in some real 24 h', () => {
    const r = clockChangeCommand.run(flexRequest('02:00', '-1 h'));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'acrossChange.baclofen')).toEqual({ worst24h: '280 mcg', least24h: '260 mcg' });
    expect(at(r.body, 'normal.baclofen')).toEqual({ worst24h: '260 mcg', least24h: '260 mcg' });
    expect(at(r.body, 'clockChange')).toEqual({ at: '02:00', jump: '-1 h', newClock: '01:00' });
    expect(codes(r.body, 'warnings')).toContain('CLOCK_CHANGE_ALTERS_DELIVERY');
  });

  it('[REQ-CLOCK-002] daylight saving +1 h at 01:00: the high hour is skipped, 240 mcg in some real 24 h (an underdose)', () => {
    const r = clockChangeCommand.run(flexRequest('01:00', '1 h'));
    expect(at(r.body, 'acrossChange.baclofen')).toEqual({ worst24h: '260 mcg', least24h: '240 mcg' });
    expect(codes(r.body, 'warnings')).toContain('CLOCK_CHANGE_ALTERS_DELIVERY');
  });

  it('[REQ-CLOCK-001] a window above the ceiling is refused with CLOCK_CHANGE_LIMIT_EXCEEDED', () => {
    const r = clockChangeCommand.run(flexRequest('02:00', '-1 h', '270 mcg/day'));
    expect(r.exitCode).toBe(3);
    expect(codes(r.body, 'errors')).toEqual(['CLOCK_CHANGE_LIMIT_EXCEEDED']);
    expect(at(r.body, 'errors.0.path')).toBe('clockChange.jump');
  });

  it('[REQ-CLOCK-002] a jump of a whole day or more is refused', () => {
    const r = clockChangeCommand.run(flexRequest('02:00', '24 h'));
    expect(r.exitCode).toBe(2);
    expect(at(r.body, 'errors.0')).toMatchObject({ code: 'INVALID_VALUE', path: 'clockChange.jump' });
  });
});
