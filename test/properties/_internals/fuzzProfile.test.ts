import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SEED, fuzzCheck, fuzzProfile } from '../../../properties/_internals/fuzzProfile.js';

describe('fuzzProfile', () => {
  it('[REQ-FUZZ-001] a fixed seed and the default runs when nothing is set', () => {
    expect(fuzzProfile(150, {}, {})).toEqual({ seed: DEFAULT_SEED, numRuns: 150 });
  });
  it('[REQ-FUZZ-001] FUZZ_SEED overrides the seed, FUZZ_RUNS multiplies the runs, extra parameters pass through', () => {
    const p = fuzzProfile(150, { examples: [[1]] }, { FUZZ_SEED: '3735928559', FUZZ_RUNS: '100' });
    expect(p).toEqual({ examples: [[1]], seed: 3_735_928_559, numRuns: 15_000 });
  });
  it('[REQ-FUZZ-001] FUZZ_RUNS=1/n divides the runs, never below one', () => {
    expect(fuzzProfile(150, {}, { FUZZ_RUNS: '1/10' })).toEqual({ seed: DEFAULT_SEED, numRuns: 15 });
    expect(fuzzProfile(7, {}, { FUZZ_RUNS: '1/2' })).toEqual({ seed: DEFAULT_SEED, numRuns: 3 });
    expect(fuzzProfile(5, {}, { FUZZ_RUNS: '1/100' })).toEqual({ seed: DEFAULT_SEED, numRuns: 1 });
  });
  it('[REQ-FUZZ-001] malformed settings are errors, not silently ignored', () => {
    expect(() => fuzzProfile(10, {}, { FUZZ_RUNS: 'lots' })).toThrow(/FUZZ_RUNS/);
    expect(() => fuzzProfile(10, {}, { FUZZ_RUNS: '0' })).toThrow(/FUZZ_RUNS/);
    expect(() => fuzzProfile(10, {}, { FUZZ_RUNS: '1/0' })).toThrow(/FUZZ_RUNS/);
    expect(() => fuzzProfile(10, {}, { FUZZ_RUNS: '2/3' })).toThrow(/FUZZ_RUNS/);
    expect(() => fuzzProfile(10, {}, { FUZZ_RUNS: '0.5' })).toThrow(/FUZZ_RUNS/);
    expect(() => fuzzProfile(10, {}, { FUZZ_SEED: '1e9' })).toThrow(/FUZZ_SEED/);
  });
  it('[REQ-FUZZ-002] with FUZZ_RECORD, each property appends its number of runs', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'record.jsonl');
    fuzzProfile(10, {}, { FUZZ_RECORD: file, FUZZ_RUNS: '2' }, {});
    fuzzProfile(5, {}, { FUZZ_RECORD: file, FUZZ_RUNS: '2' }, { file: 'properties/a.test.ts', test: 'a > b' });
    expect(readFileSync(file, 'utf8')).toBe('{"numRuns":20}\n{"numRuns":10,"file":"properties/a.test.ts","test":"a > b"}\n');
  });
  it('[REQ-FUZZ-002] inside a test, the record names the test file and the test', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'record.jsonl');
    fuzzProfile(3, {}, { FUZZ_RECORD: file });
    const line = JSON.parse(readFileSync(file, 'utf8')) as { numRuns: number; file: string; test: string };
    expect(line.file).toBe('test/properties/_internals/fuzzProfile.test.ts');
    expect(line.test).toMatch(/names the test file and the test$/);
  });
  it('[REQ-FUZZ-004] with FUZZ_TIME_BOX_MS a property runs case after case until the box is spent and records the cases it ran', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'record.jsonl');
    let ran = 0;
    const env = { FUZZ_TIME_BOX_MS: '200', FUZZ_RECORD: file, FUZZ_SEED: '5' };
    fc.assert(fc.property(fc.nat(), (n) => {
      ran += 1;
      return n >= 0;
    }), fuzzProfile(10, {}, env, { file: 'properties/x.test.ts', test: 'x > y' }));
    const line = JSON.parse(readFileSync(file, 'utf8')) as { cases: number; defaultRuns: number; ms: number; file: string; test: string };
    expect(line.cases).toBe(ran);
    expect(ran).toBeGreaterThan(10); // far more than the 10 default runs: a nat check takes microseconds
    expect(line).toMatchObject({ defaultRuns: 10, file: 'properties/x.test.ts', test: 'x > y' });
  });
  it('[REQ-FUZZ-004] a time-boxed failure throws fast-check\'s report and the command that replays the counterexample; FUZZ_PATH replays it', () => {
    const env = { FUZZ_TIME_BOX_MS: '2000', FUZZ_SEED: '5' };
    const prop = fc.property(fc.nat(), (n) => n < 1000);
    let message = '';
    try {
      fc.assert(prop, fuzzProfile(10, {}, env, { file: 'properties/x.test.ts', test: 'x > y' }));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/Counterexample: \[1000\]/);
    const replay = /FUZZ_SEED=(-?\d+) FUZZ_PATH="([0-9:]+)" npx vitest run properties\/x\.test\.ts -t "y"/.exec(message);
    expect(replay).not.toBeNull();
    const again = fc.check(prop, fuzzProfile(10, {}, { FUZZ_SEED: replay?.[1], FUZZ_PATH: replay?.[2] }, {}));
    expect(again.counterexample).toEqual([1000]);
  });
  it('[REQ-FUZZ-004] fuzzCheck returns fast-check\'s details and records its cases in the time-box mode', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'record.jsonl');
    const r = fuzzCheck(fc.property(fc.nat(), (n) => n < 100), 50, { FUZZ_TIME_BOX_MS: '1000', FUZZ_RECORD: file }, {});
    expect(r.failed).toBe(true);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { cases: number }).cases).toBe(r.numRuns);
  });
});
