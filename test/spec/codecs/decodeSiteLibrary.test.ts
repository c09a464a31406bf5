import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeSiteLibrary, siteLibraryCodec } from '../../../spec/codecs/decodeSiteLibrary.js';
import { drugIn, siteOf } from '../../../core/library/Library.js';
import { UNDESCRIBED } from '../../../spec/codecs/WireCodec.js';

const SITE_DIR = resolve(import.meta.dirname, '../../vectors/site');
const lower = JSON.parse(readFileSync(resolve(SITE_DIR, 'morphine-lower.json'), 'utf8')) as Record<string, unknown>;
const limit = (over: Record<string, unknown> = {}) => ({ kind: 'maxDaily', value: '2 mg/day', source: 'Test site formulary', grade: 'O', ...over });
const file = (softLimits: unknown[], more: Record<string, unknown> = {}) => ({ name: 'Test site', version: '1', drugs: { morphine: { softLimits, ...more } } });
const codesAndPaths = (u: unknown) => {
  const r = decodeSiteLibrary(u);
  return E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : 'accepted';
};

describe('decodeSiteLibrary', () => {
  it('[REQ-SITE-002] decodes a site file: the value kept as written, the confidence from the grade, the site named', () => {
    const r = decodeSiteLibrary(lower);
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    const soft = drugIn(r.right, 'morphine')?.softLimits;
    expect(soft).toHaveLength(1);
    expect(soft?.[0]).toMatchObject({ kind: 'maxDaily', value: '2 mg/day', dim: 'doseRate', grade: 'O', confidence: 'other' });
    expect(soft?.[0]?.source).toContain('Example site formulary');
    expect(siteOf(r.right)).toEqual({ name: 'Example site formulary', version: '2026-12-01' });
  });
  it('[REQ-SITE-002] a number without its source is refused (MISSING_FIELD, EMPTY_STRING) with its path', () => {
    const { source: _, ...noSource } = limit();
    expect(codesAndPaths(file([noSource]))).toEqual([['MISSING_FIELD', 'drugs.morphine.softLimits.0.source']]);
    expect(codesAndPaths(file([limit({ source: '  ' })]))).toEqual([['EMPTY_STRING', 'drugs.morphine.softLimits.0.source']]);
  });
  it('[REQ-SITE-002] strict: an unknown field, a wrong dimension, a JSON number, an engine or pump grade, an unknown kind', () => {
    expect(codesAndPaths(file([limit({ sorce: 'x' })]))).toEqual([['UNKNOWN_FIELD', 'drugs.morphine.softLimits.0.sorce']]);
    expect(codesAndPaths(file([limit({ value: '2 mg/mL' })]))).toEqual([['WRONG_DIMENSION', 'drugs.morphine.softLimits.0.value']]);
    expect(codesAndPaths(file([limit({ value: 2 })]))).toEqual([['NUMBER_FOR_QUANTITY', 'drugs.morphine.softLimits.0.value']]);
    expect(codesAndPaths(file([limit({ grade: 'E' })]))).toEqual([['INVALID_VALUE', 'drugs.morphine.softLimits.0.grade']]);
    expect(codesAndPaths(file([limit({ grade: 'C' })]))).toEqual([['INVALID_VALUE', 'drugs.morphine.softLimits.0.grade']]);
    expect(codesAndPaths(file([limit({ kind: 'minDaily' })]))).toEqual([['INVALID_VALUE', 'drugs.morphine.softLimits.0.kind']]);
    expect(codesAndPaths({ ...file([]), drugz: {} })).toEqual([['UNKNOWN_FIELD', 'drugz']]);
    expect(codesAndPaths(file([], { hardLimitz: [] }))).toEqual([['UNKNOWN_FIELD', 'drugs.morphine.hardLimitz']]);
  });
  it('[REQ-SITE-002] bounded: at most 16 limits a list, texts of at most 1000 characters, values within the engine bound', () => {
    expect(codesAndPaths(file(Array.from({ length: 17 }, () => limit())))).toEqual([['INPUT_TOO_LARGE', 'drugs.morphine.softLimits']]);
    expect(codesAndPaths(file([limit({ source: 'x'.repeat(1001) })]))).toEqual([['INPUT_TOO_LARGE', 'drugs.morphine.softLimits.0.source']]);
    expect(codesAndPaths(file([limit({ value: '50000 mg/day' })]))).toEqual([['QUANTITY_ABOVE_BOUND', 'drugs.morphine.softLimits.0.value']]);
    expect(codesAndPaths(file([limit({ value: '0 mg/day' })]))).toEqual([['NOT_POSITIVE', 'drugs.morphine.softLimits.0.value']]);
  });
  it('[REQ-SITE-004] a site ceiling above the built-in one is refused at its path (the file in test/vectors/site)', () => {
    const raise = JSON.parse(readFileSync(resolve(SITE_DIR, 'morphine-raise-ceiling.json'), 'utf8')) as unknown;
    expect(codesAndPaths(raise)).toEqual([['SITE_LIBRARY_RAISES_LIMIT', 'drugs.morphine.absoluteCeilings.0.value']]);
  });
  it('[REQ-SITE-002] not an object, or missing name and version: coded errors, never an exception', () => {
    expect(codesAndPaths(42)).toEqual([['WRONG_TYPE', '']]);
    expect(codesAndPaths({ drugs: {} })).toEqual([['MISSING_FIELD', 'name'], ['MISSING_FIELD', 'version']]);
  });
  it('[REQ-SITE-002] the codec carries a JSON Schema that a strict 2020-12 validator compiles, and the example files validate', () => {
    expect(JSON.stringify(siteLibraryCodec.schema)).not.toContain(UNDESCRIBED);
    const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });
    const validate = ajv.compile(siteLibraryCodec.schema);
    expect(validate(lower)).toBe(true);
    expect(validate(file([limit({ sorce: 'x' })]))).toBe(false);
  });
});

describe('itdose schema library', () => {
  it('[REQ-SITE-002] schemaDocument("library") is the site file schema, as a 2020-12 document that the example file validates against', async () => {
    const { schemaDocument } = await import('../../../spec/schema/schemaDocument.js');
    const r = schemaDocument('library');
    if (E.isLeft(r)) throw new Error('no schema');
    expect(r.right['title']).toBe('itdose site library file');
    const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });
    expect(ajv.validate(r.right, lower)).toBe(true);
    expect(ajv.validate(r.right, { ...lower, extra: 1 })).toBe(false);
  });
});
