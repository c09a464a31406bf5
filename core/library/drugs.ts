import type { SourcedNote, SourcedValue } from './Sourced.js';
import { PACC_2012, PACC_2017, sn, sv } from './_internals/sourced.js';
import { hasOwn, ownTable } from '../request/ownProperties.js';

/**
 * The version of the built-in drug library. It changes whenever a value, a
 * source or a rule changes, and responses that applied the library report it.
 *
 * @example
 * import { DRUG_LIBRARY_VERSION } from './drugs.js';
 * DRUG_LIBRARY_VERSION; // "1.3.0"
 *
 * Implements REQ-LIB-001.
 * @since 0.1.0
 */
export const DRUG_LIBRARY_VERSION = '1.3.0';

/** A regulatory region whose label differs from another's. */
export type Region = 'US' | 'EU';

/** A marketed product and the concentrations it is sold in (allowed concentrations are per product). */
export interface DrugProduct {
  readonly name: string;
  readonly concentrations: readonly SourcedValue<'concentration'>[];
  /** False for a product that must never fill a pump (e.g. single-dose morphine). */
  readonly forPumps: boolean;
  readonly note?: SourcedNote;
}

/** A maximum daily dose (a dose rate); `region` when the regions' labels differ. */
export interface MaxDailyLimit extends SourcedValue<'doseRate'> {
  readonly kind: 'maxDaily';
  readonly region?: Region;
}

/** A maximum concentration in the reservoir. */
export interface MaxConcentrationLimit extends SourcedValue<'concentration'> {
  readonly kind: 'maxConcentration';
  readonly region?: Region;
}

/** A maximum single (patient) bolus dose. */
export interface MaxBolusLimit extends SourcedValue<'mass'> {
  readonly kind: 'maxBolus';
  readonly region?: Region;
}

/** One limit of the library. */
export type DrugLimit = MaxDailyLimit | MaxConcentrationLimit | MaxBolusLimit;

/**
 * A rule for raising a dose: an increase (new minus previous daily dose) is
 * allowed only if it is at most `maxIncrease`, at most `maxIncreasePercent`
 * of the previous dose, and at least `minInterval` after the last change.
 * Decreases are not bounded by these rules.
 */
export interface TitrationRule {
  /**
   * `hard`: a breach is refused (TITRATION_LIMIT_EXCEEDED; label rules only);
   * `advisory`: a breach is a warning (TITRATION_ABOVE_GUIDANCE) quoting the
   * guidance (consensus steps, a recommended interval, a population-specific
   * step the request cannot tell apart).
   */
  readonly strength: 'hard' | 'advisory';
  readonly region?: Region;
  readonly maxIncrease?: SourcedValue<'doseRate'>;
  readonly maxIncreasePercent?: SourcedValue<'percent'>;
  readonly minInterval?: SourcedValue<'time'>;
  /** The source's wording, including any part that has no single number. */
  readonly wording: SourcedNote;
}

/**
 * How long a fill may stay in the reservoir (a stability or refill-interval
 * limit). `companions` lists the admixtures it was published for (each a set
 * of the other drugs in the reservoir; `[]` = the drug alone), or `'any'`
 * when it bounds the drug in any admixture (a label refill interval).
 */
export interface StabilityRule {
  readonly maxInReservoir: SourcedValue<'time'>;
  readonly companions: 'any' | readonly (readonly string[])[];
  /** `first-fill`: the first fill only; `diluted` / `undiluted`: below / at a product concentration. */
  readonly condition: 'any' | 'first-fill' | 'diluted' | 'undiluted';
}

/** Advice against an admixture. */
export interface AdmixtureRule {
  /** `opioids`: any opioid of the library in the same reservoir; `any`: any other drug. */
  readonly with: 'opioids' | 'any';
  readonly advice: SourcedNote;
}

/** Whether the drug is approved for intrathecal pumps (FDA safety communication, 14 Nov 2018). */
export interface Approval {
  readonly approvedForPumps: boolean;
  readonly basis: SourcedNote;
}

