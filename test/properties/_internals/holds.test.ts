import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzProfile } from '../../../properties/_internals/fuzzProfile.js';
import { holds } from '../../../properties/_internals/holds.js';

const scratch = mkdtempSync(join(tmpdir(), 'itdose-holds-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('holds', () => {
  it('[REQ-TEST-001] a property that holds passes, and counts as the test\'s assertion', () => {
    holds(fc.property(fc.nat(), (n) => n >= 0), fuzzProfile(50, {}, {}));
  });

  it('[REQ-TEST-001] a property that fails (false or a throw) fails with fast-check\'s report: counterexample and seed', () => {
    expect(() => holds(fc.property(fc.nat(), (n) => n < 10), fuzzProfile(200, {}, {}))).toThrow(/seed: \d+[\s\S]*Counterexample: \[10\]/);
    expect(() => holds(fc.property(fc.nat(), (n) => {
      if (n > 10) throw new Error('too big');
    }), fuzzProfile(200, {}, {}))).toThrow(/too big/);
  });

  it('[REQ-TEST-001] an asynchronous property is awaited and judged', async () => {
    await holds(fc.asyncProperty(fc.nat(), async (n) => Promise.resolve(n >= 0)), fuzzProfile(20, {}, {}));
    await expect(holds(fc.asyncProperty(fc.nat(), async (n) => Promise.resolve(n < 10)), fuzzProfile(200, {}, {}))).rejects.toThrow(/Counterexample/);
  });

  it('[REQ-FUZZ-004] in the time-box mode the cases run are recorded and a failure names the command that replays it', () => {
    const record = join(scratch, 'record.jsonl');
    const env = { FUZZ_TIME_BOX_MS: '30', FUZZ_RECORD: record };
    holds(fc.property(fc.nat(), (n) => n >= 0), fuzzProfile(10, {}, env, { file: 'f.test.ts', test: 't' }));
    const line = JSON.parse(readFileSync(record, 'utf8').trim().split('\n')[0] ?? '{}') as { cases: number; defaultRuns: number };
    expect(line.defaultRuns).toBe(10);
    expect(line.cases).toBeGreaterThan(0);
    expect(() => holds(fc.property(fc.nat(), (n) => n < 10), fuzzProfile(10, {}, env, { file: 'f.test.ts', test: 't' }))).toThrow(/replay this counterexample: FUZZ_SEED=/);
  });
});
