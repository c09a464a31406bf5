import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../vitest.config.js';

// REQ-TEST-003: the branch-coverage gate bites. `npm run coverage`'s own command line runs on a tiny fixture
// project with the coverage settings of vitest.config.ts (provider, include, thresholds): a core file below the
// branch threshold fails the run with vitest's "does not meet" message; the same file fully covered passes.
const ROOT = resolve(import.meta.dirname, '../..');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
// under reports/ (ignored by git) so that the fixture resolves vitest and its coverage provider from the project
mkdirSync(join(ROOT, 'reports'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'reports', 'coverage-gate-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const coverage = config.test?.coverage as { provider: string; include: string[]; exclude: string[]; thresholds: Record<string, { branches: number }> };
const coverageArgs = ((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['coverage'] ?? '').split(' ').slice(2);

/** A fixture project: core/sign.ts with two branches, and a test that takes one of them or both. */
function fixture(name: string, bothBranches: boolean): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'core'), { recursive: true });
  mkdirSync(join(dir, 'test'), { recursive: true });
  writeFileSync(join(dir, 'core', 'sign.ts'), 'export function sign(x: number): string {\n  if (x > 0) return "positive";\n  return "not positive";\n}\n');
  writeFileSync(join(dir, 'test', 'sign.test.ts'), [
    "import { expect, it } from 'vitest';",
    "import { sign } from '../core/sign.js';",
    "it('signs', () => {",
    "  expect(sign(1)).toBe('positive');",
    ...(bothBranches ? ["  expect(sign(-1)).toBe('not positive');"] : []),
    '});',
    '',
  ].join('\n'));
  const settings = { provider: coverage.provider, include: coverage.include, exclude: coverage.exclude, thresholds: coverage.thresholds, reporter: ['text-summary'], reportsDirectory: 'coverage' };
  writeFileSync(join(dir, 'vitest.config.mjs'), `export default { test: { include: ['test/**/*.test.ts'], coverage: ${JSON.stringify(settings)} } };\n`);
  return dir;
}

function runCoverage(dir: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [VITEST, 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs'), ...coverageArgs], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('the branch-coverage gate of vitest.config.ts', () => {
  it('[REQ-TEST-003] npm run coverage runs with coverage on, and core/ has a branch threshold of 95 %', () => {
    expect(coverageArgs).toContain('--coverage');
    expect(coverage.include).toEqual(['core/**/*.ts']);
    expect(coverage.thresholds['core/**']?.branches).toBe(95);
  });

  it('[REQ-TEST-003] a core file below the branch threshold fails the coverage run with "does not meet"; fully covered it passes', () => {
    const below = runCoverage(fixture('below', false));
    expect(below.output).toMatch(/Coverage for branches \(50%\) does not meet "core\/\*\*" threshold \(95%\)/);
    expect(below.status).not.toBe(0);
    const at = runCoverage(fixture('at', true));
    expect(at.output).not.toMatch(/does not meet/);
    expect(at.status, at.output).toBe(0);
  });
});