/**
 * One drug of the library. Absent fields are absent because no public value
 * was found: `notPublished` names them, and the integrator (or the
 * prescriber's `limits`) supplies them; nothing is filled with a guess.
 */
export interface DrugEntry {
  /** Lower case; the name requests use. */
  readonly name: string;
  readonly opioid: boolean;
  readonly approval: Approval;
  readonly products: readonly DrugProduct[];
  /** Refuse; no override exists. Only label (L) values. */
  readonly hardLimits: readonly DrugLimit[];
  /** Refuse unless overridden with a reason. Guideline (P, P*) values and label cautions. */
  readonly softLimits: readonly DrugLimit[];
  /**
   * Absolute ceilings: refuse, whatever the overrides and the prescriber's
   * `limits` say (ABSOLUTE_CEILING_EXCEEDED). Where a label gives a maximum it
   * is already a hard limit and is the drug's absolute ceiling (ziconotide);
   * otherwise each is a documented engine bound (grade `E`, source
   * `"engine bound"`, the rationale in `note`), never presented as a fact.
   */
  readonly absoluteCeilings: readonly DrugLimit[];
  readonly maxStartingDose?: SourcedValue<'doseRate'>;
  readonly titration: readonly TitrationRule[];
  readonly stability: readonly StabilityRule[];
  readonly admixture: readonly AdmixtureRule[];
  /** Resolution to which a compounded concentration is rounded; none is published for any drug. */
  readonly compoundingResolution?: SourcedValue<'concentration'>;
  /** Dosing facts that are not limits (starting ranges, usual maintenance, warnings). */
  readonly notes: readonly SourcedNote[];
  /** What no public source gave: the integrator or the prescriber supplies it. */
  readonly notPublished: readonly string[];
}

const FDA_2018 = 'FDA safety communication (14 Nov 2018)';
const approved = (what: string): Approval => ({
  approvedForPumps: true,
  basis: sn('O', `approved for intrathecal pumps: ${what}`, FDA_2018),
});
const offLabel: Approval = {
  approvedForPumps: false,
  basis: sn('O', 'not approved for intrathecal pumps: off-label, accepted with a warning (as are all admixtures)', FDA_2018),
};
const NOT_PUBLISHED_COMMON = ['compounding resolution', 'maximum bolus dose', 'hard maximum concentration'] as const;

/**
 * An absolute ceiling where no source gives one: a documented engine bound of
 * five times the drug's reference value (its lowest sourced soft maximum, or
 * the top of its sourced usual or starting range where it has no maximum).
 * Five times sits below ten times, so a tenfold entry error (a decimal point,
 * mg for mcg) of a dose at the reference is refused whatever the overrides
 * say, and well above the reference, so that the soft limit, not the ceiling,
 * is what a clinician meets first.
 */
function engineCeiling<K extends 'maxDaily' | 'maxConcentration'>(kind: K, value: string, reference: string, context = ''): DrugLimit {
  const dim = kind === 'maxDaily' ? 'doseRate' : 'concentration';
  return { kind, ...sv('E', value, dim, 'engine bound', `a documented engine bound, not a fact of any source: five times ${reference}, so that a tenfold entry error is refused whatever the overrides say${context}`) } as DrugLimit;
}

/** The Mitigo (Piramal Critical Care) label on DailyMed; both strengths are listed under this set id. */
const MITIGO_LABEL = 'Mitigo label (DailyMed set id 728f3d83-9a63-0c1f-e053-2a91aa0ac7db)';
const HILDEBRAND_2003 = 'Hildebrand, Elsberry, Hassenbusch: Stability and compatibility of morphine-clonidine admixtures in an implantable infusion system, J Pain Symptom Manage 2003;25(5):464-71';
const CLASSEN_2004 = 'Classen, Wimbish, Kupiec: Stability of admixture containing morphine sulfate, bupivacaine hydrochloride, and clonidine hydrochloride in an implantable infusion system, J Pain Symptom Manage 2004;28(6):603-11';
const HILDEBRAND_2001 = 'Hildebrand, Elsberry, Anderson: Stability and compatibility of hydromorphone hydrochloride in an implantable infusion system, J Pain Symptom Manage 2001;22(6):1042-7';

