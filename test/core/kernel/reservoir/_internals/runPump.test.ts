import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../../core/arith/decimalArithmetic.js';
import type { DailyProgram } from '../../../../../core/kernel/DailyProgram.js';
import type { ExactFraction } from '../../../../../core/kernel/ExactFraction.js';
import { applyPumpEvent } from '../../../../../core/kernel/reservoir/applyPumpEvent.js';
import type { PumpState, RunningBolus } from '../../../../../core/kernel/reservoir/PumpState.js';
import { runPump } from '../../../../../core/kernel/reservoir/_internals/runPump.js';
import { startPump } from '../../../../../core/kernel/reservoir/startPump.js';
import { continuous, inMg, inMl, mL, mgPerMl, n } from '../../_base.js';

const value = (f: ExactFraction<Exact>): Exact => f.num.dividedBy(f.den);
const ml = (f: ExactFraction<Exact>): string => inMl(value(f));
const seconds = (f: ExactFraction<Exact> | undefined): string => (f === undefined ? 'never' : A.toDecimalString(value(f)));
const runs = (s: PumpState<Exact>, ...secs: number[]): PumpState<Exact> => secs.reduce((x, t) => runPump(A, x, n(t)), s);
const shown = (bs: readonly RunningBolus<Exact>[]): string[][] => bs.map((b) => [A.toDecimalString(b.start), A.toDecimalString(b.duration), inMl(b.volume)]);
/** No basal flow at all, so that every drawn volume below is a bolus's. */
const idle = (extra: Partial<DailyProgram<Exact>> = {}): DailyProgram<Exact> => ({ steps: [{ start: A.zero, flow: A.zero }], periodicBoluses: [], ...extra });
const pump = (program: DailyProgram<Exact>, fill: string, clock = 0) =>
  startPump(A, { program, clock: n(clock), fill: mL(fill), concentrations: [mgPerMl('10')], alarmVolume: mL('2'), deadVolume: mL('0.25'), deadVolumeConcentrations: [mgPerMl('10')] });
const patient = idle({ patientBolus: { volume: mL('0.01'), duration: n(600), lockout: n(3_600), maxPerDay: n(4) } });

describe('runPump, boluses across runs', () => {
  it('[REQ-RES-005] a patient bolus still running at the end of a run is carried into the next and dropped once it has ended', () => {
    const s = applyPumpEvent(A, pump(patient, '20'), { kind: 'patientBolus' });
    // 0.01 mL evenly over 600 s: after 300 s half of it, 0.005 mL, and it is still running
    const half = runs(s, 300);
    expect(ml(half.drawn)).toBe('0.005');
    expect(shown(half.boluses)).toEqual([['0', '600', '0.01']]);
    // the next 300 s deliver the other half; the bolus ends exactly at the end of the run and is no longer listed
    const whole = runs(half, 300);
    expect(ml(whole.drawn)).toBe('0.01');
    expect(whole.boluses).toEqual([]);
    // nothing more is drawn afterwards (no basal flow)
    const later = runs(whole, 600);
    expect(ml(later.drawn)).toBe('0.01');
    expect(later.boluses).toEqual([]);
    // the tip received as much as was drawn, all at 10 mg/mL: 0.01 mL × 10 mg/mL = 0.1 mg
    expect(inMg(value(later.atTip[0] ?? { num: A.zero, den: A.one }))).toBe('0.1');
  });

  it('[REQ-RES-005] a periodic bolus split over two runs is given once, and is not given for the part of it before the pump started', () => {
    const p = idle({ periodicBoluses: [{ start: A.zero, volume: mL('0.06'), duration: n(3_600) }] });
    // clock at 00:00: the bolus of 0.06 mL over 1 h starts at once; 30 min of it is 0.03 mL
    const first = runs(pump(p, '20'), 1_800);
    expect(ml(first.drawn)).toBe('0.03');
    // the second half hour completes it: 0.06 mL in all, not more
    expect(ml(runs(first, 1_800).drawn)).toBe('0.06');
    // up to the next midnight nothing more; then the next day's bolus starts again
    expect(ml(runs(first, 1_800, 82_800).drawn)).toBe('0.06');
    expect(ml(runs(first, 1_800, 82_800, 1_800).drawn)).toBe('0.09');
    // started at 00:30 the pump did not give the 00:00 bolus: nothing until the next midnight
    expect(ml(runs(pump(p, '20', 1_800), 1_800).drawn)).toBe('0');
  });
});

describe('runPump, the empty and alarm marks', () => {
  it('[REQ-RES-005] a reservoir emptied exactly at the end of a run is marked empty at that instant', () => {
    // 0.3 mL at 0.3 mL/day: empty after exactly one day
    const s = runs(pump(continuous('0.3'), '0.3'), 86_400);
    expect(ml(s.reservoir)).toBe('0');
    expect(ml(s.drawn)).toBe('0.3');
    expect(seconds(s.dryAt)).toBe('86400');
  });

  it('[REQ-RES-005] once empty, later runs draw nothing, deliver nothing and keep the instant it ran empty', () => {
    // 0.3 mL at 0.3 mL/day, run for 2 days: empty at 86400 s
    const dry = runs(pump(continuous('0.3'), '0.3'), 172_800);
    expect(seconds(dry.dryAt)).toBe('86400');
    const later = runs(dry, 3_600, 86_400);
    expect(seconds(later.dryAt)).toBe('86400');
    expect(seconds(later.alarmAt)).toBe('0'); // the fill was below the 2 mL alarm volume
    expect(ml(later.drawn)).toBe('0.3');
    expect(ml(later.reservoir)).toBe('0');
    expect(inMg(value(later.atTip[0] ?? { num: A.zero, den: A.one }))).toBe('3'); // 0.3 mL × 10 mg/mL
    expect(A.toDecimalString(later.time)).toBe('262800');
  });

  it('[REQ-RES-005] the alarm keeps the instant the reservoir first reached the alarm volume', () => {
    // 2.3 mL with a 2 mL alarm at 0.3 mL/day: 0.3 mL drawn after exactly one day
    const s = runs(pump(continuous('0.3'), '2.3'), 172_800);
    expect(seconds(s.alarmAt)).toBe('86400');
    const later = runs(s, 86_400);
    expect(seconds(later.alarmAt)).toBe('86400');
    expect(ml(later.reservoir)).toBe('1.4'); // 2.3 − 3 days × 0.3 mL
  });

  it('[REQ-RES-005] a run that reaches neither the alarm volume nor empty leaves both marks absent (not present as undefined)', () => {
    // 20 mL at 0.3 mL/day for a day: 19.7 mL left, above the 2 mL alarm
    const s = runs(pump(continuous('0.3'), '20'), 86_400);
    expect(ml(s.reservoir)).toBe('19.7');
    expect(Object.keys(s)).not.toContain('alarmAt');
    expect(Object.keys(s)).not.toContain('dryAt');
    // 2.3 mL for a day: the alarm is reached (at 86400 s) but the reservoir is not empty
    const alarmed = runs(pump(continuous('0.3'), '2.3'), 86_400);
    expect(seconds(alarmed.alarmAt)).toBe('86400');
    expect(Object.keys(alarmed)).not.toContain('dryAt');
  });
});

describe('runPump, a run of no time', () => {
  it('[REQ-RES-005] a run of 0 s returns the state exactly as it was, even with a bolus running', () => {
    const s = applyPumpEvent(A, pump(patient, '20'), { kind: 'patientBolus' });
    expect(runPump(A, s, A.zero)).toStrictEqual(s);
    const half = runs(s, 300);
    expect(runPump(A, half, A.zero)).toStrictEqual(half);
  });
});
