import * as E from 'fp-ts/lib/Either.js';
import { conversionChainsOf, drugIn, libraryOf, siteOf, type DrugEntry, type LibraryOptions } from '../../../core/index.js';
import { errorResponse, okResponse } from '../WireResponse.js';
import type { Command } from './Command.js';
import type { DrugsResponse } from '../../schema/response/smallResponses.js';

/** The hard concentration limit the engine derives from a drug's products approved for pumps (REQ-LIB-004), shown with its source. */
function derivedHardConcentration(d: DrugEntry): { rule: string; products: { product: string; concentrations: DrugEntry['products'][number]['concentrations'] }[] } | undefined {
  const products = d.products.filter((p) => p.forPumps);
  if (products.length === 0) return undefined;
  return {
    rule: 'a concentration above every product approved for intrathecal pumps is refused (HARD_LIMIT_EXCEEDED); a soft concentration limit never flags a product concentration',
    products: products.map((p) => ({ product: p.name, concentrations: p.concentrations })),
  };
}

/**
 * `drugs`: the built-in drug library with the source and confidence of every
 * number: products and their concentrations, hard limits (label maxima, both
 * regions where they differ; the stricter applies), soft limits (guideline
 * maxima, PACC edition named, `unverified` where not checked against the
 * papers), titration rules (hard or advisory), stability and refill limits,
 * admixture advice, approval status, what is not published (the integrator or
 * the prescriber supplies it), and the opioid conversion chains. With a site
 * library (`options.library`), the effective entries (the site's laid over
 * the built-in ones), and `versions.siteLibrary` names it.
 *
 * @example
 * import { drugsCommand } from './drugs.js';
 * drugsCommand.run(undefined).body; // { ok: true, version: '1.3.0', drugs: [{ name: 'morphine', ... }, ...], conversions: [...], warnings: [] }
 *
 * Implements REQ-LIB-010, REQ-LIB-001, REQ-SITE-005.
 * @since 0.1.0
 */
export const drugsCommand: Command = {
  name: 'drugs',
  takesRequest: false,
  summary: 'the built-in drug library, with the source and confidence of every number',
  run(_request: unknown, options?: LibraryOptions) {
    const library = libraryOf(options);
    if (E.isLeft(library)) return errorResponse(library.left);
    const entries = library.right.drugNames.flatMap((n) => {
      const d = drugIn(library.right, n);
      return d === undefined ? [] : [d];
    });
    const drugs = entries.map((d) => {
      const derived = derivedHardConcentration(d);
      return { ...d, ...(derived === undefined ? {} : { derivedHardMaxConcentration: derived }) };
    });
    const fields: DrugsResponse = {
      version: library.right.drugLibraryVersion,
      confidence: {
        label: 'label text (FDA or EU)',
        guideline: 'PACC guidance corroborated by a secondary source that cites it',
        unverified: 'PACC as commonly cited, not checked against the papers\' tables: soft limits only',
        other: 'another published source',
        engine: 'a documented engine bound, not a fact of any source (absolute ceilings only; the rationale is in note)',
      },
      drugs,
      conversions: conversionChainsOf(library.right),
    };
    return okResponse(fields, [], siteOf(library.right));
  },
};
