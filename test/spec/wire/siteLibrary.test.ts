import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LIBRARY, type Library } from '../../../core/library/Library.js';
import { decodeSiteLibrary } from '../../../spec/codecs/decodeSiteLibrary.js';
import { responseSchema } from '../../../spec/schema/responseSchemas.js';
import { COMMANDS } from '../../../spec/wire/commands/registry.js';
import type { Command } from '../../../spec/wire/commands/Command.js';

const VECTORS = resolve(import.meta.dirname, '../../vectors');
type Vector = { name: string; command: string; request: unknown };
const read = (f: string): Vector[] => JSON.parse(readFileSync(resolve(VECTORS, f), 'utf8')) as Vector[];
const all = [...read('contract/core.json'), ...read('contract/safety.json'), ...read('contract/reservoir.json'), ...read('project/bridge-prime-clock.json')];
const first = (command: string): Vector => {
  const v = all.find((x) => x.command === command);
  if (v === undefined) throw new Error(`no vector for ${command}`);
  return v;
};
const command = (name: string): Command => {
  const c = COMMANDS.find((x) => x.name === name);
  if (c === undefined) throw new Error(name);
  return c;
};
const SOURCE = 'Test site formulary (a test fixture, not a clinical value)';
const site = (drugs: Record<string, unknown>, name = 'Test site'): Library => {
  const r = decodeSiteLibrary({ name, version: '7', drugs });
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
// morphine's soft maximum lowered to 1 mg/day; baclofen's absolute ceiling lowered to 270 mcg/day (between the normal 260 and the 280 mcg across a clock change)
const LOWER = site({
  morphine: { softLimits: [{ kind: 'maxDaily', value: '1 mg/day', source: SOURCE, grade: 'O' }] },
  baclofen: { absoluteCeilings: [{ kind: 'maxDaily', value: '270 mcg/day', source: SOURCE, grade: 'O' }] },
});
// names a drug none of the vectors uses
const UNRELATED = site({ clonidine: { softLimits: [{ kind: 'maxDaily', value: '500 mcg/day', source: SOURCE, grade: 'O' }] } });
const codes = (body: Record<string, unknown>): string[] => ((body['errors'] ?? []) as { code: string }[]).map((e) => e.code);
const warningCodes = (body: Record<string, unknown>): string[] => ((body['warnings'] ?? []) as { code: string }[]).map((e) => e.code);
const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });

describe('site libraries through the command handlers', () => {
  it('[REQ-SITE-001] without options, or with the built-in library, every vector\'s answer is byte-identical', () => {
    for (const v of all) {
      const plain = JSON.stringify(command(v.command).run(v.request));
      expect(JSON.stringify(command(v.command).run(v.request, {})), v.name).toBe(plain);
      expect(JSON.stringify(command(v.command).run(v.request, { library: BUILT_IN_LIBRARY })), v.name).toBe(plain);
    }
  });
  it('[REQ-SITE-001] [REQ-SITE-003] a site library that changes no drug of a request changes nothing but versions.siteLibrary', () => {
    for (const v of all) {
      const plain = command(v.command).run(v.request);
      const withSite = command(v.command).run(v.request, { library: UNRELATED });
      expect(withSite.exitCode, v.name).toBe(plain.exitCode);
      const { versions: siteVersions, ...rest } = withSite.body;
      const { versions: plainVersions, ...plainRest } = plain.body;
      expect(JSON.stringify(rest), v.name).toBe(JSON.stringify(plainRest));
      expect(siteVersions).toEqual({ ...(plainVersions as object), siteLibrary: { name: 'Test site', version: '7' } });
    }
  });
  it('[REQ-SITE-001] [REQ-SITE-003] compile: a lowered morphine soft limit refuses the contract example, citing the site source, and names the site library', () => {
    const v = first('compile');
    expect(command('compile').run(v.request).exitCode).toBe(0);
    const r = command('compile').run(v.request, { library: LOWER });
    expect(r.exitCode).toBe(3);
    expect(codes(r.body)).toEqual(['SOFT_LIMIT_EXCEEDED']);
    expect(JSON.stringify(r.body)).toContain(SOURCE);
    expect((r.body['versions'] as Record<string, unknown>)['siteLibrary']).toEqual({ name: 'Test site', version: '7' });
  });
  it('[REQ-SITE-001] bridge and prime refuse through their compile of the new program; convert warns against the site soft limit', () => {
    for (const name of ['bridge', 'prime']) {
      const v = all.find((x) => x.command === name && JSON.stringify(x.request).includes('"morphine"') && command(name).run(x.request).exitCode === 0);
      if (v === undefined) throw new Error(name);
      const r = command(name).run(v.request, { library: LOWER });
      expect(codes(r.body), v.name).toContain('SOFT_LIMIT_EXCEEDED');
    }
    const c = first('convert');
    expect(warningCodes(command('convert').run(c.request).body)).not.toContain('CONVERTED_DOSE_ABOVE_SOFT_LIMIT');
    expect(warningCodes(command('convert').run(c.request, { library: LOWER }).body)).toContain('CONVERTED_DOSE_ABOVE_SOFT_LIMIT');
  });
  it('[REQ-SITE-001] [REQ-SITE-004] clock-change: a lowered baclofen absolute ceiling refuses the 280 mcg window across the change', () => {
    const v = all.find((x) => x.command === 'clock-change' && command('clock-change').run(x.request).exitCode === 0);
    if (v === undefined) throw new Error('clock-change');
    const r = command('clock-change').run(v.request, { library: LOWER });
    expect(r.exitCode).toBe(3);
    expect(codes(r.body)).toContain('CLOCK_CHANGE_LIMIT_EXCEEDED');
    expect(JSON.stringify(r.body)).toContain('ABSOLUTE_CEILING_EXCEEDED');
  });
  it('[REQ-SITE-005] drugs lists the effective table and names the site library; pumps lists the built-in profiles and names it', () => {
    const drugs = command('drugs').run(undefined, { library: LOWER }).body;
    const morphine = (drugs['drugs'] as { name: string; softLimits: { value: string }[] }[]).find((d) => d.name === 'morphine');
    expect(morphine?.softLimits.map((l) => l.value)).toEqual(['1 mg/day']);
    expect((drugs['versions'] as Record<string, unknown>)['siteLibrary']).toEqual({ name: 'Test site', version: '7' });
    const pumps = command('pumps').run(undefined, { library: LOWER }).body;
    const { versions: pv, ...pumpsRest } = pumps;
    const { versions: _, ...plainPumps } = command('pumps').run(undefined).body;
    expect(pumpsRest).toEqual(plainPumps);
    expect((pv as Record<string, unknown>)['siteLibrary']).toEqual({ name: 'Test site', version: '7' });
  });
  it('[REQ-SITE-003] responses that name a site library are within their response schemas; without one versions has no siteLibrary', () => {
    for (const name of ['compile', 'drugs', 'pumps', 'version']) {
      const validate = ajv.compile(responseSchema(name) ?? {});
      const request = name === 'compile' ? first('compile').request : undefined;
      const body = command(name).run(request, { library: LOWER }).body;
      expect(validate(body), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(Object.keys(command(name).run(request).body['versions'] as object)).not.toContain('siteLibrary');
    }
  });
  it('[REQ-SITE-001] options that are not a library are a coded refusal, never an exception', () => {
    for (const c of COMMANDS) {
      const r = c.run(c.takesRequest ? first('compile').request : undefined, { library: 42 as never });
      expect(r.exitCode, c.name).toBe(2);
      expect(codes(r.body), c.name).toEqual(['REQUEST_NOT_WELL_FORMED']);
    }
  });
});
