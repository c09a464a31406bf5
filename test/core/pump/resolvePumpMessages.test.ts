import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { resolvePump } from '../../../core/pump/resolvePump.js';
import { q } from '../library/_q.js';

const refusals = (r: E.Either<readonly { code: string; path: string; message: string }[], unknown>) => (E.isLeft(r) ? r.left.map((e) => [e.code, e.path, e.message]) : 'resolved');
const SIZES = 'synchromed-ii is made with a 20 mL (8637-20) or 40 mL (8637-40) reservoir (FDA recall coverage, Medscape 776694 (2012))';

describe('resolvePump, what each refusal says', () => {
  it('[REQ-PUMP-005] a family made in two sizes names them when the size is missing or contradicted', () => {
    expect(refusals(resolvePump({ profile: 'synchromed-ii' }, ['reservoir'], 'pump')))
      .toEqual([['PUMP_PARAMETER_MISSING', 'pump.reservoir', `${SIZES}: give pump.reservoir to say which`]]);
    expect(refusals(resolvePump({ profile: 'synchromed-ii', reservoir: q('volume', '30 mL') }, ['reservoir'], 'pump')))
      .toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.reservoir', `${SIZES}; the request says 30 mL, which contradicts the device`]]);
    // not needed, not given: no refusal
    expect(refusals(resolvePump({ profile: 'synchromed-ii' }, [], 'pump'))).toBe('resolved');
  });
  it('[REQ-PUMP-005] a device fact the request contradicts is named with its source', () => {
    expect(refusals(resolvePump({ profile: 'synchromed-ii-40', minRate: q('flow', '0.05 mL/day') }, ['minRate'], 'pump')))
      .toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.minRate', 'synchromed-ii-40 has minRate 0.048 mL/day (Prialt titration page for professionals); the request says 0.05 mL/day, which contradicts the device']]);
    // repeating it exactly, in other units, is not a contradiction
    expect(refusals(resolvePump({ profile: 'synchromed-ii-40', minRate: q('flow', '48 uL/day') }, ['minRate'], 'pump'))).toBe('resolved');
  });
  it('[REQ-PUMP-001] an unknown profile lists the built-in ones; a pump without a name needs its kind', () => {
    expect(refusals(resolvePump({ profile: 'nope' }, [], 'old.pump'))).toEqual([['UNKNOWN_PUMP', 'old.pump',
      '"nope" is not a built-in pump profile; built-in profiles are synchromed-ii, synchromed-ii-20, synchromed-ii-40, prometra, prometra-20, prometra-40, isomed, codman-3000, or give a full profile']]);
    expect(refusals(resolvePump({}, [], 'pump')))
      .toEqual([['PUMP_PARAMETER_MISSING', 'pump.kind', 'the pump has no "kind": give "programmable" or "fixed-rate", or name a built-in profile']]);
  });
  it('[REQ-PUMP-005] a kind that contradicts the profile is refused; the same kind repeated is not', () => {
    expect(refusals(resolvePump({ profile: 'isomed', kind: 'programmable' }, [], 'pump')))
      .toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.kind', 'isomed is a fixed-rate pump; the request says "programmable"']]);
    expect(refusals(resolvePump({ profile: 'isomed', kind: 'fixed-rate' }, [], 'pump'))).toBe('resolved');
  });
  it('[REQ-PUMP-004] [REQ-PUMP-005] a profile\'s values carry their origin: device facts and defaults from the profile, the rest from the request', () => {
    const r = resolvePump({ profile: 'synchromed-ii-40', rateResolution: q('flow', '0.001 mL/day') }, ['minRate', 'lowReservoirAlarm', 'rateResolution'], 'pump');
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.origins.minRate).toEqual({ from: 'profile', source: 'Prialt titration page for professionals', confidence: 'cited' });
    expect(r.right.origins.rateResolution).toEqual({ from: 'request', source: 'request' });
    expect(r.right.origins.lowReservoirAlarm?.from).toBe('profile');
    expect(r.right.profile?.name).toBe('synchromed-ii-40');
    // a full request profile has no profile key
    const own = resolvePump({ kind: 'programmable', minRate: q('flow', '0.1 mL/day') }, ['minRate'], 'pump');
    expect(E.isRight(own) && 'profile' in own.right).toBe(false);
  });
});
