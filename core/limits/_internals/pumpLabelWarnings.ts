import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { massUnitForConcentration } from '../../quantity/massDisplayUnit.js';
import { engineError, type EngineWarning } from '../../errors/EngineError.js';
import { BUILT_IN_LIBRARY, drugIn, type Library } from '../../library/Library.js';
import { printExact } from '../../quantity/_internals/printExact.js';
import type { Quantity } from '../../quantity/Quantity.js';

/** One concentration range in effect, with how it prints. */
export interface RangeInEffect {
  readonly min: Exact;
  readonly max: Exact;
  readonly text: string;
}

/** One drug of the labelled use in effect. */
export interface LabelledDrugInEffect {
  readonly drug: string;
  readonly route: 'intrathecal' | 'intravascular';
  /** The products as the label names them (built-in), absent for a request table. */
  readonly products?: string;
  /** Empty: any concentration. */
  readonly ranges: readonly RangeInEffect[];
}

/** The labelled use that applies to a request's pump, and where it came from. */
export interface PumpLabelInEffect {
  /** The label as messages name it. */
  readonly label: string;
  /** Its sources, as messages cite them. */
  readonly sources: string;
  readonly drugs: readonly LabelledDrugInEffect[];
}

/** A drug of one fluid, as the pump-label check reads it. */
export interface FluidDrug {
  readonly drug: string;
  readonly concentration?: Quantity<'concentration', Exact>;
  /** The drug's entry in the request (`reservoir.drugs.<i>`). */
  readonly path: string;
}

const concText = (c: Quantity<'concentration', Exact>): string => printExact(c, `${massUnitForConcentration(c.base)}/mL`, 'down').text;

/**
 * OFF_LABEL_FOR_PUMP for every drug of a fluid that the pump's labelled use
 * does not approve for intrathecal infusion (at `<path>.drug`), and for every
 * concentration outside the ranges the label gives for its drug (at
 * `<path>.concentration`). Each message names the label and its source.
 * With a labelled use in effect this replaces the per-drug OFF_LABEL (the
 * admixture's OFF_LABEL stays: it is about the mixture), so a drug is never
 * warned about twice.
 */
export function pumpLabelWarnings(drugs: readonly FluidDrug[], label: PumpLabelInEffect, library: Library = BUILT_IN_LIBRARY): EngineWarning[] {
  const warnings: EngineWarning[] = [];
  const approved = label.drugs.filter((d) => d.route === 'intrathecal');
  const list = approved.map((d) => (d.products === undefined ? d.drug : `${d.drug} (${d.products})`)).join(', ');
  for (const d of drugs) {
    const entry = approved.find((x) => x.drug === d.drug);
    if (entry === undefined) {
      const elsewhere = label.drugs.find((x) => x.drug === d.drug);
      const why = elsewhere !== undefined
        ? `${label.label} approves ${d.drug} for ${elsewhere.route} infusion only (source: ${label.sources})`
        : `${d.drug} is not among the drugs ${label.label} approves for intrathecal infusion (${list}; source: ${label.sources})`;
      const lib = drugIn(library, d.drug);
      const fda = lib !== undefined && !lib.approval.approvedForPumps ? `; ${d.drug} is ${lib.approval.basis.text} (${lib.approval.basis.source})` : '';
      warnings.push(engineError('OFF_LABEL_FOR_PUMP', `${d.path}.drug`, `off-label for this pump: ${why}${fda}; accepted, and said so`));
      continue;
    }
    const c = d.concentration;
    if (entry.ranges.length === 0 || c === undefined) continue;
    if (!entry.ranges.some((r) => A.compare(r.min, c.base) <= 0 && A.compare(c.base, r.max) <= 0)) {
      warnings.push(engineError('OFF_LABEL_FOR_PUMP', `${d.path}.concentration`,
        `off-label for this pump: ${d.drug} at ${concText(c)} is outside the concentrations ${label.label} approves for it (${entry.ranges.map((r) => r.text).join(', ')}; source: ${label.sources}); accepted, and said so`));
    }
  }
  return warnings;
}

