import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../../bin/itdose.mjs');
const SITE = resolve(import.meta.dirname, '../../vectors/site');
const request = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/contract/core.json'), 'utf8'))[0].request;
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'itdose-site-'));
const write = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe('itdose --library FILE', () => {
  it('[REQ-SITE-006] [REQ-SITE-003] a lowered morphine soft limit refuses the contract example (exit 3) and the response names the site library', () => {
    expect(cli(['compile'], JSON.stringify(request)).status).toBe(0);
    const r = cli(['--library', join(SITE, 'morphine-lower.json'), 'compile'], JSON.stringify(request));
    expect(r.status).toBe(3);
    const body = JSON.parse(r.stdout);
    expect(body.errors.map((e: { code: string }) => e.code)).toEqual(['SOFT_LIMIT_EXCEEDED']);
    expect(body.versions.siteLibrary).toEqual({ name: 'Example site formulary', version: '2026-12-01' });
  });
  it('[REQ-SITE-006] the request may also be a FILE; drugs lists the effective table', () => {
    const req = write('request.json', JSON.stringify(request));
    expect(cli(['--library', join(SITE, 'morphine-lower.json'), 'compile', req]).status).toBe(3);
    const drugs = JSON.parse(cli(['--library', join(SITE, 'morphine-lower.json'), 'drugs']).stdout);
    expect(drugs.drugs.find((d: { name: string }) => d.name === 'morphine').softLimits[0].value).toBe('2 mg/day');
    expect(drugs.versions.siteLibrary.name).toBe('Example site formulary');
  });
  it('[REQ-SITE-007] [REQ-SITE-006] pumps --library lists the site profile; compile names it; a built-in name in the file is exit 2', () => {
    const file = join(SITE, 'site-pump.json');
    const pumps = JSON.parse(cli(['--library', file, 'pumps']).stdout);
    expect(pumps.pumps.map((p: { name: string }) => p.name)).toContain('ward-pump-40');
    expect(pumps.versions.siteLibrary.name).toBe('Example site pump table');
    const r = cli(['--library', file, 'compile'], JSON.stringify({ ...request, pump: 'ward-pump-40' }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).program.steps[0].rate).toBe('0.3 mL/day');
    const site = JSON.parse(readFileSync(file, 'utf8'));
    const redefine = write('redefine.json', JSON.stringify({ ...site, pumps: { prometra: site.pumps['ward-pump-40'] } }));
    const bad = cli(['--library', redefine, 'pumps']);
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout).errors[0]).toMatchObject({ code: 'INVALID_VALUE', path: 'library.pumps.prometra' });
  });
  it('[REQ-SITE-006] a malformed site file is exit 2 with the path under library.', () => {
    const noSource = write('no-source.json', JSON.stringify({ name: 'x', version: '1', drugs: { morphine: { softLimits: [{ kind: 'maxDaily', value: '2 mg/day', grade: 'O' }] } } }));
    const r = cli(['--library', noSource, 'compile'], JSON.stringify(request));
    expect(r.status).toBe(2);
    const body = JSON.parse(r.stdout);
    expect(body.errors.map((e: { code: string; path: string }) => [e.code, e.path])).toEqual([['MISSING_FIELD', 'library.drugs.morphine.softLimits.0.source']]);
    expect(body.versions.siteLibrary).toBeUndefined();
    const notJson = cli(['--library', write('bad.json', '{ "name": '), 'compile'], JSON.stringify(request));
    expect(notJson.status).toBe(2);
    expect(JSON.parse(notJson.stdout).errors[0].code).toBe('INVALID_JSON');
  });
  it('[REQ-SITE-006] [REQ-SITE-004] a site file raising an absolute ceiling is refused, exit 2', () => {
    const r = cli(['--library', join(SITE, 'morphine-raise-ceiling.json'), 'compile'], JSON.stringify(request));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors[0]).toMatchObject({ code: 'SITE_LIBRARY_RAISES_LIMIT', path: 'library.drugs.morphine.absoluteCeilings.0.value' });
  });
  it('[REQ-SITE-006] --library without FILE, an unreadable FILE, or before demo: exit 2, no stack trace', () => {
    for (const args of [['--library'], ['--library', '-', 'compile'], ['--library', '/nonexistent/site.json', 'compile'], ['--library', join(SITE, 'morphine-lower.json'), 'demo']]) {
      const r = cli(args, JSON.stringify(request));
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });
});
