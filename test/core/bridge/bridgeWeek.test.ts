import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { bridge } from '../../../core/index.js';
import { decodeBridgeRequest } from '../../../spec/codecs/index.js';
import { bridgeCommand } from '../../../spec/wire/commands/bridge.js';
import { at, codes, contractBridge } from '../../spec/wire/commands/_bridgeFixtures.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/**
 * The contract's bridge (morphine 20 → 10 mg/mL, old rate 0.15 mL/day, dead volume 0.2 + 0.05 mL) onto a
 * week program of 3 mg/day every day but Sunday, which gives `sunday`; refilled at 00:00 on `filledOn`.
 */
function bridgeWeek(filledOn: string | undefined, sunday: string, maxDaily = '7 mg/day'): Record<string, unknown> {
  const b = contractBridge();
  b['new'] = {
    drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }],
    ...(filledOn === undefined ? {} : { filledOn }),
    therapy: { mode: 'week', drug: 'morphine', days: Object.fromEntries(DAYS.map((d) => [d, { mode: 'continuous', dose: d === 'sunday' ? sunday : '3 mg/day' }])) },
  };
  b['limits'] = { morphine: { maxDaily } };
  return b;
}

describe('bridge onto a week program', () => {
  it('[REQ-WEEK-007] seven equal days answer as the daily program does, whatever the weekday of the refill', () => {
    const daily = bridgeCommand.run({ ...contractBridge(), limits: { morphine: { maxDaily: '7 mg/day' } } });
    expect(daily.exitCode).toBe(0);
    for (const on of ['monday', 'sunday']) {
      const w = bridgeCommand.run(bridgeWeek(on, '3 mg/day'));
      expect(w.exitCode).toBe(0);
      for (const f of ['bridge', 'tipDoses', 'withoutBridge', 'prescribedRange', 'overdoseWithoutBridge', 'underdoseWithoutBridge']) expect([f, at(w.body, f)]).toEqual([f, at(daily.body, f)]);
      expect(codes(w.body, 'warnings')).toEqual(codes(daily.body, 'warnings'));
    }
  });

  it('[REQ-WEEK-007] refilled on a 6 mg/day Sunday, the old 20 mg/mL fluid pushed at Sunday\'s rate gives 8.5 mg without a bridge (0.25 mL × 20 + 0.35 mL × 10 mg/mL): BRIDGE_REQUIRED', () => {
    const r = bridgeCommand.run(bridgeWeek('sunday', '6 mg/day'));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'withoutBridge.morphine.worst24h')).toBe('8.5 mg');
    expect(at(r.body, 'overdoseWithoutBridge')).toBe(true);
    expect(codes(r.body, 'warnings')).toContain('BRIDGE_REQUIRED');
    // the prescribed range is the week's: its lightest and heaviest 24 h (3 and 6 mg), the old daily dose 3 mg
    expect(at(r.body, 'prescribedRange.morphine')).toEqual({ lower: '3 mg', upper: '6 mg' });
  });

  it('[REQ-WEEK-007] the bridge gives the week\'s average dose from the old fluid: 24 mg a week ÷ 7 ÷ 20 mg/mL = 0.1714… mL/day, floored to 0.171 mL/day; with it no 24 h passes the week\'s 6 mg', () => {
    const r = bridgeCommand.run(bridgeWeek('sunday', '6 mg/day'));
    expect(at(r.body, 'bridge')).toMatchObject({ rate: '0.171 mL/day', basis: 'new dose from old fluid', switchRounded: 'later' });
    expect(at(r.body, 'tipDoses.morphine.worst24h')).toBe('6 mg');
  });

  it('[REQ-WEEK-007] the refill\'s weekday decides: refilled on the Saturday before, the old fluid is out before Sunday: 6 mg without a bridge, no BRIDGE_REQUIRED', () => {
    const r = bridgeCommand.run(bridgeWeek('saturday', '6 mg/day'));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'withoutBridge.morphine')).toMatchObject({ worst24h: '6 mg', least24h: '3 mg' });
    expect(codes(r.body, 'warnings')).not.toContain('BRIDGE_REQUIRED');
  });

  it('[REQ-WEEK-007] without the refill\'s weekday a week program is refused: FILL_WEEKDAY_REQUIRED at new.filledOn (exit 2); a bad weekday is INVALID_VALUE', () => {
    const r = bridgeCommand.run(bridgeWeek(undefined, '6 mg/day'));
    expect(r.exitCode).toBe(2);
    expect(at(r.body, 'errors.0')).toMatchObject({ code: 'FILL_WEEKDAY_REQUIRED', path: 'new.filledOn' });
    const bad = bridgeCommand.run(bridgeWeek('Sunday', '6 mg/day'));
    expect(at(bad.body, 'errors.0')).toMatchObject({ code: 'INVALID_VALUE', path: 'new.filledOn' });
  });

  it('[REQ-WEEK-005] [REQ-WEEK-007] a week program taking more than 4 weeks to push the dead volume out is refused: WEEK_PROGRAM_NOT_ANALYSED at new.therapy (the library entry too)', () => {
    // 0.06 mg/day at 10 mg/mL = 0.006 mL/day: 0.042 mL a week, 0.168 mL in 4 weeks, below the 0.25 mL dead volume
    const req = bridgeWeek('monday', '0.06 mg/day');
    const days = (req['new'] as { therapy: { days: Record<string, unknown> } }).therapy.days;
    for (const d of DAYS) days[d] = { mode: 'continuous', dose: '0.06 mg/day' };
    const r = bridgeCommand.run(req);
    expect(r.exitCode).toBe(3);
    expect(at(r.body, 'errors.0')).toMatchObject({ code: 'WEEK_PROGRAM_NOT_ANALYSED', path: 'new.therapy' });
    const decoded = decodeBridgeRequest(req);
    if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left));
    const c = bridge(decoded.right);
    expect(E.isLeft(c) && c.left.map((e) => e.code)).toEqual(['WEEK_PROGRAM_NOT_ANALYSED']);
  });
});
