import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import { hasOwn } from '../../request/ownProperties.js';
import { lookupConversionChain, ROUTES, type ConversionChain } from '../conversions.js';
import type { SiteDrugInput } from '../SiteLibrary.js';

const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;

/** A plain positive decimal, or `undefined`. */
function positive(text: string): Exact | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const d = A.fromDecimalString(text);
  return A.compare(d, A.zero) > 0 ? d : undefined;
}

/**
 * The conversion chain a site entry gives (REQ-SITE-012), or `undefined`
 * when it gives none. A drug with a built-in chain keeps it (INVALID_VALUE:
 * a site never changes the chain every conversion of that drug reports); a
 * part that is not a positive decimal, or a part above the one of a less
 * spinal route (the routes run from the least to the most potent per
 * milligram), is INVALID_VALUE at its path.
 */
export function siteConversion(name: string, given: SiteDrugInput, path: string, builtInDrug: boolean): E.Either<EngineError[], ConversionChain | undefined> {
  const c = hasOwn(given, 'conversion') ? given.conversion : undefined;
  if (c === undefined) return E.right(undefined);
  const at = `${path}.conversion`;
  const existing = lookupConversionChain(name);
  if (builtInDrug && existing !== undefined) {
    return E.left([engineError('INVALID_VALUE', at, `${name} has the built-in conversion chain (${existing.parts.oral.source}): a site library gives chains only for drugs without one`)]);
  }
  const errors: EngineError[] = [];
  let previous: Exact | undefined;
  for (const route of ROUTES) {
    const part = positive(c.parts[route].value);
    if (part === undefined) {
      errors.push(engineError('INVALID_VALUE', `${at}.parts.${route}.value`, `"${c.parts[route].value}" is not a positive plain decimal`));
      continue;
    }
    if (previous !== undefined && A.compare(part, previous) > 0) {
      errors.push(engineError('INVALID_VALUE', `${at}.parts.${route}.value`, `the ${route} part ${c.parts[route].value} is above the part of a less spinal route: the routes run ${ROUTES.join(' → ')}, each at least as potent per milligram as the one before`));
    }
    previous = part;
  }
  for (const k of ['low', 'high'] as const) {
    if (positive(c.observedOralToIntrathecal[k].value) === undefined) {
      errors.push(engineError('INVALID_VALUE', `${at}.observedOralToIntrathecal.${k}.value`, `"${c.observedOralToIntrathecal[k].value}" is not a positive plain decimal`));
    }
  }
  return errors.length > 0 ? E.left(errors) : E.right({ drug: name, ...c });
}
