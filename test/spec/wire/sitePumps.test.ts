import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../core/library/Library.js';
import { capabilitiesOfPump } from '../../../core/pump/capabilitiesOfPump.js';
import { decodeSiteLibrary, siteLibraryCodec } from '../../../spec/codecs/decodeSiteLibrary.js';
import { responseSchema } from '../../../spec/schema/responseSchemas.js';
import { COMMANDS } from '../../../spec/wire/commands/registry.js';
import type { Command } from '../../../spec/wire/commands/Command.js';

const SITE_FILE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/site/site-pump.json'), 'utf8')) as { pumps: Record<string, Record<string, unknown>> } & Record<string, unknown>;
const REQUEST = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/contract/core.json'), 'utf8')) as { request: Record<string, unknown> }[])[0]?.request ?? {};
const WARD = SITE_FILE.pumps['ward-pump-40'] ?? {};
const command = (name: string): Command => {
  const c = COMMANDS.find((x) => x.name === name);
  if (c === undefined) throw new Error(name);
  return c;
};
const decoded = (file: unknown): Library => {
  const r = decodeSiteLibrary(file);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const refused = (file: unknown): { code: string; path: string }[] => {
  const r = decodeSiteLibrary(file);
  return E.isLeft(r) ? r.left.map((e) => ({ code: e.code, path: e.path })) : [];
};
const withPumps = (pumps: Record<string, unknown>): unknown => ({ ...SITE_FILE, pumps });
const fact = (value: string) => ({ value, source: 'Example site device sheet (a test fixture)', grade: 'O' });
const LIB = decoded(SITE_FILE);

describe('site pump profiles', () => {
  it('[REQ-SITE-007] [REQ-SITE-003] compile with "pump": a site profile answers from its facts and names the site library', () => {
    const byHand = command('compile').run(REQUEST).body;
    const bySite = command('compile').run({ ...REQUEST, pump: 'ward-pump-40' }, { library: LIB }).body;
    expect(bySite['ok']).toBe(true);
    // the profile holds the same facts the contract example gives by hand: the same program, doses and reservoir times
    for (const k of ['program', 'doses', 'reservoir', 'roundings', 'limitsApplied']) expect(bySite[k]).toEqual(byHand[k]);
    expect((bySite['versions'] as Record<string, unknown>)['siteLibrary']).toEqual({ name: 'Example site pump table', version: '2026-12-08' });
    // its labelled use (baclofen only) makes morphine off-label for it
    expect((bySite['warnings'] as { code: string; message: string }[]).map((w) => w.code)).toEqual(['OFF_LABEL_FOR_PUMP']);
    expect((bySite['warnings'] as { message: string }[])[0]?.message).toContain('ward-pump-40 (site library Example site pump table 2026-12-08)');
  });

  it('[REQ-SITE-007] a site profile\'s device fact refuses a request that contradicts it; its default yields to the request', () => {
    const conflict = command('compile').run({ ...REQUEST, pump: { profile: 'ward-pump-40', maxRate: '12 mL/day' } }, { library: LIB }).body;
    expect(conflict['errors']).toEqual([expect.objectContaining({ code: 'PUMP_PARAMETER_CONFLICT', path: 'pump.maxRate' })]);
    const alarm = command('compile').run({ ...REQUEST, pump: { profile: 'ward-pump-40', lowReservoirAlarm: '4 mL' } }, { library: LIB }).body;
    const plain = command('compile').run({ ...REQUEST, pump: 'ward-pump-40' }, { library: LIB }).body;
    expect((alarm['reservoir'] as Record<string, string>)['lowAlarmAfter']).not.toBe((plain['reservoir'] as Record<string, string>)['lowAlarmAfter']);
  });

  it('[REQ-SITE-007] a request\'s labelledUse may narrow a site profile\'s, never widen it', () => {
    const widen = { source: 'ward memo', drugs: [{ drug: 'morphine' }] };
    const wide = command('compile').run({ ...REQUEST, pump: { profile: 'ward-pump-40', labelledUse: widen } }, { library: LIB }).body;
    expect(wide['errors']).toEqual([expect.objectContaining({ code: 'PUMP_PARAMETER_CONFLICT', path: 'pump.labelledUse.drugs.0.drug' })]);
    const narrow = { source: 'ward memo', drugs: [{ drug: 'baclofen', concentrations: [{ min: '500 mcg/mL', max: '1000 mcg/mL' }] }] };
    const ok = command('compile').run({ ...REQUEST, pump: { profile: 'ward-pump-40', labelledUse: narrow } }, { library: LIB }).body;
    expect((ok['warnings'] as { code: string }[]).map((w) => w.code)).toEqual(['OFF_LABEL_FOR_PUMP']);
  });

  it('[REQ-SITE-007] without the site library the name is UNKNOWN_PUMP; with it, an unknown name lists the site profiles', () => {
    expect(command('compile').run({ ...REQUEST, pump: 'ward-pump-40' }).body['errors']).toEqual([expect.objectContaining({ code: 'UNKNOWN_PUMP', path: 'pump' })]);
    const other = command('compile').run({ ...REQUEST, pump: 'ward-pump-20' }, { library: LIB }).body['errors'] as { code: string; message: string }[];
    expect(other.map((e) => e.code)).toEqual(['UNKNOWN_PUMP']);
    expect(other[0]?.message).toContain("the site library's profiles are ward-pump-40");
  });

  it('[REQ-SITE-007] a site profile\'s capabilities are checked, with the site as their source; a request may only narrow them', () => {
    const caps = capabilitiesOfPump({ profile: 'ward-pump-40' }, LIB);
    expect(caps.doseChangesPerDay?.value).toBe(8n);
    expect(caps.doseChangesPerDay?.source).toContain('Example site pump table');
    expect(capabilitiesOfPump({ profile: 'ward-pump-40', capabilities: { doseChangesPerDay: 4n } }, LIB).doseChangesPerDay?.value).toBe(4n);
    expect(capabilitiesOfPump({ profile: 'ward-pump-40', capabilities: { doseChangesPerDay: 20n } }, LIB).doseChangesPerDay?.value).toBe(8n);
    expect(capabilitiesOfPump({ profile: 'ward-pump-40' }).doseChangesPerDay).toBeUndefined();
  });

  it('[REQ-SITE-007] a site file naming a built-in profile is refused with its path: a site never changes a built-in device', () => {
    expect(refused(withPumps({ 'synchromed-ii-40': WARD }))).toEqual([{ code: 'INVALID_VALUE', path: 'pumps.synchromed-ii-40' }]);
  });

  it('[REQ-SITE-007] malformed profiles are refused with their code and path', () => {
    const facts = WARD['deviceFacts'] as Record<string, unknown>;
    expect(refused(withPumps({ w: { ...WARD, deviceFacts: { ...facts, minRate: { value: '0.006 mL/day', grade: 'O' } } } })))
      .toEqual([{ code: 'MISSING_FIELD', path: 'pumps.w.deviceFacts.minRate.source' }]);
    expect(refused(withPumps({ w: { ...WARD, deviceFacts: { ...facts, minRate: fact('0.006 mL') } } })))
      .toEqual([{ code: 'WRONG_DIMENSION', path: 'pumps.w.deviceFacts.minRate.value' }]);
    expect(refused(withPumps({ w: { ...WARD, deviceFacts: { ...facts, minRate: { ...fact('0.006 mL/day'), grade: 'C' } } } })))
      .toEqual([{ code: 'INVALID_VALUE', path: 'pumps.w.deviceFacts.minRate.grade' }]);
    expect(refused(withPumps({ w: { ...WARD, deviceFacts: { ...facts, speed: fact('1 mL/day') } } })).map((e) => e.path)).toEqual(['pumps.w.deviceFacts.speed']);
    expect(refused(withPumps({ w: { ...WARD, deviceFacts: { ...facts, nominalFlow: fact('1 mL/day') } } })))
      .toEqual([{ code: 'INVALID_VALUE', path: 'pumps.w.deviceFacts.nominalFlow' }]);
    expect(refused(withPumps({ w: { ...WARD, defaults: { minRate: fact('0.006 mL/day') } } })))
      .toEqual([{ code: 'INVALID_VALUE', path: 'pumps.w.defaults.minRate' }]);
    expect(refused(withPumps({ w: { ...WARD, colour: 'red' } })).map((e) => e.path)).toEqual(['pumps.w.colour']);
    const many = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`w${i}`, WARD]));
    expect(refused(withPumps(many))).toEqual([{ code: 'INPUT_TOO_LARGE', path: 'pumps' }]);
  });

  it('[REQ-SITE-007] pumps lists the built-in profiles, then the site\'s, within the response schema', () => {
    const plain = command('pumps').run(undefined).body;
    const body = command('pumps').run(undefined, { library: LIB }).body;
    const listed = body['pumps'] as Record<string, unknown>[];
    expect(listed.slice(0, -1)).toEqual(plain['pumps']);
    expect(listed.at(-1)).toMatchObject({ name: 'ward-pump-40', site: true, integratorSupplies: ['bolusVolumeResolution'], capabilities: { doseChangesPerDay: { value: 8 } } });
    expect((listed.at(-1)?.['labelledUse'] as Record<string, unknown>)['drugs']).toEqual([{ drug: 'baclofen', concentrations: [{ min: '500 mcg/mL', max: '2 mg/mL' }] }]);
    const schema = responseSchema('pumps');
    if (schema === undefined) throw new Error('no pumps response schema');
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(body)))).toBe(true);
  });

  it('[REQ-SITE-007] the site library schema describes pumps, bounded', () => {
    const schema = siteLibraryCodec.schema as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties['pumps']?.['maxProperties']).toBe(16);
    const validate = new Ajv2020({ strict: false }).compile(siteLibraryCodec.schema);
    expect(validate(SITE_FILE)).toBe(true);
    expect(validate(withPumps({ w: { ...WARD, colour: 'red' } }))).toBe(false);
  });
});
