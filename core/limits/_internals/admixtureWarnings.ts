import { engineError, type EngineWarning } from '../../errors/EngineError.js';
import { BUILT_IN_LIBRARY, drugIn, type Library } from '../../library/Library.js';

/**
 * OFF_LABEL for every library drug not approved for intrathecal pumps (when
 * `perDrug`: a caller that checks the pump's own labelled use says it with
 * OFF_LABEL_FOR_PUMP instead) and for any admixture; ADMIXTURE_NOT_RECOMMENDED where a label advises against the
 * mixture (ziconotide with opioids, baclofen with anything), from the entries of `library`.
 */
export function admixtureWarnings(drugs: readonly { readonly drug: string; readonly path: string }[], perDrug = true, library: Library = BUILT_IN_LIBRARY): EngineWarning[] {
  const warnings: EngineWarning[] = [];
  for (const d of drugs) {
    const entry = drugIn(library, d.drug);
    if (entry === undefined) continue;
    if (perDrug && !entry.approval.approvedForPumps) {
      warnings.push(engineError('OFF_LABEL', `${d.path}.drug`, `${d.drug} is ${entry.approval.basis.text} (${entry.approval.basis.source})`));
    }
    const others = drugs.filter((o) => o.drug !== d.drug);
    for (const rule of entry.admixture) {
      const against = rule.with === 'any' ? others : others.filter((o) => drugIn(library, o.drug)?.opioid === true);
      if (against.length > 0) {
        warnings.push(engineError('ADMIXTURE_NOT_RECOMMENDED', `${d.path}.drug`,
          `${d.drug} with ${against.map((o) => o.drug).join(', ')}: ${rule.advice.text} (${rule.advice.source})`));
      }
    }
  }
  if (drugs.length > 1) {
    const list = (drugs[0]?.path ?? 'reservoir.drugs.0').replace(/\.[0-9]+$/, '');
    warnings.push(engineError('OFF_LABEL', list, `an admixture (${drugs.map((d) => d.drug).join(' + ')}) is off-label for intrathecal pumps (FDA safety communication (14 Nov 2018))`));
  }
  return warnings;
}
