import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import { hasOwn } from '../../request/ownProperties.js';
import type { DrugEntry, DrugProduct } from '../drugs.js';
import { parseSourcedValue } from '../parseSourcedValue.js';
import type { SiteDrugInput } from '../SiteLibrary.js';
import type { SourcedValue } from '../Sourced.js';

/** A list field of a site drug entry, or `undefined` when the site does not give it (own property only). */
function own<K extends keyof SiteDrugInput>(given: SiteDrugInput, key: K): SiteDrugInput[K] | undefined {
  return hasOwn(given, key) ? given[key] : undefined;
}

/** Every sourced number of a site drug entry outside its limits, with its path. */
function sourcedValues(given: SiteDrugInput, path: string): { readonly at: string; readonly v: SourcedValue }[] {
  const out: { at: string; v: SourcedValue }[] = [];
  (own(given, 'products') ?? []).forEach((p, i) => p.concentrations.forEach((c, j) => out.push({ at: `${path}.products.${i}.concentrations.${j}.value`, v: c })));
  const start = own(given, 'maxStartingDose');
  if (start !== undefined) out.push({ at: `${path}.maxStartingDose.value`, v: start });
  (own(given, 'titration') ?? []).forEach((r, i) => {
    for (const k of ['maxIncrease', 'maxIncreasePercent', 'minInterval'] as const) {
      const v = r[k];
      if (v !== undefined) out.push({ at: `${path}.titration.${i}.${k}.value`, v });
    }
  });
  (own(given, 'stability') ?? []).forEach((r, i) => out.push({ at: `${path}.stability.${i}.maxInReservoir.value`, v: r.maxInReservoir }));
  return out;
}

/** The values of a site drug entry that do not parse (INVALID_QUANTITY with their paths). */
function unparsed(given: SiteDrugInput, path: string): EngineError[] {
  return sourcedValues(given, path).flatMap(({ at, v }) => (E.isLeft(parseSourcedValue(v)) ? [engineError('INVALID_QUANTITY', at, `${v.value} is not a quantity`)] : []));
}

/** The highest concentration of a product list's products for pumps, with the product's name. */
function highestForPumps(products: readonly DrugProduct[]): { readonly value: Exact; readonly text: string } | undefined {
  let best: { value: Exact; text: string } | undefined;
  for (const p of products) {
    if (!p.forPumps) continue;
    for (const c of p.concentrations) {
      const q = parseSourcedValue(c);
      if (E.isRight(q) && (best === undefined || A.compare(q.right.base, best.value) > 0)) best = { value: q.right.base, text: `${p.name} ${c.value} (${c.source})` };
    }
  }
  return best;
}

/** Whether a concentration is one of a product list's concentrations (exact comparison). */
function isProductConcentration(products: readonly DrugProduct[], c: SourcedValue): boolean {
  const q = parseSourcedValue(c);
  if (E.isLeft(q)) return false;
  return products.some((p) => p.concentrations.some((b) => E.exists((x: { base: Exact }) => A.compare(x.base, q.right.base) === 0)(parseSourcedValue(b))));
}

/**
 * The problems of a site product list for a built-in drug: the highest
 * concentration for pumps (the derived hard maximum concentration,
 * REQ-LIB-004) may not rise or disappear; where the built-in drug has a
 * stability rule for undiluted fills, every site concentration must be a
 * built-in product concentration (a new one would count as undiluted and
 * take the label's longer refill interval).
 */
function raisedByProducts(entry: DrugEntry, products: readonly DrugProduct[], path: string): EngineError[] {
  const errors: EngineError[] = [];
  const base = highestForPumps(entry.products);
  if (base !== undefined) {
    const site = highestForPumps(products);
    if (site === undefined) {
      errors.push(engineError('SITE_LIBRARY_RAISES_LIMIT', `${path}.products`,
        `the list has no product for pumps: the built-in hard maximum concentration of ${entry.name}, its highest product for pumps ${base.text}, would no longer apply; a site library may only lower it`));
    } else if (A.compare(site.value, base.value) > 0) {
      errors.push(engineError('SITE_LIBRARY_RAISES_LIMIT', `${path}.products`,
        `${site.text} is above the built-in hard maximum concentration of ${entry.name}, its highest product for pumps ${base.text}; a site library may only lower it`));
    }
  }
  if (entry.stability.some((r) => r.condition === 'undiluted')) {
    products.forEach((p, i) => p.concentrations.forEach((c, j) => {
      if (!isProductConcentration(entry.products, c)) {
        errors.push(engineError('SITE_LIBRARY_RAISES_LIMIT', `${path}.products.${i}.concentrations.${j}.value`,
          `${c.value} is not a concentration of a built-in ${entry.name} product: a fill at it would count as undiluted and take the longer refill interval the label gives undiluted product; a site library may list only the built-in concentrations of ${entry.name}`));
      }
    }));
  }
  return errors;
}

