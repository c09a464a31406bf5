import type { SourcedNote, SourcedValue } from './Sourced.js';
import { sn, sv } from './_internals/sourced.js';
import { hasOwn, ownTable } from '../request/ownProperties.js';

/**
 * A concentration range a pump's labelling approves for one drug, both ends
 * included, each end quoted from the label.
 */
export interface LabelledRange {
  readonly min: SourcedValue<'concentration'>;
  readonly max: SourcedValue<'concentration'>;
}

/**
 * One drug a pump's labelling names. `concentrations` is empty when the
 * label names the drug without a concentration: then any concentration of
 * the drug is within the label (the drug library's product limits still
 * apply). `route` is the route the label gives: only an `intrathecal` entry
 * approves what itdose computes (intrathecal delivery).
 */
export interface LabelledDrug {
  /** The drug library's name (lower case), or `saline` for the diluent. */
  readonly drug: string;
  /** The products or formulation as the label names them. */
  readonly products: string;
  readonly route: 'intrathecal' | 'intravascular';
  readonly concentrations: readonly LabelledRange[];
  /** The label's words, with the source. */
  readonly basis: SourcedNote;
}

/**
 * What one pump's labelling approves: the drugs, their routes and (where the
 * label gives them) concentration ranges, each with its source. The FDA's
 * safety communication of 14 Nov 2018 says each implanted pump's labelling
 * identifies the medicines and concentrations approved for that pump.
 */
export interface PumpLabel {
  /** The labelling, as messages name it. */
  readonly label: string;
  readonly drugs: readonly LabelledDrug[];
  /** What the table leaves out or cannot tell apart (products of one drug, patient ages, models). */
  readonly notes: readonly SourcedNote[];
}

const MEDTRONIC_PAGE = 'Medtronic product page "SynchroMed II Drug Infusion Pump" (healthcare professionals), indications';
const FDA_2012 = 'FDA MedWatch safety alert "Medtronic Drug Infusion Pumps: Recall" (21 Dec 2012), as reported by Medscape 776694 (24 Dec 2012)';
const FDA_2018 = 'FDA safety communication (14 Nov 2018)';

const synchromedII: PumpLabel = {
  label: 'SynchroMed II labelling (Medtronic indications; FDA recall notice of Dec 2012)',
  drugs: [
    {
      drug: 'morphine', products: 'sterile, preservative-free morphine sulfate (Infumorph)', route: 'intrathecal', concentrations: [],
      basis: sn('C', '"Chronic intrathecal or epidural infusion of sterile, preservative-free morphine sulfate for chronic, intractable pain of malignant and/or non-malignant origin"', MEDTRONIC_PAGE),
    },
    {
      drug: 'ziconotide', products: 'preservative-free ziconotide sterile solution (Prialt)', route: 'intrathecal', concentrations: [],
      basis: sn('C', '"Chronic intrathecal infusion of preservative-free ziconotide sterile solution for the management of severe chronic pain"', MEDTRONIC_PAGE),
    },
    {
      drug: 'baclofen', products: 'Lioresal Intrathecal (baclofen injection); Gablofen', route: 'intrathecal', concentrations: [],
      basis: sn('C', '"Chronic infusion of Lioresal Intrathecal (baclofen injection) for the management of severe spasticity of spinal or cerebral origin"; Gablofen among "the approved drugs for use with the SynchroMed infusion pump"', `${MEDTRONIC_PAGE}; ${FDA_2012}`),
    },
    {
      drug: 'floxuridine', products: 'Floxuridine (FUDR)', route: 'intravascular', concentrations: [],
      basis: sn('C', '"Chronic intravascular infusion of Floxuridine (FUDR) or methotrexate for the treatment of primary or metastatic cancer"', MEDTRONIC_PAGE),
    },
    {
      drug: 'methotrexate', products: 'methotrexate', route: 'intravascular', concentrations: [],
      basis: sn('C', '"Chronic intravascular infusion of Floxuridine (FUDR) or methotrexate for the treatment of primary or metastatic cancer"', MEDTRONIC_PAGE),
    },
  ],
  notes: [
    sn('C', 'the approved drugs for use with the SynchroMed infusion pump are "infumorp, lioresal, Prialt (ziconotide; Jazz Pharmaceuticals), floxuridine, methotrexate, and gablofen"; "Compounded drugs, unapproved concentrations, or unapproved formulations should not be used"', FDA_2012),
    sn('C', 'the sources found give no concentration ranges: each drug is listed without one (the drug library\'s highest product concentration still bounds it)', MEDTRONIC_PAGE),
  ],
};

