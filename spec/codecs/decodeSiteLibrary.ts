import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { applySiteLibrary, MAX_SITE_DRUGS, MAX_SITE_TEXT, SITE_GRADES, type EngineError, type Library, type SiteLibraryInput } from '../../core/index.js';
import { decodeWith } from './decodeWith.js';
import { drugRecordCodec } from './drugRecordCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { siteDrugCodecWith } from './siteDrugCodec.js';
import { sitePumpsCodecWith } from './sitePumpCodec.js';
import type { Grades } from './_internals/sourcedCodecs.js';
import { strictObject } from './strictObject.js';
import { wireCodec, type WireCodec } from './WireCodec.js';
import { codedFailure } from './codedFailure.js';
import { isRecord } from './_internals/ownValue.js';

/** A site file's drug table: at most MAX_SITE_DRUGS drugs (INPUT_TOO_LARGE at `drugs`), then the drug record codec. */
function atMostSiteDrugs<A>(codec: WireCodec<A>): WireCodec<A> {
  return wireCodec<A>(codec.name, (u, c) => (isRecord(u) && Object.keys(u).length > MAX_SITE_DRUGS
    ? codedFailure(u, c, 'INPUT_TOO_LARGE', `at most ${MAX_SITE_DRUGS} drugs in a site library (got ${Object.keys(u).length})`)
    : codec.validate(u, c)), { ...codec.schema, maxProperties: MAX_SITE_DRUGS });
}

/**
 * The codec of a library file whose values may carry `grades`: the site
 * files' (`siteLibraryCodec`, the site grades) and the built-in tables'
 * (every grade: a test writes the built-in drug and pump tables as a file
 * and decodes them with it, so the built-in tables and the site files have
 * one schema). Same shape, bounds and codes.
 *
 * @example
 * import { siteLibraryCodecWith } from './decodeSiteLibrary.js';
 * siteLibraryCodecWith(['E']).decode({ name: 'built-in', version: '1.3.0', drugs: {} }); // Right
 *
 * Implements REQ-SITE-002, REQ-SITE-011.
 * @since 0.1.0
 */
export function siteLibraryCodecWith(grades: Grades): WireCodec<SiteLibraryInput> {
  return strictObject('SiteLibrary', {
    name: nonEmptyStringCodec(MAX_SITE_TEXT),
    version: nonEmptyStringCodec(MAX_SITE_TEXT),
    drugs: atMostSiteDrugs(drugRecordCodec(siteDrugCodecWith(grades))),
  }, { pumps: sitePumpsCodecWith(grades) }) as WireCodec<SiteLibraryInput>;
}

/** The codec of a site library file; its `schema` is the file's JSON Schema. @since 0.1.0 */
export const siteLibraryCodec: WireCodec<SiteLibraryInput> = siteLibraryCodecWith(SITE_GRADES);

/**
 * Decodes a parsed site library file and lays it over the built-in library:
 * `{ name, version, drugs: { <drug>: { ... } }, pumps? }`, each drug written
 * as the built-in library writes its entries (`siteDrugCodec`: limits,
 * products, titration, stability, admixture, notes; for a new drug also
 * `opioid` and `approval`), each limit `{ kind, value, source, grade, note?,
 * region? }` (`siteLimitCodec`). Strict (unknown fields refused with their
 * path), bounded (16 limits a list, 16 entries in every other list, texts
 * of at most 1000 characters), every number with its source. Then
 * `applySiteLibrary`: soft limits replace the built-in ones; hard limits and
 * absolute ceilings are added and may only lower them
 * (`SITE_LIBRARY_RAISES_LIMIT`); rules join the built-in ones; a drug the
 * built-in library does not hold is added when it gives what the engine
 * needs (`MISSING_FIELD` naming the datum otherwise). `pumps` (optional,
 * REQ-SITE-007): new pump profiles (`sitePumpsCodec`), at most 16, none under
 * a built-in profile's name (`INVALID_VALUE` at `pumps.<name>`). Never throws.
 *
 * @example
 * import { decodeSiteLibrary } from './decodeSiteLibrary.js';
 * decodeSiteLibrary({ name: 'St Elsewhere', version: '2026-12', drugs: { morphine: { softLimits: [
 *   { kind: 'maxDaily', value: '10 mg/day', source: 'St Elsewhere formulary 2026', grade: 'O' }] } } });
 * // Right: a Library whose site is { name: 'St Elsewhere', version: '2026-12' }
 * decodeSiteLibrary({ name: 'x', version: '1', drugs: { morphine: { absoluteCeilings: [
 *   { kind: 'maxDaily', value: '100 mg/day', source: 'x', grade: 'O' }] } } });
 * // Left: SITE_LIBRARY_RAISES_LIMIT at "drugs.morphine.absoluteCeilings.0.value"
 *
 * Implements REQ-SITE-002, REQ-SITE-004, REQ-SITE-007, REQ-SITE-008, REQ-SITE-009, REQ-SITE-010.
 * @since 0.1.0
 */
export function decodeSiteLibrary(u: unknown): E.Either<EngineError[], Library> {
  return pipe(decodeWith(siteLibraryCodec, u), E.chain((site) => applySiteLibrary(site)));
}
