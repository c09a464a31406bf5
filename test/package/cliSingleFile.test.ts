import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prepareAction } from '../../scripts/lib/prepareStep.mjs';

// The CLI starts from one file (dist/cli/itdose.mjs, built by npm run build),
// and `npx itdose` in a checkout uses the checkout's own build. The npx path
// of a fresh clone (npm ci, then npx itdose demo) takes minutes and the
// network's packages, so it is measured by hand (docs/performance.md); here:
// what makes it work, and `npx --no-install itdose --version` in this checkout
// (npm links the checkout into a fresh, offline npx cache: no fetch, no rebuild).

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = resolve(ROOT, 'dist/cli/itdose.mjs');
const TREE_MAIN = pathToFileURL(resolve(ROOT, 'dist/esm/adapters/cli/main.js')).href;
const DEMO = readFileSync(resolve(ROOT, 'test/vectors/contract/core.json'), 'utf8');

/** Every module specifier a JavaScript text imports or requires. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const re of [/^\s*(?:import|export)\s[^'"]*?\bfrom\s*["']([^"']+)["']/gm, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g, /^\s*import\s*["']([^"']+)["']/gm]) {
    for (const m of text.matchAll(re)) out.push(m[1] ?? '');
  }
  return out;
}

describe('the single-file CLI', () => {
  it('[REQ-PKG-006] dist/cli/itdose.mjs holds the whole CLI: it imports nothing but Node built-ins, and bin/itdose.mjs loads it', () => {
    const bundle = readFileSync(BUNDLE, 'utf8');
    const imported = specifiers(bundle);
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((s) => !s.startsWith('node:'))).toEqual([]);
    expect(bundle).toMatch(/export\s*\{\s*main\s*\}/);
    // one fp-ts, its ES module build: no CommonJS wrapper is evaluated at start (issue 13)
    expect(bundle).toMatch(/fp-ts\/es6\//);
    expect(bundle).not.toMatch(/fp-ts\/lib\/|__commonJS/);
    expect(specifiers(readFileSync(resolve(ROOT, 'bin/itdose.mjs'), 'utf8'))).toEqual(['../dist/cli/itdose.mjs']);
  });
  it('[REQ-PKG-006] the licences of the bundled runtime dependencies ship beside the single file', () => {
    const notices = readFileSync(resolve(ROOT, 'dist/cli/THIRD-PARTY-LICENSES.txt'), 'utf8');
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // The HTTP server's packages are not in the single file: fastify is the server's alone, and the native
    // SQLite module and the PostgreSQL driver are loaded from node_modules only by `itdose audit verify`; the
    // bundle never carries them.
    const serverOnly = ['better-sqlite3', 'fastify', 'pg'];
    const deps = Object.entries(pkg.dependencies).filter(([name]) => !serverOnly.includes(name));
    for (const name of serverOnly) expect(notices).not.toContain(`\n${name} `);
    expect(deps.length).toBeGreaterThan(0);
    for (const [name, version] of deps) expect(notices, name).toContain(`\n${name} ${version}\n`);
    expect(notices).toMatch(/Permission is hereby granted/);
  });
  it('[REQ-PKG-006] the single-file CLI answers as the compiled tree does, byte for byte (compile, refused request, version, schema)', () => {
    const request = JSON.stringify((JSON.parse(DEMO) as { request: unknown }[])[0]?.request);
    const cases: { args: string[]; input: string }[] = [
      { args: ['compile'], input: request },
      { args: ['compile'], input: '{"pump":{}}' },
      { args: ['version'], input: '' },
      { args: ['schema', 'bridge'], input: '' },
    ];
    for (const c of cases) {
      const bundled = spawnSync(process.execPath, [resolve(ROOT, 'bin/itdose.mjs'), ...c.args], { input: c.input, encoding: 'utf8', timeout: 60_000 });
      const tree = spawnSync(process.execPath, ['--input-type=module', '-e', `import { main } from ${JSON.stringify(TREE_MAIN)}; process.exitCode = await main(${JSON.stringify(c.args)});`],
        { input: c.input, encoding: 'utf8', timeout: 60_000 });
      expect(bundled.stdout.length, c.args.join(' ')).toBeGreaterThan(0);
      expect(bundled.stdout, c.args.join(' ')).toBe(tree.stdout);
      expect(bundled.status, c.args.join(' ')).toBe(tree.status);
    }
  });
});

describe('prepare under npx', () => {
  it('[REQ-PKG-006] npx (npm_command exec) with the build present uses it; every other command, or a missing build, builds', () => {
    expect(prepareAction({ npm_command: 'exec' }, true)).toBe('use-existing');
    expect(prepareAction({ npm_command: 'exec' }, false)).toBe('build');
    for (const command of ['ci', 'install', 'pack', 'publish', 'run-script', 'rebuild']) expect(prepareAction({ npm_command: command }, true), command).toBe('build');
    expect(prepareAction({}, true)).toBe('build');
  });
  it('[REQ-PKG-006] the prepare script, run as npx runs it, leaves the build alone and exits 0', () => {
    const before = readFileSync(BUNDLE, 'utf8');
    const r = spawnSync(process.execPath, [resolve(ROOT, 'scripts/prepare.mjs')], { env: { ...process.env, npm_command: 'exec' }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('using the existing build');
    expect(readFileSync(BUNDLE, 'utf8')).toBe(before);
  });
  it('[REQ-PKG-006] npx --no-install itdose --version in the checkout runs the checkout\'s own build: nothing installed from the registry, nothing rebuilt', () => {
    const cache = mkdtempSync(join(tmpdir(), 'itdose-npx-'));
    try {
      const before = statSync(BUNDLE).mtimeMs;
      const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
      // a fresh npm cache, offline: npm can only link the checkout itself, never fetch a package
      const r = spawnSync(npx, ['--no-install', '--offline', 'itdose', '--version'], { cwd: ROOT, env: { ...process.env, npm_config_cache: cache, npm_config_update_notifier: 'false' }, encoding: 'utf8', timeout: 120_000, shell: process.platform === 'win32' });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, versions: { engine: expect.any(String), wireFormat: 'v1' } });
      expect(statSync(BUNDLE).mtimeMs).toBe(before);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