const morphine: DrugEntry = {
  name: 'morphine',
  opioid: true,
  // The FDA communication names Infumorph (and Prialt) only; Mitigo's approval for pump use is its own label's.
  approval: {
    approvedForPumps: true,
    basis: sn('O', 'approved for intrathecal pumps: preservative-free morphine (Infumorph, named in the FDA communication; Mitigo, whose own label is "for intrathecal or epidural infusion, using a continuous microinfusion device")', `${FDA_2018}; ${MITIGO_LABEL}`),
  },
  products: [
    { name: 'Infumorph', forPumps: true, concentrations: [sv('L', '10 mg/mL', 'concentration', 'Infumorph label'), sv('L', '25 mg/mL', 'concentration', 'Infumorph label')] },
    {
      name: 'Mitigo', forPumps: true,
      concentrations: [
        sv('L', '10 mg/mL', 'concentration', MITIGO_LABEL, 'NDC 66794-160: 200 mg/20 mL'),
        sv('L', '25 mg/mL', 'concentration', MITIGO_LABEL, 'NDC 66794-162: 500 mg/20 mL'),
      ],
    },
    {
      name: 'Duramorph', forPumps: false,
      concentrations: [sv('L', '0.5 mg/mL', 'concentration', 'Duramorph label'), sv('L', '1 mg/mL', 'concentration', 'Duramorph label')],
      note: sn('L', 'single doses only, never a pump fill', 'Duramorph label'),
    },
  ],
  hardLimits: [],
  softLimits: [
    { kind: 'maxDaily', ...sv('P', '15 mg/day', 'doseRate', PACC_2012, 'PACC maximum daily dose as commonly cited, not checked against the paper\'s table') },
    { kind: 'maxDaily', ...sv('L', '20 mg/day', 'doseRate', 'Infumorph label', 'label: "caution with doses above 20 mg/day"') },
    { kind: 'maxConcentration', ...sv('P', '20 mg/mL', 'concentration', PACC_2012, 'PACC maximum concentration as commonly cited; never flags a labelled product concentration (Infumorph 25 mg/mL)') },
  ],
  absoluteCeilings: [
    engineCeiling('maxDaily', '75 mg/day', 'the PACC 2012 soft maximum 15 mg/day', '; 3.75 times the label\'s "caution with doses above 20 mg/day" (Infumorph label) and 3 times the 25 mg/day of published protocols'),
  ],
  titration: [],
  // Both studies are of admixtures: neither tested morphine alone. Morphine alone keeps the
  // 90 days as an inference from them, graded A (approximate, inferred): it only ever shortens the
  // refill interval (without it the low-reservoir alarm alone would bound the refill).
  stability: [
    {
      maxInReservoir: sv('A', '90 day', 'time', 'inferred from Hildebrand 2003 (morphine with clonidine) and Classen 2004 (morphine, bupivacaine and clonidine)',
        'no study of morphine alone in an implanted pump was found: morphine stayed at or above 94 % of its starting concentration for 90 days at 37 C in both admixtures; an inference, not a published result for morphine alone'),
      companions: [[]],
      condition: 'any',
    },
    {
      maxInReservoir: sv('O', '90 day', 'time', HILDEBRAND_2003, 'morphine with clonidine in implanted infusion systems at 37 C for 90 days: both at least 94 % of the starting concentration'),
      companions: [['clonidine']],
      condition: 'any',
    },
    {
      maxInReservoir: sv('O', '90 day', 'time', CLASSEN_2004, 'morphine, bupivacaine and clonidine in SynchroMed pumps at 37 C for 90 days: every drug above 96 % of its starting concentration'),
      companions: [['bupivacaine', 'clonidine']],
      condition: 'any',
    },
  ],
  admixture: [],
  notes: [
    sn('L', 'intrathecal daily dose: opioid-naive 0.2-1 mg/day; tolerant 1-10 mg/day; "caution with doses above 20 mg/day"', 'Infumorph label'),
    sn('O', 'concentrated morphine injected into the catheter access port instead of the reservoir has caused deaths', 'ISMP 2004'),
  ],
  notPublished: [...NOT_PUBLISHED_COMMON, 'reservoir stability of morphine alone (the 90 days are inferred from studies of admixtures, grade A)'],
};

