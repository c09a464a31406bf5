import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectGolden, goldenText } from './_golden.js';

// REQ-TEST-002: a golden test compares with a committed file; a missing file fails (a test run never makes it),
// and only UPDATE_GOLDEN=1 writes it. The helper is tried on a scratch file; every golden test goes through it.
const ROOT = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'itdose-golden-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('golden files', () => {
  it('[REQ-TEST-002] a missing golden file fails, naming it, and is not written', () => {
    const file = join(scratch, 'missing.json');
    expect(() => goldenText(file, '{"a":1}', {})).toThrow(/missing\.json is missing: it is committed, and only UPDATE_GOLDEN=1 writes it/);
    expect(() => expectGolden(file, '{"a":1}', { UPDATE_GOLDEN: '0' })).toThrow(/is missing/);
    expect(existsSync(file)).toBe(false);
  });

  it('[REQ-TEST-002] UPDATE_GOLDEN=1 writes the file (with a final newline); then it passes, and a difference fails', () => {
    const file = join(scratch, 'nested', 'written.json');
    expectGolden(file, '{"a":1}', { UPDATE_GOLDEN: '1' });
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    expectGolden(file, '{"a":1}', {});
    expect(() => expectGolden(file, '{"a":2}', {})).toThrow();
    writeFileSync(file, '{"a":1}\n');
  });

  it('[REQ-TEST-002] every test that reads a golden file goes through the helper and never writes one itself', () => {
    const tests = readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => relative(ROOT, join(ROOT, 'test', f)).split('\\').join('/'))
      .filter((f) => f !== 'test/vectors/golden.test.ts');
    const golden = tests.filter((f) => /vectors\/(golden|firmware)|UPDATE_GOLDEN/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(golden.length).toBeGreaterThanOrEqual(4);
    const bypassing = golden.filter((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      return !text.includes("_golden.js'") || /UPDATE_GOLDEN'?\]?\s*===|writeFileSync\(/.test(text);
    });
    expect(bypassing).toEqual([]);
  });
});
