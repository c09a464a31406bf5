import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../errors/EngineError.js';
import { hasOwn, ownTable } from '../request/ownProperties.js';
import type { DrugEntry, DrugLimit } from './drugs.js';
import { BUILT_IN_LIBRARY, drugIn, type Library } from './Library.js';
import { parseSourcedValue } from './parseSourcedValue.js';
import type { SiteDrugInput, SiteLibraryInput } from './SiteLibrary.js';
import { newSiteDrug, overlaySiteDrug } from './_internals/siteDrugEntry.js';
import { siteConversion } from './_internals/siteConversion.js';
import type { ConversionChain } from './conversions.js';
import { sitePumpProfiles } from './_internals/sitePumpProfiles.js';

/**
 * Lays a site library over a base library (the built-in one by default),
 * entry by entry: a drug the site does not name keeps its base entry; for a
 * drug it names,
 *
 * - `softLimits`, when given, replace the base soft limits (a site may lower
 *   or raise a guideline maximum: soft limits are overridable anyway);
 * - `hardLimits` and `absoluteCeilings`, when given, are added to the base
 *   ones, which keep applying: a site can only lower a hard limit or an
 *   absolute ceiling, never raise or remove one. A site hard limit or
 *   ceiling above a base hard limit or ceiling of the same kind (and region)
 *   would have no effect and would mislead a reader, so it is refused
 *   (`SITE_LIBRARY_RAISES_LIMIT`, with its path).
 *
 * - `products` replace the base list, but may not raise the derived hard
 *   maximum concentration (the highest product for pumps) nor drop it, nor,
 *   for a drug with a stability rule for undiluted fills, list a
 *   concentration the base products do not have (SITE_LIBRARY_RAISES_LIMIT);
 *   `maxStartingDose` may only lower the base one;
 * - `titration`, `stability`, `admixture`, `notes` and `notPublished` join
 *   the base lists: every base rule keeps applying (REQ-SITE-008);
 * - `opioid` and `approval` are the base's (INVALID_VALUE when given);
 * - `conversion` gives a drug's equianalgesic chain where no built-in one
 *   exists (REQ-SITE-012): parts positive and never rising from oral to
 *   intrathecal (INVALID_VALUE); a drug with a built-in chain keeps it.
 *
 * A drug the base does not hold is added (REQ-SITE-009), after the base
 * drugs in the file's order: it must give `opioid`, `approval` and a daily
 * ceiling (`MISSING_FIELD`, naming the datum); every other list defaults to
 * empty. A value that does not parse is `INVALID_QUANTITY` with its path.
 * Every error is collected; the result is a frozen null-prototype library
 * whose `site` names the site library.
 *
 * `pumps` (REQ-SITE-007): new pump profiles, each under a name no built-in
 * profile has (a built-in name is `INVALID_VALUE` at `pumps.<name>`: a site
 * never changes a built-in device's facts), each fact a parameter of its
 * kind, given once, whose value parses.
 *
 * @example
 * import { applySiteLibrary } from './applySiteLibrary.js';
 * const lib = applySiteLibrary({ name: 'St Elsewhere', version: '2026-12', drugs: { morphine: { softLimits: [
 *   { kind: 'maxDaily', value: '10 mg/day', dim: 'doseRate', source: 'St Elsewhere formulary 2026', grade: 'O', confidence: 'other' }] } } });
 * // Right: morphine's soft maxDaily is 10 mg/day; lib.right.site is { name: 'St Elsewhere', version: '2026-12' }
 *
 * Implements REQ-SITE-001, REQ-SITE-004, REQ-SITE-007, REQ-SITE-008, REQ-SITE-009, REQ-SITE-010, REQ-SITE-012.
 * @since 0.1.0
 */
