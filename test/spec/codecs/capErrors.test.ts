import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { EngineError } from '../../../core/index.js';
import { capErrors, decodeBridgeRequest, decodeCompileRequest, MAX_ERRORS, parseJsonText } from '../../../spec/codecs/index.js';
import { compileCommand } from '../../../spec/wire/commands/compile.js';
import { errorResponse } from '../../../spec/wire/WireResponse.js';
import { contractBridge } from '../wire/commands/_bridgeFixtures.js';
import { contractRequest } from './_fixtures.js';

const errors = (n: number, code: EngineError['code'] = 'UNKNOWN_FIELD'): EngineError[] =>
  Array.from({ length: n }, (_, i) => ({ code, path: `f${i}`, message: 'x' }));
const withUnknownFields = (base: Record<string, unknown>, n: number): Record<string, unknown> => {
  for (let i = 0; i < n; i += 1) base[`u${i}`] = 1;
  return base;
};

describe('capErrors', () => {
  it('[REQ-INPUT-002] at most 100 errors, in the order given, then ERRORS_TRUNCATED at "" saying how many were left out', () => {
    expect(MAX_ERRORS).toBe(100);
    expect(capErrors(errors(100))).toEqual(errors(100));
    const capped = capErrors(errors(101));
    expect(capped).toHaveLength(101);
    expect(capped.slice(0, 100)).toEqual(errors(100));
    expect(capped[100]).toEqual({ code: 'ERRORS_TRUNCATED', path: '', message: '1 more error left out (only the first 100 are listed)' });
    expect(capErrors(errors(50_000))[100]?.message).toBe('49900 more errors left out (only the first 100 are listed)');
  });

  it('[REQ-INPUT-002] capping twice keeps one truncation entry with the total left out', () => {
    const once = capErrors(errors(250));
    expect(capErrors(once)).toEqual(once);
    expect(capErrors([...once, ...errors(3)]).at(-1)?.message).toBe('153 more errors left out (only the first 100 are listed)');
  });
});

describe('every error list is capped', () => {
  it('[REQ-INPUT-002] 50 000 unknown fields: the decoder lists 100 and says 49 900 more; the response stays small', () => {
    const r = decodeCompileRequest(withUnknownFields(contractRequest(), 50_000));
    expect(E.isLeft(r) && r.left).toHaveLength(101);
    expect(E.isLeft(r) && r.left.slice(0, 100).every((e) => e.code === 'UNKNOWN_FIELD')).toBe(true);
    expect(E.isLeft(r) && r.left[100]).toEqual({ code: 'ERRORS_TRUNCATED', path: '', message: '49900 more errors left out (only the first 100 are listed)' });
    const response = compileCommand.run(withUnknownFields(contractRequest(), 50_000));
    expect(response.exitCode).toBe(2);
    expect((response.body['errors'] as unknown[]).length).toBe(101);
    expect(JSON.stringify(response.body).length).toBeLessThan(40_000);
  });

  it('[REQ-INPUT-002] [REQ-WIRE-004] the 100 listed are the first in path order, whatever the key order, with any other error among them', () => {
    const forward = contractRequest();
    for (let i = 0; i < 300; i += 1) forward[`k${String(i).padStart(3, '0')}`] = 1;
    const backward = contractRequest();
    for (let i = 299; i >= 0; i -= 1) backward[`k${String(i).padStart(3, '0')}`] = 1;
    backward['aaa'] = 1;
    forward['aaa'] = 1;
    delete forward['pump'];
    delete backward['pump'];
    const f = decodeCompileRequest(forward);
    const b = decodeCompileRequest(backward);
    expect(f).toEqual(b);
    const paths = E.isLeft(f) ? f.left.map((e) => e.path) : [];
    // 301 unknown fields and the missing pump: 'aaa', 'k000' … 'k098' are listed; 'k099' … 'k299' and 'pump' left out
    expect(paths.slice(0, 3)).toEqual(['aaa', 'k000', 'k001']);
    expect(paths.slice(98, 101)).toEqual(['k097', 'k098', '']);
    expect(paths).not.toContain('pump');
    expect(E.isLeft(f) && f.left.at(-1)?.message).toBe('202 more errors left out (only the first 100 are listed)');
  });

  it('[REQ-INPUT-002] every decode* function caps (bridge: unknown fields deep in the request)', () => {
    const req = contractBridge();
    withUnknownFields(req['old'] as Record<string, unknown>, 150);
    const r = decodeBridgeRequest(req);
    expect(E.isLeft(r) && [r.left.length, r.left[100]?.code, r.left[100]?.message]).toEqual([101, 'ERRORS_TRUNCATED', '50 more errors left out (only the first 100 are listed)']);
  });

  it('[REQ-INPUT-002] [REQ-WIRE-012] duplicate keys: 100 listed, then how many more', () => {
    const text = `{${Array.from({ length: 250 }, () => '"a": 1').join(', ')}}`;
    const r = parseJsonText(text);
    expect(E.isLeft(r) && r.left.length).toBe(101);
    expect(E.isLeft(r) && r.left[100]).toEqual({ code: 'ERRORS_TRUNCATED', path: '', message: '149 more errors left out (only the first 100 are listed)' });
  });

  it('[REQ-INPUT-002] [REQ-ERR-002] errorResponse caps any list and takes its exit code from every error, the ones left out included', () => {
    const refusals = errorResponse(errors(300, 'RATE_BELOW_MINIMUM'));
    expect(refusals.exitCode).toBe(3);
    expect((refusals.body['errors'] as EngineError[]).map((e) => e.code).slice(-2)).toEqual(['RATE_BELOW_MINIMUM', 'ERRORS_TRUNCATED']);
    // a malformed error left out still makes the request malformed (exit 2)
    expect(errorResponse([...errors(150, 'RATE_BELOW_MINIMUM'), { code: 'WRONG_TYPE', path: 'z', message: 'x' }]).exitCode).toBe(2);
    // the truncation entry itself never decides the class
    expect(errorResponse(capErrors(errors(150, 'RATE_BELOW_MINIMUM'))).exitCode).toBe(3);
  });
});
