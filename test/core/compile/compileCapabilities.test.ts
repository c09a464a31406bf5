import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { compile } from '../../../core/index.js';
import { decodeCompileRequest } from '../../../spec/codecs/index.js';
import { contractPump, contractRequest, q } from './_fixtures.js';

const flex = (n: number) => ({ mode: 'flex' as const, steps: Array.from({ length: n }, (_, i) => ({ start: BigInt(i * 3600), dose: q('doseRate', '3 mg/day') })) });
const synchromed = { ...contractPump, kind: undefined, profile: 'synchromed-ii-40', reservoir: undefined, minRate: undefined };
const { kind: _k, reservoir: _r, minRate: _m, ...synchromedPump } = synchromed;

describe('compile: pump capabilities', () => {
  it('[REQ-CAP-003] a SynchroMed II program with 14 basal steps is refused (PUMP_CANNOT_HOLD_PROGRAM), 13 pass', () => {
    const r14 = compile(contractRequest({ pump: synchromedPump, therapy: { drug: 'morphine', basal: flex(14), periodicBoluses: [] } }));
    expect(E.isLeft(r14) && r14.left.map((e) => [e.code, e.path])).toEqual([['PUMP_CANNOT_HOLD_PROGRAM', 'therapy.steps']]);
    expect(E.isLeft(r14) && r14.left[0]!.message).toContain('SynchroMed II');
    expect(E.isRight(compile(contractRequest({ pump: synchromedPump, therapy: { drug: 'morphine', basal: flex(13), periodicBoluses: [] } })))).toBe(true);
  });
  it('[REQ-CAP-002] [REQ-CAP-003] an integrator pump without patient boluses refuses a program with one', () => {
    const r = compile(contractRequest({
      pump: { ...contractPump, capabilities: { patientBolus: false, periodicBolusesPerDay: 0n } },
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '3 mg/day') }, periodicBoluses: [{ start: 0n, dose: q('mass', '0.1 mg'), duration: q('time', '10 min') }],
        patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } },
    }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['PUMP_CANNOT_HOLD_PROGRAM', 'therapy.periodicBoluses'], ['PUMP_CANNOT_HOLD_PROGRAM', 'therapy.patientBolus']]);
  });
  it('[REQ-CAP-002] pump.capabilities decodes strictly: unknown fields, strings for counts and counts above 48 are refused', () => {
    const req = (capabilities: unknown) => ({ pump: { profile: 'synchromed-ii-40', capabilities }, reservoir: { fill: '20 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] }, therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } });
    const ok = decodeCompileRequest(req({ doseChangesPerDay: 4, stop: true }));
    expect(E.isRight(ok) && ok.right.pump.capabilities).toEqual({ doseChangesPerDay: 4n, stop: true });
    const codes = (u: unknown) => { const r = decodeCompileRequest(req(u)); return E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : []; };
    expect(codes({ steps: 4 })).toEqual([['UNKNOWN_FIELD', 'pump.capabilities.steps']]);
    expect(codes({ doseChangesPerDay: '4' })).toEqual([['INVALID_INTEGER', 'pump.capabilities.doseChangesPerDay']]);
    expect(codes({ doseChangesPerDay: 49 })).toEqual([['INVALID_INTEGER', 'pump.capabilities.doseChangesPerDay']]);
    expect(codes({ stop: 'true' })).toEqual([['WRONG_TYPE', 'pump.capabilities.stop']]);
  });
  it('[REQ-CAP-002] a hand-built request with a capability of the wrong type is REQUEST_NOT_WELL_FORMED', () => {
    const r = compile(contractRequest({ pump: { ...contractPump, capabilities: { stop: 'no' as unknown as boolean } } }));
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['REQUEST_NOT_WELL_FORMED', 'pump.capabilities.stop']]);
  });
});
