import { describe, expect, it } from 'vitest';
import { primeCommand } from '../../../spec/wire/commands/prime.js';
import { at, codes } from '../../spec/wire/commands/_bridgeFixtures.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const PUMP = {
  kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day',
  minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL',
};

/**
 * Morphine 10 mg/mL on the prime command's contract pump (0.2 mL internal volume, 1 mL/h maximum bolus
 * rate), catheter 0.05 mL, everything empty: priming 0.25 mL in 15 min from the fill at 00:00 on `filledOn`.
 * A week program of `dose` every day but Sunday, which gives `sunday`.
 */
function primeWeek(filledOn: string, dose: string, sunday: string, maxDaily: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pump: PUMP,
    reservoir: { fill: '40 mL', filledOn, drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
    therapy: { mode: 'week', drug: 'morphine', days: Object.fromEntries(DAYS.map((d) => [d, { mode: 'continuous', dose: d === 'sunday' ? sunday : dose }])) },
    limits: { morphine: { maxDaily } },
    catheter: { volume: '0.05 mL' },
    contents: { pumpInternal: 'empty', catheter: 'empty' },
    ...extra,
  };
}

describe('prime over a week program', () => {
  it('[REQ-WEEK-007] seven equal days answer as the daily program does (the contract example\'s 5.46875 mg and 2.96875 mg)', () => {
    const daily = primeCommand.run({ ...primeWeek('monday', '3 mg/day', '3 mg/day', '6 mg/day'), reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] }, therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } });
    expect(daily.exitCode).toBe(0);
    for (const on of ['monday', 'sunday']) {
      const w = primeCommand.run(primeWeek(on, '3 mg/day', '3 mg/day', '6 mg/day'));
      expect(w.exitCode).toBe(0);
      for (const f of ['priming', 'drugAtTipAfter', 'tipDoses', 'tipDosesPlugFlow', 'primingBolusAtTip']) expect([f, at(w.body, f)]).toEqual([f, at(daily.body, f)]);
    }
    expect(at(daily.body, 'tipDoses.morphine')).toEqual({ worst24h: '5.46875 mg', least24h: '2.96875 mg' });
  });

  it('[REQ-WEEK-007] primed on a Sunday of 6 mg/day: the 0.25 mL primed counted as drug plus 23.75 h of Sunday, 8.4375 mg; the least 24 h a 3 mg weekday', () => {
    const r = primeCommand.run(primeWeek('sunday', '3 mg/day', '6 mg/day', '10 mg/day'));
    expect(r.exitCode).toBe(0);
    // 0.25 mL × 10 mg/mL = 2.5 mg, then Sunday 00:15 → 24:00 at 6 mg/day = 5.9375 mg
    expect(at(r.body, 'tipDoses.morphine')).toEqual({ worst24h: '8.4375 mg', least24h: '3 mg' });
    expect(at(r.body, 'tipDosesPlugFlow.morphine')).toEqual({ worst24h: '6 mg', least24h: '3 mg' });
    expect(at(r.body, 'drugAtTipAfter')).toBe('15 min');
  });

  it('[REQ-WEEK-007] the fill\'s weekday decides: at an 8 mg/day ceiling a Sunday priming is refused, a Saturday one (the heavy Sunday a day later, 6 mg) is not', () => {
    const sunday = primeCommand.run(primeWeek('sunday', '3 mg/day', '6 mg/day', '8 mg/day'));
    expect(sunday.exitCode).toBe(3);
    expect(codes(sunday.body, 'errors')).toEqual(['PRESCRIBER_LIMIT_EXCEEDED']);
    const saturday = primeCommand.run(primeWeek('saturday', '3 mg/day', '6 mg/day', '8 mg/day'));
    expect(saturday.exitCode).toBe(0);
    expect(at(saturday.body, 'tipDoses.morphine')).toEqual({ worst24h: '6 mg', least24h: '2.96875 mg' });
  });

  it('[REQ-WEEK-005] [REQ-WEEK-007] a priming volume that leaves more than 4 weeks of the program to flush the dead volume is refused (WEEK_PROGRAM_NOT_ANALYSED at volume); the whole dead volume is not', () => {
    // 0.06 mg/day = 0.006 mL/day: 0.042 mL a week; 0.2 mL left after a 0.05 mL priming takes 5 weeks
    const r = primeCommand.run(primeWeek('monday', '0.06 mg/day', '0.06 mg/day', '3 mg/day', { volume: '0.05 mL' }));
    expect(r.exitCode).toBe(3);
    expect(at(r.body, 'errors.0')).toMatchObject({ code: 'WEEK_PROGRAM_NOT_ANALYSED', path: 'volume' });
    const whole = primeCommand.run(primeWeek('monday', '0.06 mg/day', '0.06 mg/day', '3 mg/day'));
    expect(whole.exitCode).toBe(0);
  });

  it('[REQ-WEEK-003] [REQ-WEEK-007] a week program without the fill\'s weekday is refused as compile refuses it (FILL_WEEKDAY_REQUIRED)', () => {
    const req = primeWeek('monday', '3 mg/day', '3 mg/day', '6 mg/day');
    req['reservoir'] = { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] };
    const r = primeCommand.run(req);
    expect(r.exitCode).toBe(2);
    expect(codes(r.body, 'errors')).toEqual(['FILL_WEEKDAY_REQUIRED']);
  });
});
