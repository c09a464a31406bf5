import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/** The environment the golden helpers read: `UPDATE_GOLDEN=1` rewrites the files. */
export interface GoldenEnv {
  readonly UPDATE_GOLDEN?: string | undefined;
}

/**
 * The committed text of a golden file. With `UPDATE_GOLDEN=1` it first writes
 * `actual` (and a final newline) into the file; otherwise a missing file FAILS
 * the test, naming the file: golden files are committed, never made by a test
 * run (REQ-TEST-002).
 */
export function goldenText(file: string, actual: string, env: GoldenEnv = process.env): string {
  if (env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${actual}\n`);
  }
  expect(existsSync(file), `${file} is missing: it is committed, and only UPDATE_GOLDEN=1 writes it`).toBe(true);
  return readFileSync(file, 'utf8');
}

/** Asserts that `actual` is byte for byte the committed golden file (final newline aside); a missing file fails. */
export function expectGolden(file: string, actual: string, env: GoldenEnv = process.env): void {
  expect(actual).toBe(goldenText(file, actual, env).trimEnd());
}
