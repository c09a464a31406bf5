import { hasOwn } from '../request/ownProperties.js';
import { CONVERSION_CHAINS, lookupConversionChain, type ConversionChain } from './conversions.js';
import type { Library } from './Library.js';

/**
 * The conversion chain of a drug in a library: the built-in chain, else the
 * one a site library gives (own property only), else `undefined` (`convert`
 * then refuses with NO_CONVERSION_RATIO: a ratio of another drug is never
 * borrowed). A site never replaces a built-in chain (`applySiteLibrary`
 * refuses it), so the built-in one is looked up first.
 *
 * @example
 * import { conversionChainIn } from './conversionChainIn.js';
 * import { BUILT_IN_LIBRARY } from './Library.js';
 * conversionChainIn(BUILT_IN_LIBRARY, 'morphine')?.parts.oral.value; // "300"
 * conversionChainIn(BUILT_IN_LIBRARY, 'hydromorphone'); // undefined
 *
 * Implements REQ-CONV-002, REQ-SITE-012.
 * @since 0.1.0
 */
export function conversionChainIn(library: Library, drug: string): ConversionChain | undefined {
  const builtIn = lookupConversionChain(drug);
  if (builtIn !== undefined || typeof drug !== 'string' || !hasOwn(library, 'conversions')) return builtIn;
  const site = library.conversions;
  return site !== undefined && hasOwn(site, drug) ? site[drug] : undefined;
}

/**
 * Every conversion chain of a library: the built-in ones, then the site's,
 * in the site file's order (what `itdose drugs` lists).
 *
 * @example
 * import { conversionChainsOf } from './conversionChainIn.js';
 * import { BUILT_IN_LIBRARY } from './Library.js';
 * conversionChainsOf(BUILT_IN_LIBRARY).map((c) => c.drug); // ["morphine"]
 *
 * Implements REQ-CONV-002, REQ-SITE-012.
 * @since 0.1.0
 */
export function conversionChainsOf(library: Library): readonly ConversionChain[] {
  const site = hasOwn(library, 'conversions') ? library.conversions : undefined;
  const builtIn = Object.values(CONVERSION_CHAINS);
  return site === undefined ? builtIn : [...builtIn, ...Object.values(site)];
}
