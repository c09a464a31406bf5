import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { compile } from '../../../core/index.js';
import { decodeCompileRequest } from '../../../spec/codecs/decodeCompileRequest.js';
import { compileCommand } from '../../../spec/wire/commands/compile.js';
import { bridgeCommand } from '../../../spec/wire/commands/bridge.js';
import { primeCommand } from '../../../spec/wire/commands/prime.js';
import { clockChangeCommand } from '../../../spec/wire/commands/clockChange.js';
import { at, codes, contractBridge } from '../../spec/wire/commands/_bridgeFixtures.js';

const PUMP = {
  kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day',
  minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL',
};
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const continuous = (dose: string): Record<string, unknown> => ({ mode: 'continuous', dose });

/**
 * Morphine 10 mg/mL, 4 mg every calendar day; Wednesday gives 2 mg/day until noon and 6 mg/day after,
 * Thursday 6 mg/day until noon and 2 mg/day after: each day 1 + 3 = 3 + 1 = 4 mg, but the window
 * Wednesday 12:00 → Thursday 12:00 delivers 3 + 3 = 6 mg.
 */
function heavyAcrossMidnight(maxDaily: string, days: Partial<Record<(typeof DAYS)[number], unknown>> = {}, filledOn: string | null = 'monday'): Record<string, unknown> {
  const all: Record<string, unknown> = Object.fromEntries(DAYS.map((d) => [d, continuous('4 mg/day')]));
  all['wednesday'] = { mode: 'flex', steps: [{ start: '00:00', dose: '2 mg/day' }, { start: '12:00', dose: '6 mg/day' }] };
  all['thursday'] = { mode: 'flex', steps: [{ start: '00:00', dose: '6 mg/day' }, { start: '12:00', dose: '2 mg/day' }] };
  Object.assign(all, days);
  return {
    pump: PUMP,
    reservoir: { fill: '40 mL', filledAt: '10:00', ...(filledOn === null ? {} : { filledOn }), drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
    therapy: { mode: 'week', drug: 'morphine', days: all },
    limits: { morphine: { maxDaily } },
  };
}

/** The same daily therapy every weekday, as a week program, and as the daily program it equals. */
function sameEveryDay(day: Record<string, unknown>, patientBolus?: Record<string, unknown>): { week: Record<string, unknown>; daily: Record<string, unknown> } {
  const { periodicBoluses, ...basal } = day;
  const reservoir = { fill: '20 mL', filledAt: '07:00', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] };
  const pb = patientBolus === undefined ? {} : { patientBolus };
  return {
    week: { pump: PUMP, reservoir: { ...reservoir, filledOn: 'friday' }, therapy: { mode: 'week', drug: 'morphine', days: Object.fromEntries(DAYS.map((d) => [d, day])), ...pb } },
    daily: { pump: PUMP, reservoir, therapy: { ...basal, drug: 'morphine', ...(periodicBoluses === undefined ? {} : { periodicBoluses }), ...pb } },
  };
}

