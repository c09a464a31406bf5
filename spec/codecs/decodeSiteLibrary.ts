import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { applySiteLibrary, MAX_SITE_LIMITS, MAX_SITE_TEXT, type EngineError, type Library, type SiteLibraryInput } from '../../core/index.js';
import { arrayCodec } from './arrayCodec.js';
import { decodeWith } from './decodeWith.js';
import { drugRecordCodec } from './drugRecordCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { siteLimitCodec } from './siteLimitCodec.js';
import { sitePumpsCodec } from './sitePumpCodec.js';
import { strictObject } from './strictObject.js';
import type { WireCodec } from './WireCodec.js';

const limits = arrayCodec(siteLimitCodec, { nonEmpty: false, maxLength: MAX_SITE_LIMITS });

/** The codec of a site library file; its `schema` is the file's JSON Schema. @since 0.1.0 */
export const siteLibraryCodec: WireCodec<SiteLibraryInput> = strictObject('SiteLibrary', {
  name: nonEmptyStringCodec(MAX_SITE_TEXT),
  version: nonEmptyStringCodec(MAX_SITE_TEXT),
  drugs: drugRecordCodec(strictObject('SiteDrug', {}, { softLimits: limits, hardLimits: limits, absoluteCeilings: limits })),
}, { pumps: sitePumpsCodec }) as WireCodec<SiteLibraryInput>;

/**
 * Decodes a parsed site library file and lays it over the built-in library:
 * `{ name, version, drugs: { <drug>: { softLimits?, hardLimits?,
 * absoluteCeilings? } } }`, each limit `{ kind, value, source, grade, note?,
 * region? }` (`siteLimitCodec`). Strict (unknown fields refused with their
 * path), bounded (at most 16 drugs, 16 limits a list, texts of at most 1000
 * characters), every number with its source. Then `applySiteLibrary`: soft
 * limits replace the built-in ones; hard limits and absolute ceilings are
 * added and may only lower them (`SITE_LIBRARY_RAISES_LIMIT`); a drug the
 * built-in library does not hold is `INVALID_VALUE`. `pumps` (optional,
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
 * Implements REQ-SITE-002, REQ-SITE-004, REQ-SITE-007.
 * @since 0.1.0
 */
export function decodeSiteLibrary(u: unknown): E.Either<EngineError[], Library> {
  return pipe(decodeWith(siteLibraryCodec, u), E.chain((site) => applySiteLibrary(site)));
}
