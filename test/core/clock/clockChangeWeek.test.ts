import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { clockChange } from '../../../core/index.js';
import { decodeClockChangeRequest } from '../../../spec/codecs/index.js';
import { clockChangeCommand } from '../../../spec/wire/commands/clockChange.js';
import { at, codes } from '../../spec/wire/commands/_bridgeFixtures.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const PUMP = {
  kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day',
  minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL',
};
/** Baclofen 240 mcg/day with 720 mcg/day from 01:00 to 02:00: 260 mcg that day (the daily clock-change test's program). */
const HIGH_HOUR = { mode: 'flex', steps: [{ start: '00:00', dose: '240 mcg/day' }, { start: '01:00', dose: '720 mcg/day' }, { start: '02:00', dose: '240 mcg/day' }] };
const FLAT = { mode: 'continuous', dose: '240 mcg/day' };

/**
 * Baclofen 500 mcg/mL as a week program: 240 mcg/day every day, and on Sunday (only, unless `everyDay`)
 * 720 mcg/day from 01:00 to 02:00. The week's worst 24 h is 260 mcg (a window holding Sunday's high
 * hour), its least 240 mcg.
 */
function weekRequest(change: Record<string, unknown>, maxDaily = '300 mcg/day', everyDay = false): Record<string, unknown> {
  return {
    pump: PUMP,
    reservoir: { fill: '40 mL', filledOn: 'friday', drugs: [{ drug: 'baclofen', concentration: '500 mcg/mL' }] },
    therapy: { mode: 'week', drug: 'baclofen', days: Object.fromEntries(DAYS.map((d) => [d, everyDay || d === 'sunday' ? HIGH_HOUR : FLAT])) },
    limits: { baclofen: { maxDaily } },
    clockChange: change,
  };
}

describe('clock-change over a week program', () => {
  it('[REQ-WEEK-006] [REQ-CLOCK-001] set back 1 h on Sunday at 02:00: Sunday\'s high hour runs twice, 280 mcg in some real 24 h (the week\'s worst is 260 mcg)', () => {
    const r = clockChangeCommand.run(weekRequest({ at: '02:00', jump: '-1 h', on: 'sunday' }));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'acrossChange.baclofen')).toEqual({ worst24h: '280 mcg', least24h: '240 mcg' });
    expect(at(r.body, 'normal.baclofen')).toEqual({ worst24h: '260 mcg', least24h: '240 mcg' });
    expect(at(r.body, 'clockChange')).toEqual({ at: '02:00', jump: '-1 h', newClock: '01:00', on: 'sunday', newOn: 'sunday' });
    expect(codes(r.body, 'warnings')).toContain('CLOCK_CHANGE_ALTERS_DELIVERY');
  });

  it('[REQ-WEEK-006] [REQ-CLOCK-001] the same change breaks a 270 mcg/day ceiling: refused with CLOCK_CHANGE_LIMIT_EXCEEDED', () => {
    const r = clockChangeCommand.run(weekRequest({ at: '02:00', jump: '-1 h', on: 'sunday' }, '270 mcg/day'));
    expect(r.exitCode).toBe(3);
    expect(codes(r.body, 'errors')).toEqual(['CLOCK_CHANGE_LIMIT_EXCEEDED']);
  });

  it('[REQ-WEEK-006] the weekday decides: set back on Monday at 02:00 repeats a 240 mcg/day hour, no window passes the week\'s own 260 mcg, the 270 mcg/day ceiling holds', () => {
    const r = clockChangeCommand.run(weekRequest({ at: '02:00', jump: '-1 h', on: 'monday' }, '270 mcg/day'));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'acrossChange.baclofen')).toEqual({ worst24h: '260 mcg', least24h: '240 mcg' });
    expect(codes(r.body, 'warnings')).not.toContain('CLOCK_CHANGE_ALTERS_DELIVERY');
  });

  it('[REQ-WEEK-006] [REQ-CLOCK-002] spring forward on Sunday at 01:00 skips the high hour: no real 24 h below the week\'s least, none above its worst', () => {
    const r = clockChangeCommand.run(weekRequest({ at: '01:00', jump: '1 h', on: 'sunday' }));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'acrossChange.baclofen')).toEqual({ worst24h: '260 mcg', least24h: '240 mcg' });
    expect(codes(r.body, 'warnings')).not.toContain('CLOCK_CHANGE_ALTERS_DELIVERY');
  });

  it('[REQ-WEEK-006] a jump across midnight moves the weekday: Sunday 23:30 +1 h reads Monday 00:30, Monday 00:30 −1 h reads Sunday 23:30', () => {
    const fwd = clockChangeCommand.run(weekRequest({ at: '23:30', jump: '1 h', on: 'sunday' }));
    expect(at(fwd.body, 'clockChange')).toEqual({ at: '23:30', jump: '1 h', newClock: '00:30', on: 'sunday', newOn: 'monday' });
    const back = clockChangeCommand.run(weekRequest({ at: '00:30', jump: '-1 h', on: 'monday' }));
    expect(at(back.body, 'clockChange')).toEqual({ at: '00:30', jump: '-1 h', newClock: '23:30', on: 'monday', newOn: 'sunday' });
  });

  it('[REQ-WEEK-006] seven equal days answer as the daily program does, whatever the weekday of the change', () => {
    const daily = clockChangeCommand.run({ ...weekRequest({ at: '02:00', jump: '-1 h' }), reservoir: { fill: '40 mL', drugs: [{ drug: 'baclofen', concentration: '500 mcg/mL' }] }, therapy: { ...HIGH_HOUR, drug: 'baclofen' } });
    expect(at(daily.body, 'acrossChange.baclofen')).toEqual({ worst24h: '280 mcg', least24h: '260 mcg' });
    for (const on of ['monday', 'thursday', 'sunday']) {
      const w = clockChangeCommand.run(weekRequest({ at: '02:00', jump: '-1 h', on }, '300 mcg/day', true));
      expect([w.exitCode, at(w.body, 'acrossChange'), at(w.body, 'normal')]).toEqual([0, at(daily.body, 'acrossChange'), at(daily.body, 'normal')]);
    }
  });

  it('[REQ-WEEK-006] a week program without the weekday of the change is refused: MISSING_FIELD at clockChange.on (decoder and core, exit 2); a daily one does not need it', () => {
    const r = clockChangeCommand.run(weekRequest({ at: '02:00', jump: '-1 h' }));
    expect(r.exitCode).toBe(2);
    expect(at(r.body, 'errors.0')).toMatchObject({ code: 'MISSING_FIELD', path: 'clockChange.on' });
    const decoded = decodeClockChangeRequest(weekRequest({ at: '02:00', jump: '-1 h', on: 'sunday' }));
    if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left));
    const c = clockChange({ ...decoded.right, clockChange: { at: decoded.right.clockChange.at, jump: decoded.right.clockChange.jump } });
    expect(E.isLeft(c) && c.left.map((e) => `${e.code} ${e.path}`)).toEqual(['MISSING_FIELD clockChange.on']);
    const bad = clockChangeCommand.run(weekRequest({ at: '02:00', jump: '-1 h', on: 'Sunday' }));
    expect(at(bad.body, 'errors.0')).toMatchObject({ code: 'INVALID_VALUE', path: 'clockChange.on' });
  });
});
