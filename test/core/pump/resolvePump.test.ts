import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../core/arith/decimalArithmetic.js';
import { resolvePump } from '../../../core/pump/resolvePump.js';
import type { PumpField } from '../../../core/request/PumpInput.js';
import { q } from '../library/_q.js';

const ML = 86_400_000n;
const codes = (r: E.Either<readonly { code: string; path: string }[], unknown>): [string, string][] =>
  E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : [];

describe('resolvePump', () => {
  it('[REQ-PUMP-005] a family with two reservoir sizes takes the size the request names, and its facts with their sources', () => {
    const r = resolvePump({ profile: 'synchromed-ii', reservoir: q('volume', '40 mL') }, ['reservoir', 'minRate', 'lowReservoirAlarm'], 'pump');
    expect(E.isRight(r)).toBe(true);
    if (E.isLeft(r) || r.right.kind !== 'programmable') return;
    expect(A.toDecimalString(r.right.reservoir.base)).toBe((40n * ML).toString());
    expect(A.toDecimalString(r.right.minRate.base)).toBe('48'); // 0.048 mL/day = 48 uL/day
    expect(A.toDecimalString(r.right.lowReservoirAlarm.base)).toBe((2n * ML).toString());
    expect(r.right.origins.reservoir?.source).toBe('FDA recall coverage, Medscape 776694 (2012)');
    expect(r.right.origins.minRate).toEqual({ from: 'profile', source: 'Prialt titration page for professionals', confidence: 'cited' });
    expect(r.right.profile?.name).toBe('synchromed-ii');
  });

  it('[REQ-PUMP-005] the same size in other units is the same size (40000 uL)', () => {
    expect(E.isRight(resolvePump({ profile: 'synchromed-ii', reservoir: q('volume', '40000 uL') }, ['reservoir'], 'pump'))).toBe(true);
  });

  it('[REQ-PUMP-005] a 30 mL reservoir for a 20/40 mL pump is refused as a contradiction', () => {
    const r = resolvePump({ profile: 'synchromed-ii', reservoir: q('volume', '30 mL') }, ['reservoir'], 'pump');
    expect(codes(r)).toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.reservoir']]);
    expect(E.isLeft(r) && r.left[0]?.message).toContain('30 mL');
  });

  it('[REQ-PUMP-005] a family without the size named is ambiguous and refused when the reservoir is needed', () => {
    const r = resolvePump({ profile: 'prometra' }, ['reservoir'], 'pump');
    expect(codes(r)).toEqual([['PUMP_PARAMETER_MISSING', 'pump.reservoir']]);
    expect(E.isLeft(r) && r.left[0]?.message).toContain('20 mL (REF 11827, 13827) or 40 mL (REF 16827)');
    // not needed: no refusal
    expect(E.isRight(resolvePump({ profile: 'prometra', kind: 'programmable' }, [], 'pump'))).toBe(true);
  });

  it('[REQ-PUMP-005] a single-size profile gives its reservoir; repeating it is fine, another size is refused', () => {
    const r = resolvePump({ profile: 'synchromed-ii-20' }, ['reservoir'], 'pump');
    expect(E.isRight(r) && A.toDecimalString(r.right.reservoir.base)).toBe((20n * ML).toString());
    expect(E.isRight(resolvePump({ profile: 'synchromed-ii-20', reservoir: q('volume', '20 mL') }, ['reservoir'], 'pump'))).toBe(true);
    expect(codes(resolvePump({ profile: 'synchromed-ii-20', reservoir: q('volume', '40 mL') }, ['reservoir'], 'pump'))).toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.reservoir']]);
  });

  it('[REQ-PUMP-005] a device fact (minimum flow) cannot be changed by the request; a default (alarm volume) can', () => {
    expect(codes(resolvePump({ profile: 'synchromed-ii-40', minRate: q('flow', '0.006 mL/day') }, ['minRate'], 'pump')))
      .toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.minRate']]);
    expect(E.isRight(resolvePump({ profile: 'synchromed-ii-40', minRate: q('flow', '48 uL/day') }, ['minRate'], 'pump'))).toBe(true);
    const r = resolvePump({ profile: 'synchromed-ii-40', lowReservoirAlarm: q('volume', '4 mL') }, ['lowReservoirAlarm'], 'pump');
    expect(E.isRight(r) && A.toDecimalString(r.right.lowReservoirAlarm.base)).toBe((4n * ML).toString());
    expect(E.isRight(r) && r.right.origins.lowReservoirAlarm?.from).toBe('request');
  });

  it('[REQ-PUMP-001] every needed parameter no one supplies is refused, each with its path', () => {
    const needs: PumpField[] = ['reservoir', 'lowReservoirAlarm', 'rateResolution', 'minRate', 'maxRate', 'maxBolusRate'];
    expect(codes(resolvePump({ profile: 'synchromed-ii-40' }, needs, 'pump'))).toEqual([
      ['PUMP_PARAMETER_MISSING', 'pump.rateResolution'],
      ['PUMP_PARAMETER_MISSING', 'pump.maxRate'],
      ['PUMP_PARAMETER_MISSING', 'pump.maxBolusRate'],
    ]);
    expect(codes(resolvePump({ profile: 'prometra-40' }, needs, 'pump')).map(([, p]) => p)).toEqual(
      ['pump.lowReservoirAlarm', 'pump.rateResolution', 'pump.minRate', 'pump.maxRate', 'pump.maxBolusRate']);
  });

  it('[REQ-PUMP-001] an unknown profile name is refused with the list of names', () => {
    const r = resolvePump({ profile: 'synchromed' }, [], 'pump');
    expect(codes(r)).toEqual([['UNKNOWN_PUMP', 'pump']]);
    expect(E.isLeft(r) && r.left[0]?.message).toContain('synchromed-ii-40');
  });

  it('[REQ-PUMP-001] a full request profile without a name needs its kind', () => {
    expect(codes(resolvePump({ reservoir: q('volume', '40 mL') }, ['reservoir'], 'pump'))).toEqual([['PUMP_PARAMETER_MISSING', 'pump.kind']]);
  });

  it('[REQ-PUMP-005] a kind that contradicts the profile, and a parameter of the other kind, are refused', () => {
    expect(codes(resolvePump({ profile: 'isomed', kind: 'programmable' }, [], 'pump'))).toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.kind']]);
    expect(codes(resolvePump({ profile: 'synchromed-ii-40', nominalFlow: q('flow', '1 mL/day') }, [], 'pump'))).toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.nominalFlow']]);
  });

  it('[REQ-PUMP-001] a fixed-rate profile takes everything from the request; programmable needs are ignored for it', () => {
    const r = resolvePump({ profile: 'isomed', reservoir: q('volume', '20 mL'), lowReservoirAlarm: q('volume', '2 mL'), nominalFlow: q('flow', '1 mL/day'), flowTolerance: q('percent', '15 %') },
      ['reservoir', 'nominalFlow', 'flowTolerance', 'maxRate'], 'pump');
    expect(E.isRight(r) && r.right.kind).toBe('fixed-rate');
    if (E.isRight(r) && r.right.kind === 'fixed-rate') expect(A.toDecimalString(r.right.flowTolerance.base)).toBe('15');
    expect(codes(resolvePump({ profile: 'isomed' }, ['reservoir', 'nominalFlow', 'flowTolerance'], 'pump')).map(([, p]) => p))
      .toEqual(['pump.reservoir', 'pump.nominalFlow', 'pump.flowTolerance']);
  });

  it('[REQ-PUMP-005] zero where a positive value is needed, a negative value, an alarm at the capacity and min above max are refused', () => {
    expect(codes(resolvePump({ kind: 'programmable', reservoir: q('volume', '0 mL'), internalVolume: q('volume', '-0.1 mL') }, [], 'pump')))
      .toEqual([['NOT_POSITIVE', 'pump.reservoir'], ['NEGATIVE_QUANTITY', 'pump.internalVolume']]);
    expect(codes(resolvePump({ kind: 'programmable', reservoir: q('volume', '20 mL'), lowReservoirAlarm: q('volume', '20 mL') }, [], 'pump')))
      .toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.lowReservoirAlarm']]);
    expect(codes(resolvePump({ kind: 'programmable', minRate: q('flow', '2 mL/day'), maxRate: q('flow', '1 mL/day') }, [], 'pump')))
      .toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.minRate']]);
  });
});