const FLOWONIX = 'Flowonix, Brief Statement for U.S. Health Care Providers, PL-19589-04 (August 2024)';
const prometra: PumpLabel = {
  label: 'Prometra labelling (Flowonix brief statement PL-19589-04, Aug 2024)',
  drugs: [
    {
      drug: 'morphine', products: 'Infumorph (preservative free morphine sulfate sterile solution)', route: 'intrathecal', concentrations: [],
      basis: sn('C', '"indicated for intrathecal infusion of drug therapy, including: Infumorph® (preservative free morphine sulfate sterile solution)"; "For Infumorph, the pump is indicated for use in patient populations of 22 years and older (adults)"', FLOWONIX),
    },
    {
      drug: 'saline', products: 'preservative-free sterile 0.9% saline solution (Sodium Chloride Injection, USP)', route: 'intrathecal', concentrations: [],
      basis: sn('C', '"preservative-free sterile 0.9% saline solution (Sodium Chloride Injection, USP)"', FLOWONIX),
    },
    {
      drug: 'baclofen', products: 'baclofen injection, intrathecal', route: 'intrathecal',
      concentrations: [{
        min: sv('C', '500 mcg/mL', 'concentration', FLOWONIX, '"baclofen (baclofen injection, intrathecal, 500-2000 mcg/mL)"'),
        max: sv('C', '2000 mcg/mL', 'concentration', FLOWONIX, '"baclofen (baclofen injection, intrathecal, 500-2000 mcg/mL)"'),
      }],
      basis: sn('C', '"baclofen (baclofen injection, intrathecal, 500-2000 mcg/mL)"; "For baclofen and 0.9% saline solution, the pump system is indicated for use in patient populations of 12 years and older"', FLOWONIX),
    },
  ],
  notes: [
    sn('C', 'the label names Infumorph, not morphine in general: the engine cannot tell morphine products apart, so morphine of any product counts as within the label; check the product', FLOWONIX),
    sn('C', 'ziconotide is not among the drugs the label names; "not all pumps are currently approved for use with Prialt"', `${FLOWONIX}; ${FDA_2018}`),
    sn('C', 'the brief statement is for the Prometra Programmable Infusion Pump System and names no models; the same table is applied to every Prometra profile', FLOWONIX),
  ],
};

/**
 * The labelled use of the built-in pump profiles whose labelling is public,
 * keyed by profile name: SynchroMed II (all three profiles) and Prometra (all
 * three). IsoMed and Codman 3000 have no entry: their labelling was not found
 * in a public source, so their labelled use is not known and the integrator
 * supplies it (`pump.labelledUse`); the engine never invents one.
 *
 * @example
 * import { PUMP_LABELS } from './pumpLabels.js';
 * PUMP_LABELS['prometra-40']?.drugs[2]?.concentrations[0]?.max.value; // "2000 mcg/mL" (baclofen, Flowonix PL-19589-04)
 * PUMP_LABELS['isomed']; // undefined: not known
 *
 * Implements REQ-LABEL-001.
 * @since 0.1.0
 */
export const PUMP_LABELS: Readonly<Record<string, PumpLabel>> = ownTable({
  'synchromed-ii': synchromedII,
  'synchromed-ii-20': synchromedII,
  'synchromed-ii-40': synchromedII,
  prometra,
  'prometra-20': prometra,
  'prometra-40': prometra,
});

/**
 * The labelled use of a built-in profile, by its exact name; `undefined` when
 * the profile's labelling is not public (IsoMed, Codman 3000) or the name is
 * not a built-in profile.
 *
 * @example
 * import { lookupPumpLabel } from './pumpLabels.js';
 * lookupPumpLabel('synchromed-ii-40')?.drugs.map((d) => d.drug); // morphine, ziconotide, baclofen, floxuridine, methotrexate
 * lookupPumpLabel('codman-3000'); // undefined
 *
 * Implements REQ-LABEL-001.
 * @since 0.1.0
 */
export function lookupPumpLabel(profile: string): PumpLabel | undefined {
  return typeof profile === 'string' && hasOwn(PUMP_LABELS, profile) ? PUMP_LABELS[profile] : undefined;
}
