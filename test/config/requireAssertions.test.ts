import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../vitest.config.js';

// REQ-TEST-001: every test asserts. vitest.config.ts requires an assertion of every test; a fixture project run
// with the same expect settings shows a test that asserts nothing failing, and one that asserts passing.
const ROOT = resolve(import.meta.dirname, '../..');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
mkdirSync(join(ROOT, 'reports'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'reports', 'require-assertions-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function run(body: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(scratch, 'fixture-'));
  mkdirSync(join(dir, 'test'));
  writeFileSync(join(dir, 'test', 'fixture.test.ts'), `import { expect, it } from 'vitest';\nit('fixture', () => {\n${body}\n});\n`);
  writeFileSync(join(dir, 'vitest.config.mjs'), `export default { test: { include: ['test/**/*.test.ts'], expect: ${JSON.stringify(config.test?.expect)} } };\n`);
  const r = spawnSync(process.execPath, [VITEST, 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs')], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('every test asserts (vitest.config.ts)', () => {
  it('[REQ-TEST-001] the configuration requires an assertion of every test', () => {
    expect(config.test?.expect?.requireAssertions).toBe(true);
  });

  it('[REQ-TEST-001] under it a test that asserts nothing fails, and one that asserts passes', () => {
    const silent = run('  const x = 1 + 1;\n  void x;');
    expect(silent.status).not.toBe(0);
    expect(silent.output).toMatch(/expected any number of assertion, but got none/);
    const asserting = run('  expect(1 + 1).toBe(2);');
    expect(asserting.status, asserting.output).toBe(0);
  });
});