describe('resolvePump, messages and boundaries', () => {
  it('[REQ-PUMP-005] a programmable parameter on a fixed-rate pump is refused at its path, saying whose parameter it is', () => {
    const r = resolvePump({ kind: 'fixed-rate', maxRate: q('flow', '24 mL/day'), bolusVolumeResolution: q('volume', '0.001 mL') }, [], 'old.pump');
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path, e.message])).toEqual([
      ['PUMP_PARAMETER_CONFLICT', 'old.pump.maxRate', '"maxRate" is a parameter of programmable pumps; this pump is fixed-rate'],
      ['PUMP_PARAMETER_CONFLICT', 'old.pump.bolusVolumeResolution', '"bolusVolumeResolution" is a parameter of programmable pumps; this pump is fixed-rate'],
    ]);
    const p = resolvePump({ kind: 'programmable', flowTolerance: q('percent', '15 %') }, [], 'pump');
    expect(E.isLeft(p) && p.left[0]?.message).toBe('"flowTolerance" is a parameter of fixed-rate pumps; this pump is programmable');
  });
  it('[REQ-PUMP-005] a minimum rate equal to the maximum, an alarm just below the reservoir and a zero tolerance are accepted', () => {
    const r = resolvePump({ kind: 'programmable', reservoir: q('volume', '20 mL'), lowReservoirAlarm: q('volume', '19.999 mL'), minRate: q('flow', '1 mL/day'), maxRate: q('flow', '1 mL/day') }, ['minRate', 'maxRate'], 'pump');
    expect(codes(r)).toEqual([]);
    expect(E.isRight(r) && r.right.origins.minRate).toEqual({ from: 'request', source: 'request' });
    expect(codes(resolvePump({ kind: 'fixed-rate', flowTolerance: q('percent', '0 %'), lowReservoirAlarm: q('volume', '0 mL') }, ['flowTolerance'], 'pump'))).toEqual([]);
  });
  it('[REQ-PUMP-005] the refusals print the values in mL, mL/day and %', () => {
    const r = resolvePump({ kind: 'fixed-rate', reservoir: q('volume', '20 mL'), lowReservoirAlarm: q('volume', '25 mL'), nominalFlow: q('flow', '0 mL/day'), flowTolerance: q('percent', '-5 %') }, [], 'pump');
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path, e.message])).toEqual([
      ['NOT_POSITIVE', 'pump.nominalFlow', '"nominalFlow" must be greater than zero; it is 0 mL/day'],
      ['NEGATIVE_QUANTITY', 'pump.flowTolerance', '"flowTolerance" must not be negative; it is -5 %'],
      ['PUMP_PARAMETER_CONFLICT', 'pump.lowReservoirAlarm', 'the low-reservoir alarm 25 mL is not below the reservoir 20 mL'],
    ]);
    const m = resolvePump({ kind: 'programmable', minRate: q('flow', '2 mL/day'), maxRate: q('flow', '1.5 mL/day') }, [], 'pump');
    expect(E.isLeft(m) && m.left[0]?.message).toBe('the minimum rate 2 mL/day is above the maximum rate 1.5 mL/day');
  });
  it('[REQ-PUMP-001] a missing parameter names where it was looked for: the request profile or the named built-in profile', () => {
    const own = resolvePump({ kind: 'programmable' }, ['maxRate'], 'pump');
    expect(E.isLeft(own) && own.left[0]?.message).toBe('the pump profile has no "maxRate", which this calculation needs; supply it (no public value exists, and the engine never guesses a device parameter)');
    const named = resolvePump({ profile: 'isomed' }, ['nominalFlow'], 'pump');
    expect(E.isLeft(named) && named.left[0]?.message).toMatch(/^the built-in profile \S+.* has no "nominalFlow", which this calculation needs/);
  });
});
