import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The contract's first compile example. */
const REQUEST = {
  pump: { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h' },
  reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
  therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
};

/** A strictly typed use of the public API: the types must say what each value is, with no cast. */
const USE_TS = `
import * as E from 'fp-ts/lib/Either.js';
import { compile, formatQuantity, parseQuantity, type CompileRequest, type EngineError } from 'itdose';
import { decodeCompileRequest } from 'itdose/spec';
const decoded: E.Either<EngineError[], CompileRequest> = decodeCompileRequest(${JSON.stringify(REQUEST)});
const rate = E.isRight(decoded) ? compile(decoded.right) : decoded;
const flow = E.isRight(rate) ? rate.right.program.steps[0]?.flow : undefined;
const mass = parseQuantity('mass', '3 mg', 'x');
console.log([flow === undefined ? 'none' : formatQuantity({ dim: 'flow', base: flow }, 'mL/day', 'down').text, E.isRight(mass) ? formatQuantity(mass.right, 'mcg', 'down').text : 'bad'].join(' '));
`;

describe('the packed package, used as an integrator would', () => {
  // One scratch consumer: the tarball as npm publishes it, installed into a fresh project.
  const work = mkdtempSync(join(tmpdir(), 'itdose-pack-'));
  const consumer = join(work, 'consumer');
  const run = (file: string): string => execFileSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' }).trim();
  const tsc = (project: string): void => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: consumer, stdio: 'pipe' });
  };
  beforeAll(() => {
    execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, stdio: 'pipe' });
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (tgz === undefined) throw new Error('npm pack wrote no tarball');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(work, tgz)], { cwd: consumer, stdio: 'pipe' });
    writeFileSync(join(consumer, 'use.ts'), USE_TS);
  }, 240_000);

  it('[REQ-PKG-001] ESM import: decode and compile the contract example', () => {
    writeFileSync(join(consumer, 'esm.mjs'), `
      import { compile, formatQuantity } from 'itdose';
      import { decodeCompileRequest } from 'itdose/spec';
      const req = decodeCompileRequest(${JSON.stringify(REQUEST)});
      if (req._tag !== 'Right') throw new Error(JSON.stringify(req.left));
      const r = compile(req.right);
      if (r._tag !== 'Right') throw new Error(JSON.stringify(r.left));
      console.log(formatQuantity({ dim: 'flow', base: r.right.program.steps[0].flow }, 'mL/day', 'down').text);
    `);
    expect(run('esm.mjs')).toBe('0.3 mL/day');
  });

  it('[REQ-PKG-001] [REQ-PKG-004] CommonJS require reaches both entry points, and require and import load one copy of the engine', () => {
    writeFileSync(join(consumer, 'cjs.cjs'), `
      const core = require('itdose');
      const spec = require('itdose/spec');
      const q = core.parseQuantity('doseRate', '3000 mcg/day', 'x');
      const d = spec.decodeCompileRequest(${JSON.stringify(REQUEST)});
      import('itdose').then((esm) => {
        console.log([core.formatQuantity(q.right, 'mg/day', 'down').text, d._tag, esm.compile === core.compile, esm.parseQuantity === core.parseQuantity].join(' '));
      });
    `);
    expect(run('cjs.cjs')).toBe('3 mg/day Right true true');
  });

  it('[REQ-PKG-004] strict TypeScript type-checks against the package: ESM (nodenext), bundler resolution, and CommonJS (nodenext, which models require(esm))', () => {
    const strict = { strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, skipLibCheck: false, types: [] };
    const configs: Record<string, object> = {
      'tsconfig.esm.json': { compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, files: ['use.mts'] },
      'tsconfig.bundler.json': { compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler', noEmit: true }, files: ['use.mts'] },
      'tsconfig.cjs.json': { compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out-cjs' }, files: ['use.ts'] },
    };
    writeFileSync(join(consumer, 'use.mts'), USE_TS);
    for (const [name, config] of Object.entries(configs)) {
      writeFileSync(join(consumer, name), JSON.stringify(config));
      tsc(name);
    }
    // The CommonJS build really runs: TypeScript emitted require('itdose') and Node loads the ESM package.
    expect(readFileSync(join(consumer, 'out-cjs/use.js'), 'utf8')).toContain('require("itdose")');
    expect(run('out-cjs/use.js')).toBe('0.3 mL/day 3000 mcg');
  }, 120_000);

  it('[REQ-PKG-004] a browser bundle of compile, decode and encode builds with no Node built-in and runs', async () => {
    writeFileSync(join(consumer, 'browser.mjs'), `
      import { compile } from 'itdose';
      import { decodeCompileRequest, encodeCompileResult } from 'itdose/spec';
      const req = decodeCompileRequest(${JSON.stringify(REQUEST)});
      const r = req._tag === 'Right' ? compile(req.right) : req;
      globalThis.itdoseOut = r._tag === 'Right' ? JSON.stringify(encodeCompileResult(r.right)) : JSON.stringify(r.left);
    `);
    const out = await build({
      entryPoints: [join(consumer, 'browser.mjs')], bundle: true, platform: 'browser', format: 'esm', minify: true,
      write: false, logLevel: 'silent', absWorkingDir: consumer,
    });
    const code = out.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/from\s*"node:|require\("(fs|path|child_process|node:)/);
    const context = { globalThis: {} as { itdoseOut?: string } };
    new Function('globalThis', code.replace(/export\s*\{[^}]*\};?\s*$/, ''))(context.globalThis);
    const answer = JSON.parse(context.globalThis.itdoseOut ?? '{}') as { program?: { steps?: { rate?: string }[] }; doses?: { morphine?: { perDay?: string } } };
    expect(answer.program?.steps?.[0]?.rate).toBe('0.3 mL/day');
    expect(answer.doses?.morphine?.perDay).toBe('3 mg');
  }, 120_000);

  it('[REQ-PKG-001] the itdose bin runs the demo', () => {
    const bin = execFileSync(join(consumer, 'node_modules/.bin/itdose'), ['demo', '--json'], { cwd: consumer, encoding: 'utf8' });
    expect((JSON.parse(bin) as { ok: boolean }).ok).toBe(true);
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