describe('week programs', () => {
  it('[REQ-WEEK-002] a window across midnight breaks the ceiling though every calendar day is within it: refused', () => {
    const r = compileCommand.run(heavyAcrossMidnight('5 mg/day'));
    expect(r.exitCode).toBe(3);
    expect(codes(r.body, 'errors')).toEqual(['PRESCRIBER_LIMIT_EXCEEDED']);
    expect(JSON.stringify(at(r.body, 'errors'))).toContain('6 mg');
  });

  it('[REQ-WEEK-002] [REQ-WEEK-004] the same week within a 7 mg/day ceiling: worst 24 h 6 mg, least 3 mg, perDay the heaviest weekday 4 mg', () => {
    const r = compileCommand.run(heavyAcrossMidnight('7 mg/day'));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'doses.morphine')).toEqual({
      concentration: '10 mg/mL', perDay: '4 mg', worst24h: '6 mg', least24h: '3 mg',
      perWeekday: Object.fromEntries(DAYS.map((d) => [d, '4 mg'])),
    });
    expect(at(r.body, 'program.period')).toBe('168 h');
    const steps = at(r.body, 'program.steps') as { weekday: string; start: string; rate: string }[];
    expect(steps.map((s) => `${s.weekday} ${s.start} ${s.rate}`)).toEqual([
      'monday 00:00 0.4 mL/day', 'tuesday 00:00 0.4 mL/day', 'wednesday 00:00 0.2 mL/day', 'wednesday 12:00 0.6 mL/day',
      'thursday 00:00 0.6 mL/day', 'thursday 12:00 0.2 mL/day', 'friday 00:00 0.4 mL/day', 'saturday 00:00 0.4 mL/day', 'sunday 00:00 0.4 mL/day',
    ]);
  });

  it('[REQ-WEEK-002] the window across Sunday → Monday counts: a heavy Sunday evening and Monday morning', () => {
    const r = compileCommand.run(heavyAcrossMidnight('7 mg/day', {
      sunday: { mode: 'flex', steps: [{ start: '00:00', dose: '2 mg/day' }, { start: '12:00', dose: '6 mg/day' }] },
      monday: { mode: 'flex', steps: [{ start: '00:00', dose: '7 mg/day' }, { start: '12:00', dose: '1 mg/day' }] },
    }));
    expect(r.exitCode).toBe(0);
    // Sunday 12:00 → Monday 12:00: 3 + 3.5 mg
    expect(at(r.body, 'doses.morphine.worst24h')).toBe('6.5 mg');
    // Monday 12:00 → Tuesday 12:00: 0.5 + 2 mg (Saturday 12:00 → Sunday 12:00 is 2 + 1 mg)
    expect(at(r.body, 'doses.morphine.least24h')).toBe('2.5 mg');
  });

  it('[REQ-WEEK-002] a periodic bolus of one weekday counts in that day and in the windows it falls in', () => {
    const r = compileCommand.run(heavyAcrossMidnight('7 mg/day', {
      sunday: { mode: 'continuous', dose: '4 mg/day', periodicBoluses: [{ start: '23:00', dose: '0.5 mg', duration: '2 h' }] },
    }));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'doses.morphine.perWeekday.sunday')).toBe('4.5 mg');
    expect(at(r.body, 'doses.morphine.perDay')).toBe('4.5 mg');
    expect(at(r.body, 'doses.morphine.worst24h')).toBe('6 mg');
    expect(at(r.body, 'program.periodicBoluses')).toEqual([{ weekday: 'sunday', start: '23:00', volume: '0.05 mL', duration: '2 h' }]);
  });

  it('[REQ-WEEK-002] seven equal days give the daily answers (worst, least, perDay, reservoir times)', () => {
    const { week, daily } = sameEveryDay(
      { mode: 'flex', steps: [{ start: '00:00', dose: '3 mg/day' }, { start: '08:00', dose: '5 mg/day' }], periodicBoluses: [{ start: '22:30', dose: '0.25 mg', duration: '3 h' }] },
      { dose: '0.1 mg', duration: '10 min', lockout: '4 h', maxPerDay: 4 },
    );
    const w = compileCommand.run(week);
    const d = compileCommand.run(daily);
    expect(w.exitCode).toBe(0);
    expect(d.exitCode).toBe(0);
    for (const f of ['perDay', 'worst24h', 'least24h']) expect(at(w.body, `doses.morphine.${f}`)).toBe(at(d.body, `doses.morphine.${f}`));
    for (const f of ['lowAlarmAfter', 'emptyAfter', 'refillWithin', 'refillBoundBy']) expect(at(w.body, `reservoir.${f}`)).toBe(at(d.body, `reservoir.${f}`));
  });

  it('[REQ-WEEK-003] a week program without the fill weekday is refused: FILL_WEEKDAY_REQUIRED (decoder and hand-built request)', () => {
    const r = compileCommand.run(heavyAcrossMidnight('7 mg/day', {}, null));
    expect(r.exitCode).toBe(2);
    expect(codes(r.body, 'errors')).toEqual(['FILL_WEEKDAY_REQUIRED']);
    expect(at(r.body, 'errors.0.path')).toBe('reservoir.filledOn');
    const decoded = decodeCompileRequest(heavyAcrossMidnight('7 mg/day'));
    if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left));
    const { filledOn: _, ...reservoir } = decoded.right.reservoir;
    const c = compile({ ...decoded.right, reservoir });
    expect(E.isLeft(c) && c.left.map((e) => e.code)).toEqual(['FILL_WEEKDAY_REQUIRED']);
  });

  it('[REQ-WEEK-003] the reservoir times run from the fill weekday: filled before the heavy days, the alarm comes no later than filled after them', () => {
    const filled = (on: string): unknown => at(compileCommand.run(heavyAcrossMidnight('9 mg/day', { wednesday: continuous('8 mg/day'), thursday: continuous('8 mg/day') }, on)).body, 'reservoir');
    const tue = filled('tuesday') as Record<string, string>;
    const fri = filled('friday') as Record<string, string>;
    expect(tue['filledOn']).toBe('tuesday');
    expect(fri['filledOn']).toBe('friday');
    // 38 mL at 0.4 mL/day, two days a week at 0.8: a fill on Tuesday meets the heavy days first
    const minutes = (s: string): number => (s.endsWith(' h') ? Number(s.slice(0, -2)) * 60 : Number(s.slice(0, -4)));
    expect(minutes(tue['lowAlarmAfter'] ?? '')).toBeLessThan(minutes(fri['lowAlarmAfter'] ?? ''));
    expect(typeof tue['refillByWeekday']).toBe('string');
  });

  it('[REQ-WEEK-001] a week program must give all seven days, its periodic boluses per day', () => {
    const req = heavyAcrossMidnight('7 mg/day');
    const days = (req['therapy'] as { days: Record<string, unknown> }).days;
    delete days['sunday'];
    const r = compileCommand.run(req);
    expect(r.exitCode).toBe(2);
    expect(codes(r.body, 'errors')).toContain('MISSING_FIELD');
    const top = heavyAcrossMidnight('7 mg/day');
    (top['therapy'] as Record<string, unknown>)['periodicBoluses'] = [];
    expect(codes(compileCommand.run(top).body, 'errors')).toContain('UNKNOWN_FIELD');
  });

  it('[REQ-WEEK-001] the compile result summarises the week for a pump capability check', () => {
    const decoded = decodeCompileRequest(heavyAcrossMidnight('7 mg/day', { friday: { mode: 'flex', steps: [{ start: '00:00', dose: '4 mg/day' }, { start: '06:00', dose: '5 mg/day' }, { start: '18:00', dose: '3 mg/day' }] } }));
    if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left));
    const c = compile(decoded.right);
    if (E.isLeft(c)) throw new Error(JSON.stringify(c.left));
    expect(c.right.week).toMatchObject({ mostStepsInOneDay: 3, mostPeriodicBolusesInOneDay: 0, filledOn: 'monday' });
    const daily = decodeCompileRequest(sameEveryDay(continuous('3 mg/day')).daily);
    if (E.isLeft(daily)) throw new Error('daily');
    const d = compile(daily.right);
    expect(E.isRight(d) && d.right.week).toBeUndefined();
  });

  it('[REQ-WEEK-006] [REQ-WEEK-007] bridge, prime and clock-change analyse a week program (its worst 24 h the week\'s 6 mg, not a calendar day\'s 4 mg)', () => {
    const week = (heavyAcrossMidnight('7 mg/day')['therapy']) as Record<string, unknown>;
    const b = contractBridge();
    (b['new'] as Record<string, unknown>)['therapy'] = week;
    (b['new'] as Record<string, unknown>)['filledOn'] = 'monday';
    (b['limits'] as Record<string, unknown>) = { morphine: { maxDaily: '7 mg/day' } };
    const br = bridgeCommand.run(b);
    expect([br.exitCode, at(br.body, 'prescribedRange.morphine')]).toEqual([0, { lower: '3 mg', upper: '6 mg' }]);
    const p = primeCommand.run({ ...heavyAcrossMidnight('7 mg/day'), catheter: { volume: '0.05 mL' }, contents: { pumpInternal: 'empty', catheter: 'empty' } });
    // 0.25 mL primed (2.5 mg) and 23.75 h of Monday at 4 mg/day: 6.458… mg, rounded up; the week's own worst 6 mg
    expect([p.exitCode, at(p.body, 'tipDoses.morphine')]).toEqual([0, { worst24h: '6.458333334 mg', least24h: '3 mg' }]);
    const cc = clockChangeCommand.run({ ...heavyAcrossMidnight('7 mg/day'), clockChange: { at: '02:00', jump: '-1 h', on: 'wednesday' } });
    expect([cc.exitCode, at(cc.body, 'normal.morphine')]).toEqual([0, { worst24h: '6 mg', least24h: '3 mg' }]);
  });

  it('[REQ-CAP-003] [REQ-WEEK-001] a pump whose capabilities say it holds no week program refuses one, at therapy.mode; one that does accepts it', () => {
    const refused = compileCommand.run({ ...heavyAcrossMidnight('7 mg/day'), pump: { ...PUMP, capabilities: { weekProgram: false } } });
    expect(refused.exitCode).toBe(3);
    expect(codes(refused.body, 'errors')).toEqual(['PUMP_CANNOT_HOLD_PROGRAM']);
    expect(JSON.stringify(at(refused.body, 'errors'))).toContain('therapy.mode');
    expect(compileCommand.run({ ...heavyAcrossMidnight('7 mg/day'), pump: { ...PUMP, capabilities: { weekProgram: true } } }).exitCode).toBe(0);
  });

  it('[REQ-CAP-003] [REQ-WEEK-001] the busiest weekday is what the pump must hold: 3 steps on Wednesday against a pump of 2 dose changes a day is refused at therapy.days', () => {
    const busy = { mode: 'flex', steps: [{ start: '00:00', dose: '2 mg/day' }, { start: '08:00', dose: '6 mg/day' }, { start: '16:00', dose: '4 mg/day' }] };
    const r = compileCommand.run({ ...heavyAcrossMidnight('7 mg/day', { wednesday: busy }), pump: { ...PUMP, capabilities: { doseChangesPerDay: 2 } } });
    expect(r.exitCode).toBe(3);
    expect(JSON.stringify(at(r.body, 'errors'))).toContain('therapy.days');
    expect(compileCommand.run({ ...heavyAcrossMidnight('7 mg/day', { wednesday: busy }), pump: { ...PUMP, capabilities: { doseChangesPerDay: 3 } } }).exitCode).toBe(0);
  });

  it('[REQ-WEEK-005] [REQ-ONEOFF-003] one-off events over a week program are refused (WEEK_PROGRAM_NOT_ANALYSED at oneOff), never computed as if the program were daily', () => {
    const r = compileCommand.run({ ...heavyAcrossMidnight('7 mg/day'), oneOff: [{ kind: 'singleBolus', after: '1 day', dose: '0.5 mg', duration: '1 h' }] });
    expect(r.exitCode).toBe(3);
    expect(codes(r.body, 'errors')).toEqual(['WEEK_PROGRAM_NOT_ANALYSED']);
    expect(JSON.stringify(at(r.body, 'errors'))).toContain('"path":"oneOff"');
  });
});
