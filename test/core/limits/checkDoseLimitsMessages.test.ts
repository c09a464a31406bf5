import { describe, expect, it } from 'vitest';
import { checkDoseLimits } from '../../../core/limits/checkDoseLimits.js';
import { q } from '../library/_q.js';

const all = (r: ReturnType<typeof checkDoseLimits>) => [...r.errors, ...r.warnings].map((e) => [e.code, e.path, e.message]);
const LIBRARY = 'morphine, hydromorphone, fentanyl, sufentanil, ziconotide, baclofen, bupivacaine, clonidine';
const FDA = 'FDA safety communication (14 Nov 2018)';
const PACC_2012 = 'PACC 2012 (Deer et al., Neuromodulation 2012;15:436-466)';

describe('checkDoseLimits, what each refusal and warning says', () => {
  it('[REQ-LIB-002] [REQ-LIB-007] unknown drugs name the library (and the lower-case name when that is the slip); every admixture is off-label', () => {
    const r = checkDoseLimits({ drugs: [{ drug: 'Morphine', worst24h: q('mass', '1 mg') }, { drug: 'oxycodone', worst24h: q('mass', '1 mg') }], limits: {}, overrides: [] });
    expect(all(r)).toEqual([
      ['UNKNOWN_DRUG', 'reservoir.drugs.0.drug', `"Morphine" is not in the drug library (${LIBRARY}) and limits.Morphine.maxDaily is not given: no drug runs without a ceiling; drug names are lower case: did you mean "morphine"?`],
      ['UNKNOWN_DRUG', 'reservoir.drugs.1.drug', `"oxycodone" is not in the drug library (${LIBRARY}) and limits.oxycodone.maxDaily is not given: no drug runs without a ceiling`],
      ['OFF_LABEL', 'reservoir.drugs', `an admixture (Morphine + oxycodone) is off-label for intrathecal pumps (${FDA})`],
    ]);
    // an upper-case name that is not a library name in lower case gets no hint
    expect(all(checkDoseLimits({ drugs: [{ drug: 'Oxycodone', worst24h: q('mass', '1 mg') }], limits: {}, overrides: [] }))[0]?.[2]).not.toContain('did you mean');
  });
  it('[REQ-LIB-002] [REQ-LIB-008] a drug outside the library runs under the prescriber ceiling only; the ceiling is reported and refuses when broken', () => {
    const r = checkDoseLimits({ drugs: [{ drug: 'oxycodone', worst24h: q('mass', '6 mg') }], limits: { oxycodone: { maxDaily: q('doseRate', '5 mg/day') } }, overrides: [] });
    expect(all(r)).toEqual([
      ['PRESCRIBER_LIMIT_EXCEEDED', 'limits.oxycodone.maxDaily', 'oxycodone: the most the program can deliver in any 24 h, 6 mg, exceeds the prescriber ceiling 5 mg/day'],
      ['NOT_IN_LIBRARY', 'reservoir.drugs.0.drug', '"oxycodone" is not in the drug library (version 1.3.0); only the prescriber ceiling limits.oxycodone.maxDaily bounds it'],
    ]);
    expect(r.applied.map((a) => [a.drug, a.strength, a.kind, a.limit, a.value, a.checked, a.margin, a.source, a.confidence, a.outcome]))
      .toEqual([['oxycodone', 'prescriber', 'maxDaily', 'prescriber maxDaily', '5 mg/day', '6 mg', '-1 mg', 'request limits', 'prescriber', 'exceeded']]);
  });
  it('[REQ-LIB-003] [REQ-LIB-004] [REQ-LIB-006] [REQ-LIB-007] a hard concentration limit, a missing daily ceiling, a soft limit with an empty override reason, and admixture advice', () => {
    const r = checkDoseLimits({
      drugs: [{ drug: 'baclofen', worst24h: q('mass', '400 mcg'), concentration: q('concentration', '2.5 mg/mL') }, { drug: 'clonidine', worst24h: q('mass', '700 mcg') }],
      limits: {}, overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'clonidine', limit: 'maxDaily', upTo: q('doseRate', '700 mcg/day'), reason: '' }, { code: 'HARD_LIMIT_EXCEEDED', drug: 'baclofen', limit: 'maxConcentration', upTo: q('concentration', '2.5 mg/mL'), reason: 'x' }],
    });
    expect(all(r)).toEqual([
      ['HARD_LIMIT_EXCEEDED', 'reservoir.drugs.0.concentration', 'baclofen: the concentration 2500 mcg/mL exceeds the hard limit 2000 mcg/mL (Lioresal label) '
        + '[the highest concentration of a product approved for intrathecal pumps (Lioresal Intrathecal); a higher one cannot come from an approved product]; '
        + 'a hard limit has no override (the override in the request does not apply)'],
      ['NO_DAILY_CEILING', 'limits.baclofen.maxDaily', 'the drug library has no published maximum daily dose for baclofen; give limits.baclofen.maxDaily (no drug runs without a ceiling)'],
      ['SOFT_LIMIT_EXCEEDED', 'reservoir.drugs.1.drug', `clonidine: the most the program can deliver in any 24 h, 700 mcg, exceeds the soft limit 600 mcg/day (${PACC_2012}, unverified: `
        + 'PACC daily dose 40-600 mcg/day as commonly cited, not checked against the paper\'s table); to proceed, add to overrides '
        + '{ "code": "SOFT_LIMIT_EXCEEDED", "drug": "clonidine", "limit": "maxDaily", "upTo": "700 mcg/day", "reason": "..." } (upTo: the most you allow, at least 700 mcg/day) (the override in the request has an empty reason, which does not count)'],
      ['ADMIXTURE_NOT_RECOMMENDED', 'reservoir.drugs.0.drug', 'baclofen with clonidine: "do not mix with other drugs in pump or catheter" (Gablofen label)'],
      ['OFF_LABEL', 'reservoir.drugs.1.drug', `clonidine is not approved for intrathecal pumps: off-label, accepted with a warning (as are all admixtures) (${FDA})`],
      ['OFF_LABEL', 'reservoir.drugs', `an admixture (baclofen + clonidine) is off-label for intrathecal pumps (${FDA})`],
    ]);
  });
  it('[REQ-LIB-003] [REQ-LIB-007] an overridden soft concentration limit repeats the reason; ziconotide with an opioid is advised against', () => {
    const r = checkDoseLimits({
      drugs: [{ drug: 'ziconotide', worst24h: q('mass', '2.4 mcg') }, { drug: 'morphine', worst24h: q('mass', '1 mg'), concentration: q('concentration', '22 mg/mL') }],
      limits: {}, overrides: [{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxConcentration', upTo: q('concentration', '22 mg/mL'), reason: 'compounded' }],
    });
    expect(all(r)).toEqual([
      ['SOFT_LIMIT_OVERRIDDEN', 'reservoir.drugs.1.concentration', `morphine: the concentration 22 mg/mL exceeds the soft limit 20 mg/mL (${PACC_2012}, unverified: `
        + 'PACC maximum concentration as commonly cited; never flags a labelled product concentration (Infumorph 25 mg/mL)); overridden up to 22 mg/mL: "compounded"'],
      ['ADMIXTURE_NOT_RECOMMENDED', 'reservoir.drugs.0.drug', 'ziconotide with morphine: admixture with intrathecal opioids "not recommended" (Prialt label)'],
      ['OFF_LABEL', 'reservoir.drugs', `an admixture (ziconotide + morphine) is off-label for intrathecal pumps (${FDA})`],
    ]);
    // ziconotide with a non-opioid is not advised against
    const zc = checkDoseLimits({ drugs: [{ drug: 'ziconotide', worst24h: q('mass', '2.4 mcg') }, { drug: 'clonidine', worst24h: q('mass', '100 mcg') }], limits: {}, overrides: [] });
    expect(zc.warnings.map((w) => w.code)).not.toContain('ADMIXTURE_NOT_RECOMMENDED');
  });
});