const hydromorphone: DrugEntry = {
  name: 'hydromorphone',
  opioid: true,
  approval: offLabel,
  products: [],
  hardLimits: [],
  softLimits: [
    { kind: 'maxDaily', ...sv('P', '10 mg/day', 'doseRate', PACC_2012, 'PACC maximum daily dose as commonly cited, not checked against the paper\'s table') },
    { kind: 'maxConcentration', ...sv('P', '15 mg/mL', 'concentration', PACC_2012, 'PACC maximum concentration as commonly cited, not checked against the paper\'s table') },
  ],
  absoluteCeilings: [
    engineCeiling('maxDaily', '50 mg/day', 'the PACC 2012 soft maximum 10 mg/day', '; twice the 25 mg/day of published protocols'),
    engineCeiling('maxConcentration', '75 mg/mL', 'the PACC 2012 soft maximum 15 mg/mL'),
  ],
  titration: [],
  stability: [
    {
      maxInReservoir: sv('O', '120 day', 'time', HILDEBRAND_2001, 'hydromorphone alone at 37 C for 4 months in infusion system reservoirs: above 95 % of the starting concentration; 4 months read as 120 days, the shortest 4 calendar months'),
      companions: [[]],
      condition: 'any',
    },
  ],
  admixture: [],
  notes: [],
  notPublished: [...NOT_PUBLISHED_COMMON, 'reservoir stability (in an admixture)', 'titration rule'],
};

const fentanyl: DrugEntry = {
  name: 'fentanyl',
  opioid: true,
  approval: offLabel,
  products: [],
  hardLimits: [],
  softLimits: [],
  titration: [],
  stability: [],
  admixture: [],
  absoluteCeilings: [
    engineCeiling('maxDaily', '375 mcg/day', 'the top of the PACC 2017 starting infusion 25-75 mcg/day', ' (PACC 2017 gives no known upper daily limit: the integrator should review this bound against its own practice)'),
  ],
  notes: [sn('P', 'starting infusion 25-75 mcg/day; no known upper daily limit', PACC_2017)],
  notPublished: [...NOT_PUBLISHED_COMMON, 'maximum daily dose (the request must give limits.fentanyl.maxDaily)', 'maximum concentration', 'reservoir stability', 'titration rule'],
};

const sufentanil: DrugEntry = {
  name: 'sufentanil',
  opioid: true,
  approval: offLabel,
  products: [],
  hardLimits: [],
  softLimits: [],
  titration: [],
  stability: [],
  admixture: [],
  absoluteCeilings: [
    engineCeiling('maxDaily', '100 mcg/day', 'the top of the PACC 2017 starting infusion 10-20 mcg/day', ' (no published maximum: the integrator should review this bound against its own practice)'),
  ],
  notes: [sn('P', 'starting infusion 10-20 mcg/day', PACC_2017)],
  notPublished: [...NOT_PUBLISHED_COMMON, 'maximum daily dose (the request must give limits.sufentanil.maxDaily)', 'maximum concentration', 'reservoir stability', 'titration rule'],
};

