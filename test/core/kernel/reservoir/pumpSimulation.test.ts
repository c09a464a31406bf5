import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import type { DailyProgram } from '../../../../core/kernel/DailyProgram.js';
import { applyPumpEvent } from '../../../../core/kernel/reservoir/applyPumpEvent.js';
import type { ExactFraction } from '../../../../core/kernel/ExactFraction.js';
import type { PumpEvent, PumpState } from '../../../../core/kernel/reservoir/PumpState.js';
import { startPump } from '../../../../core/kernel/reservoir/startPump.js';
import { continuous, inMg, inMl, mL, mgPerMl, n } from '../_base.js';

const value = (f: ExactFraction<Exact> | undefined): Exact => (f === undefined ? A.fromInteger(-1n) : f.num.dividedBy(f.den));
const run = (s: PumpState<Exact>, ...events: PumpEvent<Exact>[]): PumpState<Exact> => events.reduce((x, e) => applyPumpEvent(A, x, e), s);
const hours = (h: number): PumpEvent<Exact> => ({ kind: 'run', seconds: n(h * 3600) });
const withBolus = (p: DailyProgram<Exact>): DailyProgram<Exact> => ({ ...p, patientBolus: { volume: mL('0.01'), duration: n(600), lockout: n(14_400), maxPerDay: n(4) } });
const pump = (fill: string, program: DailyProgram<Exact> = continuous('0.3'), conc = '10') =>
  startPump(A, { program, clock: A.zero, fill: mL(fill), concentrations: [mgPerMl(conc)], alarmVolume: mL('2'), deadVolume: mL('0.25'), deadVolumeConcentrations: [mgPerMl(conc)] });

describe('pump simulation', () => {
  it('[REQ-RES-005] an empty reservoir delivers nothing: 2.3 mL at 0.3 mL/day is dry after exactly 7 2/3 days, the alarm at 1 day', () => {
    const s = run(pump('2.3'), hours(24 * 10));
    expect(inMl(value(s.drawn))).toBe('2.3');
    expect(A.toDecimalString(value(s.reservoir))).toBe('0');
    expect(A.toDecimalString(value(s.alarmAt))).toBe('86400'); // 0.3 mL drawn: 2 mL left
    // 2.3 ÷ 0.3 day = 662 400 s
    expect(A.toDecimalString(value(s.dryAt))).toBe('662400');
    // the tip received exactly the drawn volume at 10 mg/mL, nothing after
    expect(inMg(value(s.atTip[0]))).toBe('23');
  });

  it('[REQ-RES-005] patient boluses: the lockout and the rolling 24 h count are kept, and an empty reservoir refuses', () => {
    let s = run(pump('40', withBolus(continuous('0.3'))), { kind: 'patientBolus' });
    expect(s.lastRequest).toBe('accepted');
    s = run(s, hours(1), { kind: 'patientBolus' });
    expect(s.lastRequest).toBe('lockout');
    s = run(s, hours(3), { kind: 'patientBolus' }, hours(4), { kind: 'patientBolus' }, hours(4), { kind: 'patientBolus' }, hours(4), { kind: 'patientBolus' });
    expect(s.lastRequest).toBe('count'); // 4 in the last 24 h (at 0, 4, 8 and 12 h)
    s = run(s, hours(8), { kind: 'patientBolus' }); // 24 h after the first
    expect(s.lastRequest).toBe('accepted');
    // drawn: 24 h 10 min... exactly 24 h of basal plus the whole 4 boluses plus the running fifth's first 0 s
    s = run(s, hours(1));
    expect(inMl(value(s.drawn))).toBe(A.toDecimalString(A.fromDecimalString('0.3').times(25).dividedBy(24).plus('0.05')));
    const dry = run(pump('0.01', withBolus(continuous('0.3'))), hours(24), { kind: 'patientBolus' });
    expect(dry.lastRequest).toBe('empty');
  });

  it('[REQ-RES-005] [REQ-BRIDGE-001] a refill with a weaker fluid pushes the old one out first: 5.5 mg at the tip in the first 24 h', () => {
    const s = run(pump('0.3', continuous('0.15'), '20'), hours(1));
    const before = value(s.atTip[0]);
    const after = run(s, { kind: 'refill', volume: mL('40'), concentrations: [mgPerMl('10')] }, { kind: 'program', program: continuous('0.3') }, hours(24));
    expect(inMg(value(after.atTip[0]).minus(before))).toBe('5.5');
    expect(after.alarmAt).toBeUndefined();
  });

  it('[REQ-RES-005] a clock change moves the time-of-day steps', () => {
    const flex: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: A.zero }, { start: n(3600), flow: n(24_000) }, { start: n(7200), flow: A.zero }], periodicBoluses: [] };
    // 1 mL/day... 24 mL/day for one hour = 1 mL; set the clock back at 02:00 to 01:00: the hour runs twice
    const s = run(pump('40', flex), hours(2), { kind: 'clock', jump: n(-3600) }, hours(2));
    expect(inMl(value(s.drawn))).toBe('2');
  });

  it('[REQ-RES-005] a fill at or below the alarm volume alarms at once; a zero fill is dry at once', () => {
    expect(A.toDecimalString(value(pump('2').alarmAt))).toBe('0');
    expect(A.toDecimalString(value(pump('0').dryAt))).toBe('0');
  });
});
