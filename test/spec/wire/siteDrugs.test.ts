import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { drugIn, type Library } from '../../../core/library/Library.js';
import { reservoirStability } from '../../../core/library/reservoirStability.js';
import { decodeSiteLibrary, siteLibraryCodec } from '../../../spec/codecs/decodeSiteLibrary.js';
import { responseSchema } from '../../../spec/schema/responseSchemas.js';
import { COMMANDS } from '../../../spec/wire/commands/registry.js';
import type { Command } from '../../../spec/wire/commands/Command.js';

type Json = Record<string, unknown>;
const FILE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/site/site-new-drug.json'), 'utf8')) as { drugs: Record<string, Json> } & Json;
const PUMP_FILE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/site/site-pump.json'), 'utf8')) as { pumps: Record<string, Json> } & Json;
const REQUEST = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/contract/core.json'), 'utf8')) as { request: Json }[])[0]?.request ?? {};
const SRC = 'Example site formulary (a test fixture)';
const v = (value: string, extra: Json = {}) => ({ value, source: SRC, grade: 'O', ...extra });
const note = (text: string) => ({ text, source: SRC, grade: 'O' });
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
const refused = (file: unknown): [string, string][] => {
  const r = decodeSiteLibrary(file);
  return E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : [];
};
const withDrugs = (drugs: Json): Json => ({ name: 'Test site', version: '1', drugs });
const LIB = decoded(FILE);
const NEW_DRUG_REQUEST: Json = {
  pump: REQUEST['pump'],
  reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'example-drug', concentration: '2 mg/mL' }] },
  therapy: { mode: 'continuous', drug: 'example-drug', dose: '3 mg/day' },
};
const codes = (body: Json, key: 'errors' | 'warnings'): string[] => ((body[key] ?? []) as { code: string }[]).map((e) => e.code);
const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });

