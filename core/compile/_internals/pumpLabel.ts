import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import { parseSourcedValue } from '../../library/parseSourcedValue.js';
import { lookupPumpLabel, type PumpLabel } from '../../library/pumpLabels.js';
import { printExact } from '../../quantity/_internals/printExact.js';
import type { Quantity } from '../../quantity/Quantity.js';
import type { PumpInput } from '../../request/PumpInput.js';
import { nullPrototype } from '../../request/ownProperties.js';
import { BUILT_IN_LIBRARY, siteOf, type Library } from '../../library/Library.js';
import { sitePumpIn } from '../../library/sitePumps.js';
import { massUnitFor } from './units.js';
import type { LabelledDrugInEffect, PumpLabelInEffect, RangeInEffect } from '../../limits/_internals/pumpLabelWarnings.js';

const concText = (q: Quantity<'concentration', Exact>): string => printExact(q, `${massUnitFor(q.base)}/mL`, 'down').text;

/**
 * The labelled use in effect for the pump: the request's `labelledUse`, else
 * the built-in table of the named profile (or the site library's labelled
 * use of a site profile, REQ-SITE-007), else none (`undefined`: not known,
 * and the pump-label check is not made). A request table for a profile with
 * a built-in one may only narrow it: a drug the built-in label does not
 * approve for intrathecal use, or a range outside every built-in range of its
 * drug, is PUMP_PARAMETER_CONFLICT at its path.
 */
export function pumpLabelInEffect(pump: PumpInput, path: string, library: Library = BUILT_IN_LIBRARY): E.Either<EngineError[], PumpLabelInEffect | undefined> {
  const builtIn = pump.profile === undefined ? undefined : lookupPumpLabel(pump.profile);
  const builtInE = builtIn === undefined ? undefined : fromBuiltIn(builtIn);
  if (builtInE !== undefined && E.isLeft(builtInE)) return builtInE;
  const siteLabel = pump.profile === undefined || builtIn !== undefined ? undefined : sitePumpIn(library, pump.profile)?.labelledUse;
  const site = siteOf(library);
  const own = builtInE?.right ?? (siteLabel === undefined ? undefined
    : nullPrototype<PumpLabelInEffect>({ label: `the labelling of ${pump.profile ?? ''} (site library ${site?.name ?? ''} ${site?.version ?? ''})`, sources: siteLabel.source, drugs: drugsOf(siteLabel) }));
  const given = pump.labelledUse;
  if (given === undefined) return E.right(own);
  const drugs = drugsOf(given);
  if (own === undefined) return E.right(nullPrototype({ label: 'the pump\'s labelling as the request gives it', sources: given.source, drugs }));
  const errors: EngineError[] = [];
  drugs.forEach((d, i) => {
    const at = `${path}.labelledUse.drugs.${i}`;
    const b = own.drugs.find((x) => x.drug === d.drug && x.route === 'intrathecal');
    if (b === undefined) {
      errors.push(engineError('PUMP_PARAMETER_CONFLICT', `${at}.drug`, `${d.drug} is not among the drugs ${own.label} approves for intrathecal infusion (source: ${own.sources}); a request may narrow a built-in labelled use, never widen it`));
      return;
    }
    if (b.ranges.length === 0) return;
    if (d.ranges.length === 0) {
      errors.push(engineError('PUMP_PARAMETER_CONFLICT', `${at}.drug`, `${own.label} approves ${d.drug} only at ${b.ranges.map((r) => r.text).join(', ')} (source: ${own.sources}); give concentrations within it`));
      return;
    }
    d.ranges.forEach((r, j) => {
      if (!b.ranges.some((x) => A.compare(x.min, r.min) <= 0 && A.compare(r.max, x.max) <= 0)) {
        errors.push(engineError('PUMP_PARAMETER_CONFLICT', `${at}.concentrations.${j}`, `${r.text} is not within what ${own.label} approves for ${d.drug} (${b.ranges.map((x) => x.text).join(', ')}; source: ${own.sources}); a request may narrow a built-in labelled use, never widen it`));
      }
    });
  });
  if (errors.length > 0) return E.left(errors);
  return E.right(nullPrototype({ label: `the pump's labelling as the request gives it, within ${own.label}`, sources: `${given.source}; ${own.sources}`, drugs }));
}

/** The drugs of a labelled use written as a request's (every route intrathecal). */
function drugsOf(given: NonNullable<PumpInput['labelledUse']>): LabelledDrugInEffect[] {
  // null prototypes: an absent optional field (products) reads undefined whatever other code adds to Object.prototype
  return given.drugs.map((d) => nullPrototype<LabelledDrugInEffect>({
    drug: d.drug,
    route: 'intrathecal',
    ranges: (d.concentrations ?? []).map((r) => nullPrototype({ min: r.min.base, max: r.max.base, text: `${concText(r.min)} to ${concText(r.max)}` })),
  }));
}

function fromBuiltIn(l: PumpLabel): E.Either<EngineError[], PumpLabelInEffect> {
  const errors: EngineError[] = [];
  const drugs = l.drugs.map((d): LabelledDrugInEffect => {
    const ranges: RangeInEffect[] = [];
    for (const r of d.concentrations) {
      const min = parseSourcedValue(r.min);
      const max = parseSourcedValue(r.max);
      if (E.isLeft(min)) errors.push(min.left);
      else if (E.isLeft(max)) errors.push(max.left);
      else ranges.push(nullPrototype({ min: min.right.base, max: max.right.base, text: `${r.min.value} to ${r.max.value}` }));
    }
    return nullPrototype<LabelledDrugInEffect>({ drug: d.drug, route: d.route, products: d.products, ranges });
  });
  const sources = [...new Set(l.drugs.flatMap((d) => d.basis.source.split('; ')))].join('; ');
  return errors.length > 0 ? E.left(errors) : E.right(nullPrototype({ label: l.label, sources, drugs }));
}