export function applySiteLibrary(site: SiteLibraryInput, base: Library = BUILT_IN_LIBRARY): E.Either<EngineError[], Library> {
  const errors: EngineError[] = [];
  const drugs: Record<string, DrugEntry> = {};
  for (const name of base.drugNames) {
    const entry = drugIn(base, name);
    if (entry !== undefined) drugs[name] = entry;
  }
  const drugNames = [...base.drugNames];
  const baseConversions = hasOwn(base, 'conversions') ? base.conversions : undefined;
  const conversions: Record<string, ConversionChain> = { ...(baseConversions ?? {}) };
  for (const name of Object.keys(site.drugs)) {
    const entry = drugIn(base, name);
    const given = site.drugs[name];
    if (given === undefined) continue;
    const path = `drugs.${name}`;
    const chain = siteConversion(name, given, path, entry !== undefined);
    if (E.isLeft(chain)) errors.push(...chain.left);
    else if (chain.right !== undefined) conversions[name] = chain.right;
    if (entry === undefined) {
      const added = newSiteDrug(name, given, path);
      const problems = E.isLeft(added) ? added.left : raisedLimits({ ...added.right, hardLimits: [], absoluteCeilings: [] }, given, path);
      if (problems.length > 0 || E.isLeft(added)) {
        errors.push(...problems);
        continue;
      }
      drugs[name] = added.right;
      drugNames.push(name);
      continue;
    }
    const overlaid = overlaySiteDrug(entry, given, path);
    const problems = [...raisedLimits(entry, given, path), ...(E.isLeft(overlaid) ? overlaid.left : [])];
    if (problems.length > 0 || E.isLeft(overlaid)) {
      errors.push(...problems);
      continue;
    }
    drugs[name] = {
      ...entry,
      ...overlaid.right,
      softLimits: given.softLimits ?? entry.softLimits,
      hardLimits: [...entry.hardLimits, ...(given.hardLimits ?? [])],
      absoluteCeilings: [...entry.absoluteCeilings, ...(given.absoluteCeilings ?? [])],
    };
  }
  const named = { name: site.name, version: site.version };
  const pumps = hasOwn(site, 'pumps') && site.pumps !== undefined ? sitePumpProfiles(site.pumps, named) : undefined;
  if (pumps !== undefined && E.isLeft(pumps)) errors.push(...pumps.left);
  if (errors.length > 0) return E.left(errors);
  const basePumps = hasOwn(base, 'pumps') ? base.pumps : undefined;
  const allPumps = { ...(basePumps ?? {}), ...(pumps === undefined || E.isLeft(pumps) ? {} : pumps.right) };
  return E.right(ownTable({
    drugLibraryVersion: base.drugLibraryVersion,
    drugs,
    drugNames,
    site: named,
    ...(Object.keys(allPumps).length === 0 ? {} : { pumps: allPumps }),
    ...(Object.keys(conversions).length === 0 ? {} : { conversions }),
  }));
}

/** The errors of a site drug entry: values that do not parse, and hard limits or ceilings above the base ones. */
function raisedLimits(entry: DrugEntry, given: SiteDrugInput, path: string): EngineError[] {
  const errors: EngineError[] = [];
  const strict = [...entry.hardLimits, ...entry.absoluteCeilings];
  for (const list of ['softLimits', 'hardLimits', 'absoluteCeilings'] as const) {
    const limits = hasOwn(given, list) ? given[list] ?? [] : [];
    limits.forEach((l, i) => {
      const at = `${path}.${list}.${i}.value`;
      const q = parseSourcedValue<DrugLimit['dim']>(l);
      if (E.isLeft(q)) {
        errors.push(engineError('INVALID_QUANTITY', at, q.left.message));
        return;
      }
      if (list === 'softLimits') return;
      for (const b of strict) {
        if (b.kind !== l.kind || (b.region !== undefined && l.region !== undefined && b.region !== l.region)) continue;
        const bq = parseSourcedValue<DrugLimit['dim']>(b);
        if (E.isRight(bq) && A.compare(q.right.base, bq.right.base) > 0) {
          errors.push(engineError('SITE_LIBRARY_RAISES_LIMIT', at,
            `${l.value} is above the built-in ${b.kind} ${b.value} (${b.source}): a site library may only lower a hard limit or an absolute ceiling, never raise one (the built-in one keeps applying)`));
        }
      }
    });
  }
  return errors;
}