/**
 * A built-in drug's entry with a site's entry laid over it (REQ-SITE-001,
 * REQ-SITE-008): `products` replace the built-in list (never raising the
 * derived hard maximum concentration), `maxStartingDose` may only lower the
 * built-in one, `titration`, `stability`, `admixture`, `notes` and
 * `notPublished` join the built-in lists (every built-in rule keeps
 * applying: the shortest stability binds, every titration rule is checked);
 * `opioid` and `approval` are refused (INVALID_VALUE: the built-in
 * library's facts). The limits are laid over by the caller.
 */
export function overlaySiteDrug(entry: DrugEntry, given: SiteDrugInput, path: string): E.Either<EngineError[], Omit<DrugEntry, 'softLimits' | 'hardLimits' | 'absoluteCeilings'>> {
  const errors = unparsed(given, path);
  for (const k of ['opioid', 'approval'] as const) {
    if (own(given, k) !== undefined) {
      errors.push(engineError('INVALID_VALUE', `${path}.${k}`, `${entry.name} is a drug of the built-in library: its ${k === 'opioid' ? 'opioid class' : 'approval'} is the built-in library's (${entry.approval.basis.source}), never a site's`));
    }
  }
  const products = own(given, 'products');
  if (products !== undefined && errors.length === 0) errors.push(...raisedByProducts(entry, products, path));
  const start = own(given, 'maxStartingDose');
  if (start !== undefined && entry.maxStartingDose !== undefined && errors.length === 0) {
    const s = parseSourcedValue(start);
    const b = parseSourcedValue(entry.maxStartingDose);
    if (E.isRight(s) && E.isRight(b) && A.compare(s.right.base, b.right.base) > 0) {
      errors.push(engineError('SITE_LIBRARY_RAISES_LIMIT', `${path}.maxStartingDose.value`,
        `${start.value} is above the built-in maximum starting dose ${entry.maxStartingDose.value} (${entry.maxStartingDose.source}): a site library may only lower it`));
    }
  }
  if (errors.length > 0) return E.left(errors);
  const { softLimits: _s, hardLimits: _h, absoluteCeilings: _a, ...rest } = entry;
  const lowered = start ?? entry.maxStartingDose;
  return E.right({
    ...rest,
    products: products ?? entry.products,
    ...(lowered === undefined ? {} : { maxStartingDose: lowered }),
    titration: [...entry.titration, ...(own(given, 'titration') ?? [])],
    stability: [...entry.stability, ...(own(given, 'stability') ?? [])],
    admixture: [...entry.admixture, ...(own(given, 'admixture') ?? [])],
    notes: [...entry.notes, ...(own(given, 'notes') ?? [])],
    notPublished: [...entry.notPublished, ...(own(given, 'notPublished') ?? [])],
  });
}

/**
 * The entry of a drug a site library adds (REQ-SITE-009): `opioid`,
 * `approval` and a daily ceiling (a `maxDaily` among `hardLimits` or
 * `absoluteCeilings`: every drug of the library has one) are required
 * (MISSING_FIELD, naming the datum); every other list defaults to empty,
 * and `notPublished`, when the site does not give it, names what is empty.
 */
export function newSiteDrug(name: string, given: SiteDrugInput, path: string): E.Either<EngineError[], DrugEntry> {
  const errors = unparsed(given, path);
  const opioid = own(given, 'opioid');
  const approval = own(given, 'approval');
  if (opioid === undefined) errors.push(engineError('MISSING_FIELD', `${path}.opioid`, `"${name}" is not a drug of the built-in library: a site library that adds it must say whether it is an opioid (the admixture rules read it)`));
  if (approval === undefined) errors.push(engineError('MISSING_FIELD', `${path}.approval`, `"${name}" is not a drug of the built-in library: a site library that adds it must give its approval for intrathecal pumps, with its source`));
  const hard = own(given, 'hardLimits') ?? [];
  const ceilings = own(given, 'absoluteCeilings') ?? [];
  if (![...hard, ...ceilings].some((l) => l.kind === 'maxDaily')) {
    errors.push(engineError('MISSING_FIELD', `${path}.absoluteCeilings`, `"${name}" is not a drug of the built-in library: a site library that adds it must give its absolute daily ceiling (a maxDaily among absoluteCeilings or hardLimits, with its source), as every drug of the library has one`));
  }
  if (errors.length > 0 || opioid === undefined || approval === undefined) return E.left(errors);
  const products = own(given, 'products') ?? [];
  const titration = own(given, 'titration') ?? [];
  const stability = own(given, 'stability') ?? [];
  const start = own(given, 'maxStartingDose');
  const derived = [
    ...(products.length === 0 ? ['products and their concentrations (no hard maximum concentration is derived)'] : []),
    ...(stability.length === 0 ? ['reservoir stability'] : []),
    ...(titration.length === 0 ? ['titration rule'] : []),
  ];
  return E.right({
    name,
    opioid,
    approval,
    products,
    hardLimits: hard,
    softLimits: own(given, 'softLimits') ?? [],
    absoluteCeilings: ceilings,
    ...(start === undefined ? {} : { maxStartingDose: start }),
    titration,
    stability,
    admixture: own(given, 'admixture') ?? [],
    notes: own(given, 'notes') ?? [],
    notPublished: own(given, 'notPublished') ?? derived,
  });
}
