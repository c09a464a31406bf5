import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { compile, formatQuantity, type CompileRequest, type OneOffRx } from '../../../core/index.js';
import { contractPump, contractRequest, q } from './_fixtures.js';

const patient = { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n };
const withOneOff = (oneOff: OneOffRx[], over: Partial<CompileRequest> = {}) => contractRequest({
  therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '3 mg/day') }, periodicBoluses: [], patientBolus: patient },
  oneOff,
  ...over,
});
const bolus = (after: string, dose: string, duration = '1 h'): OneOffRx => ({ kind: 'singleBolus', after: q('time', after), dose: q('mass', dose), duration: q('time', duration) });
const stop = (after: string, length: string): OneOffRx => ({ kind: 'stop', after: q('time', after), for: q('time', length) });
const ok = (r: ReturnType<typeof compile>) => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const mg = (x: { base: unknown } | undefined, dir: 'up' | 'down') => (x === undefined ? '' : formatQuantity(x as never, 'mg', dir).text);

describe('compile: one-off events', () => {
  it('[REQ-ONEOFF-002] a 0.5 mg single bolus on 3 mg/day with 4 patient boluses of 0.1 mg: 3.9 mg worst, 3 mg least in windows holding it; the daily answer unchanged', () => {
    const r = ok(compile(withOneOff([bolus('2 day', '0.5 mg')])));
    expect(mg(r.oneOff?.doses['morphine']?.worst24h, 'up')).toBe('3.9 mg');
    expect(mg(r.oneOff?.doses['morphine']?.least24h, 'down')).toBe('3 mg');
    expect(mg(r.doses['morphine']?.worst24h, 'up')).toBe('3.4 mg');
    expect(r.oneOff?.program).toHaveLength(1);
    expect(r.oneOff?.program[0]?.kind).toBe('singleBolus');
  });
  it('[REQ-ONEOFF-001] without oneOff (or with an empty list) the result has no oneOff field', () => {
    expect('oneOff' in ok(compile(contractRequest()))).toBe(false);
    expect('oneOff' in ok(compile(withOneOff([])))).toBe(false);
  });
  it('[REQ-ONEOFF-003] a single bolus that takes a window above the prescriber ceiling is refused at oneOff, like the daily program', () => {
    const r = compile(withOneOff([bolus('0 h', '5 mg')]));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['PRESCRIBER_LIMIT_EXCEEDED', 'oneOff']]);
  });
  it('[REQ-ONEOFF-003] an absolute ceiling is refused in a one-off window even with no prescriber limit breached', () => {
    const r = compile(withOneOff([bolus('0 h', '80 mg', '23 h')], { limits: { morphine: { maxDaily: q('doseRate', '100 mg/day') } } }));
    expect(E.isLeft(r) && r.left.map((e) => e.code)).toContain('ABSOLUTE_CEILING_EXCEEDED');
  });
  it('[REQ-ONEOFF-003] [REQ-LIMIT-120] a single bolus faster than the maximum bolus rate, or with the program over what the pump delivers, is refused; never clamped', () => {
    const fast = compile(withOneOff([bolus('0 h', '20 mg', '1 h')], { limits: { morphine: { maxDaily: q('doseRate', '30 mg/day') } } }));
    expect(E.isLeft(fast) && fast.left.map((e) => [e.code, e.path])).toContainEqual(['BOLUS_RATE_ABOVE_MAXIMUM', 'oneOff.0.dose']);
    // 1 mL/h bolus rate and 1 mL/h maximum: the bolus at the full bolus rate plus basal and a patient bolus exceeds it
    const pump = { ...contractPump, maxRate: q('flow', '24 mL/day'), maxBolusRate: q('flow', '1 mL/h') };
    const atOnce = compile(withOneOff([bolus('0 h', '10 mg', '1 h')], { pump, limits: { morphine: { maxDaily: q('doseRate', '30 mg/day') } } }));
    expect(E.isLeft(atOnce) && atOnce.left.map((e) => [e.code, e.path])).toContainEqual(['CONCURRENT_FLOW_ABOVE_MAXIMUM', 'oneOff.0']);
  });
  it('[REQ-ONEOFF-004] the reservoir times count the single bolus: 0.05 mL brings the alarm and the empty time 240 min earlier at 0.3 mL/day (no patient bolus)', () => {
    const without = ok(compile(contractRequest()));
    const withBolus = ok(compile(contractRequest({ oneOff: [bolus('2 day', '0.5 mg')] })));
    const minutes = (x: unknown) => Number(String(x));
    expect(minutes(without.reservoir.lowAlarmAfterMinutes) - minutes(withBolus.reservoir.lowAlarmAfterMinutes)).toBe(240);
    expect(minutes(without.reservoir.emptyAfterMinutes) - minutes(withBolus.reservoir.emptyAfterMinutes)).toBe(240);
  });
  it('[REQ-ONEOFF-005] a stop warns ONE_OFF_LOWERS_DELIVERY with the least 24 h (6 h of 3 mg/day: 2.25 mg), and never moves the reservoir times later', () => {
    const r = ok(compile(withOneOff([stop('10 day', '6 h')])));
    expect(mg(r.oneOff?.doses['morphine']?.least24h, 'down')).toBe('2.25 mg');
    const w = r.warnings.find((x) => x.code === 'ONE_OFF_LOWERS_DELIVERY');
    expect(w?.path).toBe('oneOff.0');
    expect(w?.message).toContain('2.25 mg');
    expect(String(r.reservoir.lowAlarmAfterMinutes)).toBe(String(ok(compile(withOneOff([]))).reservoir.lowAlarmAfterMinutes));
  });
  it('[REQ-ONEOFF-001] a fixed-rate pump cannot give a one-off: WRONG_PUMP_KIND at oneOff', () => {
    const r = compile(contractRequest({
      pump: { kind: 'fixed-rate', reservoir: q('volume', '20 mL'), lowReservoirAlarm: q('volume', '2 mL'), nominalFlow: q('flow', '1 mL/day'), flowTolerance: q('percent', '15 %'), internalVolume: q('volume', '0.2 mL') },
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'morphine' }] },
      oneOff: [stop('1 day', '1 h')],
    }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toContainEqual(['WRONG_PUMP_KIND', 'oneOff']);
  });
  it('[REQ-CAP-003] [REQ-ONEOFF-001] a pump that cannot stop refuses a stop (PUMP_CANNOT_HOLD_PROGRAM at oneOff)', () => {
    const r = compile(withOneOff([stop('1 day', '1 h')], { pump: { ...contractPump, capabilities: { stop: false } } }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['PUMP_CANNOT_HOLD_PROGRAM', 'oneOff']]);
  });
  it('[REQ-ONEOFF-001] a hand-built request with overlapping one-offs or a stop over 7 days is refused with the decoder\'s codes', () => {
    const overlap = compile(withOneOff([bolus('1 day', '0.1 mg', '2 h'), stop('25 h', '1 h')]));
    expect(E.isLeft(overlap) && overlap.left.map((e) => [e.code, e.path])).toEqual([['ONE_OFF_OVERLAP', 'oneOff.1']]);
    const long = compile(withOneOff([stop('1 day', '8 day')]));
    expect(E.isLeft(long) && long.left.map((e) => [e.code, e.path])).toEqual([['QUANTITY_ABOVE_BOUND', 'oneOff.0.for']]);
    const touching = compile(withOneOff([bolus('1 day', '0.1 mg', '2 h'), stop('26 h', '1 h')]));
    expect(E.isRight(touching)).toBe(true);
  });
  it('[REQ-ONEOFF-002] a single bolus that does not fit the bolus grid is floored toward less drug and reported', () => {
    const r = ok(compile(withOneOff([bolus('1 day', '0.1234567 mg')])));
    expect(r.roundings.map((x) => x.what)).toContain('oneOff.program.0.volume');
  });
});
