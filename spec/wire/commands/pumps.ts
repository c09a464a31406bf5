import * as E from 'fp-ts/lib/Either.js';
import { libraryOf, lookupPumpLabel, PUMP_LIBRARY_VERSION, PUMP_PROFILES, RESIDUAL_THRESHOLDS, siteOf, sitePumpIn, sitePumpNames, type Capability, type LabelledUseInput, type LibraryOptions, type PumpCapabilities } from '../../../core/index.js';
import { massUnitForConcentration } from '../../../core/quantity/massDisplayUnit.js';
import { printConcentration } from '../_internals/print.js';
import { errorResponse, okResponse } from '../WireResponse.js';
import type { Command } from './Command.js';
import type { PumpsResponse } from '../../schema/response/smallResponses.js';

/** Capabilities as JSON: counts as JSON integers (they are at most 48). */
function capabilitiesForWire(c: PumpCapabilities): Record<string, Capability<number> | Capability<boolean>> {
  return Object.fromEntries(Object.entries(c).map(([k, v]: [string, Capability<bigint> | Capability<boolean>]) => [k, { ...v, value: typeof v.value === 'bigint' ? Number(v.value) : v.value }]));
}

/** A labelled use as a request writes it, each concentration in the unit the engine prints it in. */
function labelledUseForWire(l: LabelledUseInput): Record<string, unknown> {
  const conc = (x: Parameters<typeof massUnitForConcentration>[0]): string => printConcentration(x, `${massUnitForConcentration(x)}/mL`);
  return {
    source: l.source,
    drugs: l.drugs.map((d) => (d.concentrations === undefined ? { drug: d.drug } : { drug: d.drug, concentrations: d.concentrations.map((r) => ({ min: conc(r.min.base), max: conc(r.max.base) })) })),
  };
}

/**
 * `pumps`: the built-in pump profiles with the source of every fact:
 * reservoir sizes and their models, device facts (a request may not
 * contradict them), defaults (a request may replace them), what the integrator
 * supplies (no public value), catheter facts, other facts and notes, the
 * approximate facts that are never used, the labelled use (the drugs and
 * concentrations the pump's labelling approves, each with its source; absent
 * where the labelling is not public), and the residual-discrepancy
 * thresholds of `refill-check`.
 *
 * With a site library (`options.library`) the built-in profiles are the
 * same, followed by the profiles the site adds (REQ-SITE-007), each marked
 * `"site": true` with the site's labelled use (as a request writes it), and
 * `versions.siteLibrary` names it.
 *
 * @example
 * import { pumpsCommand } from './pumps.js';
 * pumpsCommand.run(undefined).body; // { ok: true, version: '1.2.0', pumps: [{ name: 'synchromed-ii', kind: 'programmable', ... }], ... }
 *
 * Implements REQ-PUMP-006, REQ-PUMP-004, REQ-LABEL-001, REQ-SITE-005, REQ-SITE-007.
 * @since 0.1.0
 */
export const pumpsCommand: Command = {
  name: 'pumps',
  takesRequest: false,
  summary: 'the built-in pump profiles, with the source of every fact',
  run(_request: unknown, options?: LibraryOptions) {
    const library = libraryOf(options);
    if (E.isLeft(library)) return errorResponse(library.left);
    const fields: PumpsResponse = {
      version: PUMP_LIBRARY_VERSION,
      rules: {
        reservoirs: 'a profile made in several sizes needs the request to name one (pump.reservoir); another size is refused (PUMP_PARAMETER_CONFLICT)',
        deviceFacts: 'fixed by the device: a request value must equal it (PUMP_PARAMETER_CONFLICT otherwise)',
        defaults: 'a manufacturer-recommended setting: a request value replaces it',
        integratorSupplies: 'no public value: the request supplies it whenever a calculation needs it (PUMP_PARAMETER_MISSING otherwise)',
        approximate: 'shown for people, never used in a calculation',
        labelledUse: 'the drugs (routes, concentration ranges where the label gives them) the pump\'s labelling approves, each with its source; use outside it warns OFF_LABEL_FOR_PUMP. A profile without labelledUse: its labelling was not found in a public source, so its labelled use is not known; the integrator may supply pump.labelledUse',
      },
      pumps: Object.values(PUMP_PROFILES).map((p) => {
        const label = lookupPumpLabel(p.name);
        const listed = { ...p, capabilities: capabilitiesForWire(p.capabilities) };
        return label === undefined ? listed : { ...listed, labelledUse: label };
      }).concat(sitePumpNames(library.right).flatMap((name) => {
        const site = sitePumpIn(library.right, name);
        if (site === undefined) return [];
        const listed = { ...site.profile, capabilities: capabilitiesForWire(site.profile.capabilities), site: true };
        return [site.labelledUse === undefined ? listed : { ...listed, labelledUse: labelledUseForWire(site.labelledUse) }];
      })),
      residualThresholds: RESIDUAL_THRESHOLDS,
    };
    return okResponse(fields, [], siteOf(library.right));
  },
};