const PRIALT_TITRATION = 'prialt.com titration page citing PACC 2017; McDowell & Pope, Neuromodulation 2016;19:522-32';
const ziconotide: DrugEntry = {
  name: 'ziconotide',
  opioid: false,
  approval: approved('ziconotide (Prialt)'),
  products: [
    {
      name: 'Prialt', forPumps: true,
      concentrations: [sv('L', '25 mcg/mL', 'concentration', 'Prialt label', '20 mL'), sv('L', '100 mcg/mL', 'concentration', 'Prialt label')],
    },
  ],
  hardLimits: [
    { kind: 'maxDaily', region: 'US', ...sv('L', '19.2 mcg/day', 'doseRate', 'Prialt US label', 'US label; the stricter region, applied by default') },
    { kind: 'maxDaily', region: 'EU', ...sv('L', '21.6 mcg/day', 'doseRate', 'Prialt EU SmPC', 'EU label') },
  ],
  softLimits: [],
  // the label maxima (hard limits above, 19.2 mcg/day US applied) are ziconotide's absolute ceiling: no engine bound is needed
  absoluteCeilings: [],
  maxStartingDose: sv('L', '2.4 mcg/day', 'doseRate', 'Prialt label (US)', 'start at most 2.4 mcg/day (0.1 mcg/h)'),
  titration: [
    {
      strength: 'hard', region: 'US',
      maxIncrease: sv('L', '2.4 mcg/day', 'doseRate', 'Prialt US label', 'steps of at most 2.4 mcg/day'),
      wording: sn('L', 'steps of at most 2.4 mcg/day, at most 2-3 times a week', 'Prialt US label'),
    },
    {
      strength: 'hard', region: 'EU',
      minInterval: sv('L', '24 h', 'time', 'Prialt EU SmPC', 'changes at least 24 h apart'),
      wording: sn('L', 'dose changes at least 24 h apart, 48 h recommended', 'Prialt EU SmPC'),
    },
    {
      strength: 'advisory', region: 'EU',
      minInterval: sv('L', '48 h', 'time', 'Prialt EU SmPC', '48 h between changes recommended'),
      wording: sn('L', 'dose changes at least 24 h apart, 48 h recommended', 'Prialt EU SmPC'),
    },
    {
      strength: 'advisory',
      maxIncrease: sv('P*', '0.5 mcg/day', 'doseRate', PRIALT_TITRATION, 'consensus: increase at most 0.5 mcg/day'),
      minInterval: sv('P*', '7 day', 'time', PRIALT_TITRATION, 'consensus: at most weekly'),
      wording: sn('P*', 'start 0.5-1.2 mcg/day; increase at most 0.5 mcg/day, at most weekly (slower than the label)', PRIALT_TITRATION),
    },
  ],
  stability: [
    { maxInReservoir: sv('L', '14 day', 'time', 'Prialt label / prescribing site', 'first refill within 14 days of the first fill'), companions: 'any', condition: 'first-fill' },
    { maxInReservoir: sv('L', '40 day', 'time', 'Prialt label / prescribing site', 'then refill at least every 40 days when diluted'), companions: 'any', condition: 'diluted' },
    { maxInReservoir: sv('L', '84 day', 'time', 'Prialt label / prescribing site', 'then refill at least every 84 days when undiluted'), companions: 'any', condition: 'undiluted' },
  ],
  admixture: [{ with: 'opioids', advice: sn('L', 'admixture with intrathecal opioids "not recommended"', 'Prialt label') }],
  notes: [
    sn('P*', 'consensus start 0.5-1.2 mcg/day', PRIALT_TITRATION),
    sn('L', 'US label titration: at most 2-3 changes a week (no single minimum interval is given)', 'Prialt US label'),
  ],
  notPublished: [...NOT_PUBLISHED_COMMON, 'maximum concentration (guideline)'],
};