describe('site libraries: new drugs, products and rules', () => {
  it('[REQ-SITE-009] [REQ-SITE-003] a new drug runs under the site\'s entry: its soft limit, its ceiling, its approval, its stability; the answer names the site library', () => {
    const ok = command('compile').run({ ...NEW_DRUG_REQUEST, therapy: { mode: 'continuous', drug: 'example-drug', dose: '2 mg/day' } }, { library: LIB }).body;
    expect(ok['ok']).toBe(true);
    expect((ok['versions'] as Json)['siteLibrary']).toEqual({ name: 'Example site formulary', version: '2026-12-08' });
    expect(codes(ok, 'warnings')).toContain('OFF_LABEL');
    expect((ok['reservoir'] as Json)['refillWithin']).toBe('30 day');
    const soft = command('compile').run({ ...NEW_DRUG_REQUEST, therapy: { mode: 'continuous', drug: 'example-drug', dose: '5 mg/day' } }, { library: LIB }).body;
    expect(codes(soft, 'errors')).toEqual(['SOFT_LIMIT_EXCEEDED']);
    const over = command('compile').run({ ...NEW_DRUG_REQUEST, therapy: { mode: 'continuous', drug: 'example-drug', dose: '12 mg/day' } }, { library: LIB }).body;
    expect(codes(over, 'errors')).toContain('ABSOLUTE_CEILING_EXCEEDED');
    expect(codes(command('compile').run(NEW_DRUG_REQUEST).body, 'errors')).toEqual(['UNKNOWN_DRUG']);
  });

  it('[REQ-SITE-009] a new drug\'s titration rule is checked; its concentration above its products\' is a hard limit', () => {
    const raised = command('compile').run({ ...NEW_DRUG_REQUEST, titration: { previousDose: '2 mg/day', since: '7 day' } }, { library: LIB }).body;
    expect(codes(raised, 'errors')).toEqual(['TITRATION_LIMIT_EXCEEDED']);
    const within = command('compile').run({ ...NEW_DRUG_REQUEST, titration: { previousDose: '2.5 mg/day', since: '7 day' } }, { library: LIB }).body;
    expect(within['ok']).toBe(true);
    const strong = command('compile').run({ ...NEW_DRUG_REQUEST, reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'example-drug', concentration: '4 mg/mL' }] } }, { library: LIB }).body;
    expect(codes(strong, 'errors')).toEqual(['HARD_LIMIT_EXCEEDED']);
  });

  it('[REQ-SITE-009] a new drug needs its class, approval and daily ceiling (MISSING_FIELD naming each); convert has no ratio for it and says so', () => {
    const { opioid: _o, approval: _a, absoluteCeilings: _c, ...rest } = FILE.drugs['example-drug'] ?? {};
    expect(refused(withDrugs({ 'example-drug': rest }))).toEqual([
      ['MISSING_FIELD', 'drugs.example-drug.opioid'], ['MISSING_FIELD', 'drugs.example-drug.approval'], ['MISSING_FIELD', 'drugs.example-drug.absoluteCeilings'],
    ]);
    const conv = command('convert').run({ drug: 'example-drug', from: { route: 'oral', dose: '30 mg/day' }, to: { route: 'intrathecal' } }, { library: LIB }).body;
    expect(codes(conv, 'errors')).toEqual(['NO_CONVERSION_RATIO']);
    const bare = decoded(withDrugs({ 'example-drug': { opioid: true, approval: FILE.drugs['example-drug']?.['approval'], absoluteCeilings: [{ kind: 'maxDaily', ...v('10 mg/day') }] } }));
    expect(drugIn(bare, 'example-drug')?.notPublished).toEqual(['products and their concentrations (no hard maximum concentration is derived)', 'reservoir stability', 'titration rule']);
    const noDaily = command('compile').run(NEW_DRUG_REQUEST, { library: bare }).body;
    expect(codes(noDaily, 'errors')).toEqual(['NO_DAILY_CEILING']);
  });

  it('[REQ-SITE-008] a changed product list changes the answer: morphine 25 mg/mL, a built-in product, is above the site\'s only product', () => {
    const at25 = { ...REQUEST, reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'morphine', concentration: '25 mg/mL' }] } };
    expect(command('compile').run(at25).body['ok']).toBe(true);
    const site = command('compile').run(at25, { library: LIB }).body;
    // the hard limit is the site's only product; 25 mg/mL is no longer a product concentration, so the soft PACC maximum flags it too
    expect(codes(site, 'errors')).toEqual(['HARD_LIMIT_EXCEEDED', 'SOFT_LIMIT_EXCEEDED']);
    expect(JSON.stringify(site['errors'])).toContain('Infumorph');
    expect(drugIn(LIB, 'morphine')?.products.map((p) => p.name)).toEqual(['Infumorph']);
  });

  it('[REQ-SITE-008] a product list may not raise or drop the derived hard maximum concentration, nor add a concentration that would count as undiluted', () => {
    const product = (name: string, value: string, forPumps = true) => ({ name, forPumps, concentrations: [v(value)] });
    expect(refused(withDrugs({ morphine: { products: [product('Strong', '50 mg/mL')] } }))).toEqual([['SITE_LIBRARY_RAISES_LIMIT', 'drugs.morphine.products']]);
    expect(refused(withDrugs({ morphine: { products: [product('Single dose', '1 mg/mL', false)] } }))).toEqual([['SITE_LIBRARY_RAISES_LIMIT', 'drugs.morphine.products']]);
    expect(refused(withDrugs({ ziconotide: { products: [product('Prialt', '50 mcg/mL')] } }))).toEqual([['SITE_LIBRARY_RAISES_LIMIT', 'drugs.ziconotide.products.0.concentrations.0.value']]);
    expect(refused(withDrugs({ ziconotide: { products: [product('Prialt', '25 mcg/mL')] } }))).toEqual([]);
    expect(refused(withDrugs({ hydromorphone: { products: [product('Compounded', '10 mg/mL')] } }))).toEqual([]);
  });

  it('[REQ-SITE-008] rules join the built-in ones: a shorter site stability binds, a longer one does not; class and approval stay the built-in library\'s; a starting dose only lowers', () => {
    const rule = (days: string) => ({ maxInReservoir: v(days), companions: [[]], condition: 'any' });
    const shorter = decoded(withDrugs({ hydromorphone: { stability: [rule('60 day')] } }));
    const longer = decoded(withDrugs({ hydromorphone: { stability: [rule('200 day')] } }));
    const days = (lib: Library) => {
      const r = reservoirStability([{ drug: 'hydromorphone' }], { library: lib });
      const verdict = E.isRight(r) ? r.right[0] : undefined;
      return verdict?.limit?.sourced.value;
    };
    expect(days(shorter)).toBe('60 day');
    expect(days(longer)).toBe('120 day');
    expect(drugIn(shorter, 'hydromorphone')?.stability.length).toBe(2);
    expect(refused(withDrugs({ morphine: { opioid: false, approval: { approvedForPumps: false, basis: note('x') } } }))).toEqual([
      ['INVALID_VALUE', 'drugs.morphine.opioid'], ['INVALID_VALUE', 'drugs.morphine.approval'],
    ]);
    expect(refused(withDrugs({ ziconotide: { maxStartingDose: v('3 mcg/day') } }))).toEqual([['SITE_LIBRARY_RAISES_LIMIT', 'drugs.ziconotide.maxStartingDose.value']]);
    expect(drugIn(decoded(withDrugs({ ziconotide: { maxStartingDose: v('1.2 mcg/day') } })), 'ziconotide')?.maxStartingDose?.value).toBe('1.2 mcg/day');
  });

  it('[REQ-SITE-012] a site conversion chain lets convert run for a drug without a built-in one; a built-in chain is never replaced; parts never rise toward the spine', () => {
    const ratio = (value: string) => v(value);
    const chain = (oral: string, iv: string, epi: string, it: string) => ({
      parts: { oral: ratio(oral), intravenous: ratio(iv), epidural: ratio(epi), intrathecal: ratio(it) },
      corroboration: note('a second source agrees (a test fixture)'),
      observedOralToIntrathecal: { low: ratio('50'), high: ratio('150'), detail: note('observed ratios (a test fixture)') },
    });
    const lib = decoded(withDrugs({ hydromorphone: { conversion: chain('300', '100', '10', '1') } }));
    const req = { drug: 'hydromorphone', from: { route: 'oral', dose: '30 mg/day' }, to: { route: 'intrathecal' } };
    expect(codes(command('convert').run(req).body, 'errors')).toEqual(['NO_CONVERSION_RATIO']);
    const ok = command('convert').run(req, { library: lib }).body;
    expect([ok['dose'], ok['ratio'], ok['source']]).toEqual(['0.1 mg/day', '300', SRC]);
    expect((command('drugs').run(undefined, { library: lib }).body['conversions'] as Json[]).map((c) => c['drug'])).toEqual(['morphine', 'hydromorphone']);
    expect(refused(withDrugs({ morphine: { conversion: chain('300', '100', '10', '1') } }))).toEqual([['INVALID_VALUE', 'drugs.morphine.conversion']]);
    expect(refused(withDrugs({ hydromorphone: { conversion: chain('300', '100', '10', '20') } }))).toEqual([['INVALID_VALUE', 'drugs.hydromorphone.conversion.parts.intrathecal.value']]);
    expect(refused(withDrugs({ hydromorphone: { conversion: chain('3e2', '100', '10', '1') } }))).toEqual([['INVALID_VALUE', 'drugs.hydromorphone.conversion.parts.oral.value']]);
  });

  it('[REQ-SITE-002] [REQ-SITE-008] the new fields are strict and bounded, each number sourced', () => {
    const base = FILE.drugs['example-drug'] ?? {};
    const at = (drug: Json) => refused(withDrugs({ 'example-drug': { ...base, ...drug } }));
    expect(at({ products: Array.from({ length: 17 }, (_, i) => ({ name: `P${i}`, forPumps: true, concentrations: [v('1 mg/mL')] })) })).toEqual([['INPUT_TOO_LARGE', 'drugs.example-drug.products']]);
    expect(at({ titration: [{ strength: 'hard', maxIncreasePercent: v('150 %'), wording: note('x') }] })).toEqual([['QUANTITY_ABOVE_BOUND', 'drugs.example-drug.titration.0.maxIncreasePercent.value']]);
    expect(at({ titration: [{ strength: 'advisory', wording: note('x') }] })).toEqual([['INVALID_VALUE', 'drugs.example-drug.titration.0']]);
    expect(at({ stability: [{ maxInReservoir: { value: '30 day', grade: 'O' }, companions: 'any', condition: 'any' }] })).toEqual([['MISSING_FIELD', 'drugs.example-drug.stability.0.maxInReservoir.source']]);
    expect(at({ stability: [{ maxInReservoir: v('400 day'), companions: 'any', condition: 'any' }] })).toEqual([['QUANTITY_ABOVE_BOUND', 'drugs.example-drug.stability.0.maxInReservoir.value']]);
    expect(at({ products: [{ name: 'P', forPumps: true, concentrations: [v('2 mg/day')] }] })).toEqual([['WRONG_DIMENSION', 'drugs.example-drug.products.0.concentrations.0.value']]);
    expect(at({ admixture: [{ with: 'opioids', advice: note('x'), extra: 1 }] })).toEqual([['UNKNOWN_FIELD', 'drugs.example-drug.admixture.0.extra']]);
    expect(at({ notes: [{ text: 'x', source: SRC, grade: 'E' }] })).toEqual([['INVALID_VALUE', 'drugs.example-drug.notes.0.grade']]);
    const many = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`drug-${i}`, base]));
    expect(refused(withDrugs(many))).toEqual([['INPUT_TOO_LARGE', 'drugs']]);
    expect(refused(withDrugs(Object.fromEntries(Object.entries(many).slice(0, 16))))).toEqual([]);
  });

  it('[REQ-SITE-010] a site pump family: the request names one of its reservoir sizes, another is a conflict; catheter facts are listed; reservoirs and a reservoir fact together are refused', () => {
    const ward = PUMP_FILE.pumps['ward-pump-40'] ?? {};
    const { reservoir: _r, ...facts } = ward['deviceFacts'] as Json;
    const family = {
      ...ward, deviceFacts: facts,
      reservoirs: [v('20 mL', { models: 'W-20' }), v('40 mL', { models: 'W-40' })],
      catheter: { name: 'Ward catheter', length: v('90 cm'), volumePerLength: v('0.002 mL/cm'), notes: [note('trimmed at the spinal end')] },
    };
    const lib = decoded({ ...PUMP_FILE, pumps: { 'ward-pump': family } });
    const run = (pump: unknown) => command('compile').run({ ...REQUEST, pump }, { library: lib }).body;
    expect(run({ profile: 'ward-pump', reservoir: '40 mL' })['ok']).toBe(true);
    expect((run('ward-pump')['errors'] as Json[]).map((e) => [e['code'], e['path']])).toEqual([['PUMP_PARAMETER_MISSING', 'pump.reservoir']]);
    expect((run({ profile: 'ward-pump', reservoir: '30 mL' })['errors'] as Json[]).map((e) => [e['code'], e['path']])).toEqual([['PUMP_PARAMETER_CONFLICT', 'pump.reservoir']]);
    const listing = command('pumps').run(undefined, { library: lib }).body;
    const listed = (listing['pumps'] as Json[]).find((p) => p['name'] === 'ward-pump');
    expect((listed?.['catheter'] as Json)['name']).toBe('Ward catheter');
    expect(listed?.['integratorSupplies']).toEqual(['bolusVolumeResolution']);
    expect(ajv.compile(responseSchema('pumps') ?? {})(listing)).toBe(true);
    expect(refused({ ...PUMP_FILE, pumps: { 'ward-pump': { ...family, deviceFacts: ward['deviceFacts'] } } })).toEqual([['INVALID_VALUE', 'pumps.ward-pump.deviceFacts.reservoir']]);
  });

  it('[REQ-SITE-011] [REQ-SITE-005] the drugs listing with the site library lists the new drug and the changed products, within its schema; the schema refuses a loose record', () => {
    const listing = command('drugs').run(undefined, { library: LIB }).body;
    const validate = ajv.compile(responseSchema('drugs') ?? {});
    expect(validate(listing), JSON.stringify(validate.errors)).toBe(true);
    const drugs = listing['drugs'] as Json[];
    expect(drugs.map((d) => d['name']).at(-1)).toBe('example-drug');
    const extra = { ...listing, drugs: [{ ...drugs[0], extra: 1 }] };
    expect(validate(extra)).toBe(false);
    const badGrade = { ...listing, drugs: [{ ...drugs[0], notes: [{ text: 'x', source: 'y', grade: 'Z', confidence: 'other' }] }] };
    expect(validate(badGrade)).toBe(false);
    expect(siteLibraryCodec.schema['properties']).toBeDefined();
  });
});
