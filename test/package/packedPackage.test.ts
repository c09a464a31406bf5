import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package', () => {
  it('[REQ-PKG-001] installs into a scratch consumer and its public API works under import and require', () => {
    const work = mkdtempSync(join(tmpdir(), 'itdose-pack-'));
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, stdio: 'pipe' });
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tgz).toBeDefined();
    const consumer = join(work, 'consumer');
    execFileSync('mkdir', ['-p', consumer]);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(work, tgz ?? '')], { cwd: consumer, stdio: 'pipe' });
    writeFileSync(join(consumer, 'esm.mjs'), `
      import { compile, formatQuantity } from 'itdose';
      import { decodeCompileRequest } from 'itdose/spec';
      const req = decodeCompileRequest({
        pump: { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' },
        reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
        therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
      });
      if (req._tag !== 'Right') throw new Error(JSON.stringify(req.left));
      const r = compile(req.right);
      if (r._tag !== 'Right') throw new Error(JSON.stringify(r.left));
      console.log(formatQuantity({ dim: 'flow', base: r.right.program.steps[0].flow }, 'mL/day', 'down').text);
    `);
    writeFileSync(join(consumer, 'cjs.cjs'), `
      const { parseQuantity, formatQuantity } = require('itdose');
      const q = parseQuantity('doseRate', '3000 mcg/day', 'x');
      console.log(formatQuantity(q.right, 'mg/day', 'down').text);
    `);
    expect(execFileSync(process.execPath, ['esm.mjs'], { cwd: consumer, encoding: 'utf8' }).trim()).toBe('0.3 mL/day');
    expect(execFileSync(process.execPath, ['cjs.cjs'], { cwd: consumer, encoding: 'utf8' }).trim()).toBe('3 mg/day');
    const bin = execFileSync(join(consumer, 'node_modules/.bin/itdose'), ['demo', '--json'], { cwd: consumer, encoding: 'utf8' });
    expect(JSON.parse(bin).ok).toBe(true);
  });
});

describe('what the package ships beside the code', () => {
  it('[REQ-PKG-002] the packed file list holds the Apache-2.0 licence, the changelog and the version policy', () => {
    const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const packed = JSON.parse(out) as { files: { path: string }[] }[];
    const paths = new Set((packed[0]?.files ?? []).map((f) => f.path));
    expect(['LICENSE', 'CHANGELOG.md', 'docs/versioning.md', 'README.md'].filter((p) => !paths.has(p))).toEqual([]);
    const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(licence).toContain('Apache License');
    expect(licence).toContain('Version 2.0, January 2004');
    expect(licence).not.toContain('{yyyy}');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('Apache-2.0');
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(/Changed answers/);
    const maps = [...paths].filter((p) => p.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    const without = maps.filter((p) => {
      const m = JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      return m.sourcesContent?.length !== m.sources.length || m.sourcesContent.some((c) => typeof c !== 'string' || c.length === 0);
    });
    expect(without).toEqual([]);
  });
});