const BACLOFEN_TITRATION = 'label; Saulino 2016';
const BACLOFEN_UNREAD = 'advisory, not hard: the label text could not be read to confirm it, and the label may allow larger maintenance-phase increases (recalled as up to 40 % spinal origin, 20 % cerebral origin)';
const baclofen: DrugEntry = {
  name: 'baclofen',
  opioid: false,
  approval: approved('baclofen (Lioresal Intrathecal, Gablofen), for spasticity'),
  products: [
    {
      name: 'Lioresal Intrathecal', forPumps: true,
      concentrations: ['50 mcg/mL', '500 mcg/mL', '2000 mcg/mL'].map((c) => sv('L', c, 'concentration', 'Lioresal label')),
    },
    {
      name: 'Gablofen', forPumps: true,
      concentrations: ['50 mcg/mL', '500 mcg/mL', '1000 mcg/mL', '2000 mcg/mL'].map((c) => sv('L', c, 'concentration', 'Gablofen label')),
    },
  ],
  hardLimits: [],
  softLimits: [],
  absoluteCeilings: [
    engineCeiling('maxDaily', '4000 mcg/day', 'the top of the usual spinal-origin maintenance range 300-800 mcg/day (Gablofen label)', ' (a range, not a maximum; the label gives no maximum daily dose)'),
  ],
  // Both rules are advisory: the label's text on dose increases (the titration and the
  // maintenance phases) could not be read to confirm these figures, and a recollection of
  // it gives larger maintenance-phase steps (up to 40 % spinal origin, 20 % cerebral
  // origin): a hard limit from an unread source could refuse labelled therapy.
  titration: [
    {
      strength: 'advisory',
      maxIncreasePercent: sv('L/O', '30 %', 'percent', BACLOFEN_TITRATION, `the widest titration step of the domain facts (spinal origin 10-30%); ${BACLOFEN_UNREAD}`),
      minInterval: sv('L/O', '24 h', 'time', BACLOFEN_TITRATION, `once per 24 h; ${BACLOFEN_UNREAD}`),
      wording: sn('L/O', 'titration: spinal origin 10-30%, cerebral origin 5-15%, children 5-15%, once per 24 h (not confirmed against the label text, which may allow larger maintenance-phase increases: a warning, never a refusal)', BACLOFEN_TITRATION),
    },
    {
      strength: 'advisory',
      maxIncreasePercent: sv('L/O', '15 %', 'percent', BACLOFEN_TITRATION, 'cerebral origin and children 5-15%: a larger step (up to the spinal-origin 30%) is warned about'),
      wording: sn('L/O', 'titration: spinal origin 10-30%, cerebral origin 5-15%, children 5-15%, once per 24 h', BACLOFEN_TITRATION),
    },
  ],
  stability: [
    { maxInReservoir: sv('O', '180 day', 'time', 'PMID 38043050 (2023)', 'refill interval at most 180 days recommended; the publication under this PMID (not a Cureus paper, as earlier cited) was not read to confirm the value'), companions: 'any', condition: 'any' },
  ],
  admixture: [{ with: 'any', advice: sn('L', '"do not mix with other drugs in pump or catheter"', 'Gablofen label') }],
  notes: [
    sn('L', 'screening: 50 mcg bolus; if no response 75 mcg 24 h later, then 100 mcg; none at 100 mcg: not a candidate', 'baclofen label'),
    sn('L/O', 'first daily dose: twice the effective screening dose per day (the screening dose itself if its effect lasted over 8 h); no increase in the first 24 h', 'label; Saulino 2016'),
    sn('L', 'usual maintenance: spinal 300-800 mcg/day; cerebral 90-703 mcg/day (a range, not a maximum)', 'Gablofen label'),
    sn('L', 'boxed warning: abrupt withdrawal can be fatal (an underdose is a hazard)', 'Gablofen label'),
    sn('O', 'flex-mode error: 60 mcg/day entered as 60 mcg per hour, a 24-fold overdose', 'ISMP'),
  ],
  notPublished: [...NOT_PUBLISHED_COMMON, 'maximum daily dose (the request must give limits.baclofen.maxDaily)', 'maximum concentration (guideline)'],
};

const bupivacaine: DrugEntry = {
  name: 'bupivacaine',
  opioid: false,
  approval: offLabel,
  products: [],
  hardLimits: [],
  softLimits: [
    {
      kind: 'maxDaily',
      ...sv('P', '10 mg/day', 'doseRate', PACC_2012, 'PACC 2012 as commonly cited gives 15-20 mg/day; one recollection of its table says 10 mg/day: the lower is used until checked'),
    },
    { kind: 'maxConcentration', ...sv('P', '30 mg/mL', 'concentration', PACC_2012, 'PACC maximum concentration as commonly cited, not checked against the paper\'s table') },
  ],
  absoluteCeilings: [
    engineCeiling('maxDaily', '50 mg/day', 'the soft maximum 10 mg/day (the lower reading of PACC 2012)', '; 2.5 times the 20 mg/day of the higher reading'),
    engineCeiling('maxConcentration', '150 mg/mL', 'the PACC 2012 soft maximum 30 mg/mL'),
  ],
  titration: [],
  stability: [],
  admixture: [],
  notes: [],
  notPublished: [...NOT_PUBLISHED_COMMON, 'reservoir stability (alone)', 'titration rule'],
};

