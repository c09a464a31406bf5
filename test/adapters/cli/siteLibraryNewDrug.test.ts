import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../../bin/itdose.mjs');
const FILE = resolve(import.meta.dirname, '../../vectors/site/site-new-drug.json');
const contract = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/contract/core.json'), 'utf8'))[0].request;
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });
const newDrug = {
  pump: contract.pump,
  reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'example-drug', concentration: '2 mg/mL' }] },
  therapy: { mode: 'continuous', drug: 'example-drug', dose: '2 mg/day' },
};

describe('itdose --library FILE with a new drug and a changed product list', () => {
  it('[REQ-SITE-009] [REQ-SITE-006] compile runs a drug the site file adds, under its stability, and names the site library; without the file it is UNKNOWN_DRUG', () => {
    const r = cli(['--library', FILE, 'compile'], JSON.stringify(newDrug));
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.reservoir.refillWithin).toBe('30 day');
    expect(body.versions.siteLibrary).toEqual({ name: 'Example site formulary', version: '2026-12-08' });
    const without = cli(['compile'], JSON.stringify(newDrug));
    expect(without.status).toBe(3);
    expect(JSON.parse(without.stdout).errors.map((e: { code: string }) => e.code)).toEqual(['UNKNOWN_DRUG']);
  });

  it('[REQ-SITE-008] [REQ-SITE-006] the changed morphine product list refuses 25 mg/mL (exit 3); drugs lists the new drug and the site\'s products', () => {
    const at25 = { ...contract, reservoir: { ...contract.reservoir, drugs: [{ drug: 'morphine', concentration: '25 mg/mL' }] } };
    expect(cli(['compile'], JSON.stringify(at25)).status).toBe(0);
    const r = cli(['--library', FILE, 'compile'], JSON.stringify(at25));
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout).errors.map((e: { code: string }) => e.code)).toContain('HARD_LIMIT_EXCEEDED');
    const drugs = JSON.parse(cli(['--library', FILE, 'drugs']).stdout);
    const names = drugs.drugs.map((d: { name: string }) => d.name);
    expect(names.at(-1)).toBe('example-drug');
    expect(drugs.drugs.find((d: { name: string }) => d.name === 'morphine').products.map((p: { name: string }) => p.name)).toEqual(['Infumorph']);
  });

  it('[REQ-SITE-009] [REQ-SITE-006] a new drug without its daily ceiling is exit 2, the path under library.', () => {
    const site = JSON.parse(readFileSync(FILE, 'utf8'));
    const { absoluteCeilings: _c, ...rest } = site.drugs['example-drug'];
    const file = join(mkdtempSync(join(tmpdir(), 'itdose-site-')), 'no-ceiling.json');
    writeFileSync(file, JSON.stringify({ ...site, drugs: { 'example-drug': rest } }));
    const r = cli(['--library', file, 'drugs']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors.map((e: { code: string; path: string }) => [e.code, e.path])).toEqual([['MISSING_FIELD', 'library.drugs.example-drug.absoluteCeilings']]);
  });
});
