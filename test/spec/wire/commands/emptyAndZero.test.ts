import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { DEMO_REQUEST } from '../../../../adapters/cli/demoRequest.js';
import { compile } from '../../../../core/compile/compile.js';
import { CODES } from '../../../../core/errors/codes.js';
import { bridgeCommand } from '../../../../spec/wire/commands/bridge.js';
import { compileCommand } from '../../../../spec/wire/commands/compile.js';
import { contractRequest, q } from '../../../core/compile/_fixtures.js';
import { contractBridge } from './_bridgeFixtures.js';

const errorsOf = (body: unknown) => (body as { errors: { code: string; path: string; message: string }[] }).errors;
const withField = (set: (j: Record<string, Record<string, unknown>>) => void): unknown => {
  const j = JSON.parse(JSON.stringify(DEMO_REQUEST)) as Record<string, Record<string, unknown>>;
  set(j);
  return j;
};

describe('an empty reservoir is refused for safety', () => {
  it('[REQ-LIMIT-106] compile: fill "0 mL" is EMPTY_RESERVOIR at reservoir.fill, exit 3 (a refusal, not a malformed request)', () => {
    expect(CODES.EMPTY_RESERVOIR.kind).toBe('refusal');
    const r = compileCommand.run(withField((j) => { (j['reservoir'] as Record<string, unknown>)['fill'] = '0 mL'; }));
    expect(r.exitCode).toBe(3);
    expect(errorsOf(r.body).map((e) => [e.code, e.path])).toEqual([['EMPTY_RESERVOIR', 'reservoir.fill']]);
    expect(errorsOf(r.body)[0]?.message).toContain('an empty reservoir delivers nothing');
    // a negative fill stays malformed
    expect(compileCommand.run(withField((j) => { (j['reservoir'] as Record<string, unknown>)['fill'] = '-1 mL'; })).exitCode).toBe(2);
  });
  it('[REQ-LIMIT-106] bridge: a refill of "0 mL" is EMPTY_RESERVOIR at new.fill, exit 3', () => {
    const j = contractBridge() as Record<string, Record<string, unknown>>;
    (j['new'] as Record<string, unknown>)['fill'] = '0 mL';
    const r = bridgeCommand.run(j);
    expect(r.exitCode).toBe(3);
    expect(errorsOf(r.body).map((e) => [e.code, e.path])).toEqual([['EMPTY_RESERVOIR', 'new.fill']]);
  });
});

describe('maxPerDay 0 is refused, with a message that says to omit patientBolus', () => {
  it('[REQ-LIMIT-107] on the wire: MAX_PER_DAY_ZERO at therapy.patientBolus.maxPerDay, exit 2', () => {
    const r = compileCommand.run(withField((j) => { ((j['therapy'] as Record<string, unknown>)['patientBolus'] as Record<string, unknown>)['maxPerDay'] = 0; }));
    expect(r.exitCode).toBe(2);
    expect(errorsOf(r.body).map((e) => [e.code, e.path])).toEqual([['MAX_PER_DAY_ZERO', 'therapy.patientBolus.maxPerDay']]);
    expect(errorsOf(r.body)[0]?.message).toContain('to prescribe no patient bolus, omit patientBolus');
    expect(compileCommand.run(withField((j) => { ((j['therapy'] as Record<string, unknown>)['patientBolus'] as Record<string, unknown>)['maxPerDay'] = 1; })).exitCode).toBe(0);
  });
  it('[REQ-LIMIT-107] a hand-built request with maxPerDay 0n is refused by the request guard with the same code', () => {
    const base = contractRequest();
    const r = compile({ ...base, therapy: { ...base.therapy, patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 0n } } });
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['MAX_PER_DAY_ZERO', 'therapy.patientBolus.maxPerDay']]);
  });
});