const clonidine: DrugEntry = {
  name: 'clonidine',
  opioid: false,
  approval: offLabel,
  products: [
    {
      name: 'Duraclon', forPumps: false,
      concentrations: [sv('L', '100 mcg/mL', 'concentration', 'Duraclon label'), sv('L', '500 mcg/mL', 'concentration', 'Duraclon label', 'must be diluted')],
      note: sn('L', 'an epidural label; 500 mcg/mL must be diluted', 'Duraclon label'),
    },
  ],
  hardLimits: [],
  softLimits: [
    { kind: 'maxDaily', ...sv('P', '600 mcg/day', 'doseRate', PACC_2012, 'PACC daily dose 40-600 mcg/day as commonly cited, not checked against the paper\'s table') },
    { kind: 'maxConcentration', ...sv('P', '1000 mcg/mL', 'concentration', PACC_2012, 'PACC maximum concentration as commonly cited, not checked against the paper\'s table') },
  ],
  absoluteCeilings: [
    engineCeiling('maxDaily', '3000 mcg/day', 'the PACC 2012 soft maximum 600 mcg/day', '; 1.5 times the 2000 mcg/day of published protocols'),
    engineCeiling('maxConcentration', '5000 mcg/mL', 'the PACC 2012 soft maximum 1000 mcg/mL'),
  ],
  titration: [],
  stability: [],
  admixture: [],
  notes: [],
  notPublished: [...NOT_PUBLISHED_COMMON, 'reservoir stability (alone)', 'titration rule'],
};

/**
 * The built-in intrathecal drug library, keyed by drug name (lower case).
 *
 * Hard limits are label maxima only; guideline (PACC) values are soft limits,
 * marked `unverified` where the domain notes could not check them against the
 * papers, with the PACC edition in the source. Where regions' labels differ
 * (ziconotide US 19.2, EU 21.6 mcg/day) both are here and the stricter
 * applies by default. Values are wire-format strings, parsed where used.
 *
 * Every drug has an absolute daily ceiling (`absoluteCeilings`, or its label
 * maximum among the hard limits); where no source gives one it is a documented
 * engine bound with its rationale (grade `E`).
 *
 * @example
 * import { DRUG_LIBRARY } from './drugs.js';
 * DRUG_LIBRARY['ziconotide']?.hardLimits[0]?.value; // "19.2 mcg/day" (Prialt US label)
 *
 * Implements REQ-LIB-001, REQ-LIB-002, REQ-LIB-003, REQ-LIB-004, REQ-LIB-005, REQ-LIMIT-104.
 * @since 0.1.0
 */
export const DRUG_LIBRARY: Readonly<Record<string, DrugEntry>> = ownTable({
  morphine,
  hydromorphone,
  fentanyl,
  sufentanil,
  ziconotide,
  baclofen,
  bupivacaine,
  clonidine,
});

/**
 * The library's drug names, in a fixed order.
 *
 * @example
 * import { DRUG_NAMES } from './drugs.js';
 * DRUG_NAMES.length; // 8 (morphine ... clonidine)
 *
 * Implements REQ-LIB-002.
 * @since 0.1.0
 */
export const DRUG_NAMES: readonly string[] = Object.freeze(Object.keys(DRUG_LIBRARY));

/**
 * The library entry of a drug, by its exact (lower-case) name; `undefined`
 * when the drug is not in the library (then only a prescriber `maxDaily` can
 * admit it).
 *
 * @example
 * import { lookupDrug } from './drugs.js';
 * lookupDrug('baclofen')?.products.length; // 2 (Lioresal Intrathecal, Gablofen)
 * lookupDrug('Morphine'); // undefined: names are lower case
 *
 * Implements REQ-LIB-002.
 * @since 0.1.0
 */
export function lookupDrug(name: string): DrugEntry | undefined {
  return typeof name === 'string' && hasOwn(DRUG_LIBRARY, name) ? DRUG_LIBRARY[name] : undefined;
}
