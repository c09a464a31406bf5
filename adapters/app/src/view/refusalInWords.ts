/**
 * What a refusal code means for the clinician at the bedside, in words; the
 * engine's own message (with the figures and the source) is shown with it.
 *
 * Implements REQ-APP-009 (hard refusals explained in words).
 * @since 0.1.0
 */
export function refusalInWords(code: string): string {
  switch (code) {
    case 'HARD_LIMIT_EXCEEDED': return 'Refused: above a hard limit from the drug\'s label. A hard limit has no override; change the dose or the concentration.';
    case 'ABSOLUTE_CEILING_EXCEEDED': return 'Refused: above the absolute ceiling for this drug. No override or prescriber limit lifts it.';
    case 'SOFT_LIMIT_EXCEEDED': return 'Refused until overridden: above a guideline (soft) limit. Lower the dose, or add an override with the value it may reach and the clinical reason.';
    case 'PRESCRIBER_LIMIT_EXCEEDED': return 'Refused: above the prescriber\'s own ceiling for this drug.';
    case 'TITRATION_STEP_EXCEEDED': return 'Refused: the change from the previous dose is larger than the titration rule allows.';
    case 'RATE_BELOW_MINIMUM': return 'Refused: the pump cannot run this slowly; use a lower concentration or a higher dose.';
    case 'RATE_ABOVE_MAXIMUM': return 'Refused: the pump cannot run this fast.';
    case 'DRUG_NOT_IN_RESERVOIR': return 'The prescribed drug is not in the reservoir.';
    case 'REFUSED_UNIT': return 'An error-prone unit spelling was refused.';
    default: return code.startsWith('ENTRY_') ? 'Entry refused before calculation.' : 'Refused by the engine.';
  }
}
