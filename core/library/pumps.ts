import type { Exact } from '../arith/decimalArithmetic.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { PumpField, PumpInput } from '../request/PumpInput.js';
import type { SourcedNote, SourcedValue } from './Sourced.js';
import { sn, sv } from './_internals/sourced.js';
import { hasOwn, ownTable } from '../request/ownProperties.js';
import type { Capability, PumpCapabilities } from '../pump/PumpCapabilities.js';

/**
 * The version of the built-in pump profiles; changes whenever a value, a
 * source or a profile changes.
 *
 * @example
 * import { PUMP_LIBRARY_VERSION } from './pumps.js';
 * PUMP_LIBRARY_VERSION; // "1.2.0" (1.1.0: the labelled use of each profile, core/library/pumpLabels.ts; 1.2.0: what each profile can hold, `capabilities`)
 *
 * Implements REQ-PUMP-006.
 * @since 0.1.0
 */
export const PUMP_LIBRARY_VERSION = '1.2.0';

/** The dimension of each pump parameter (`reservoir` → `volume`, `minRate` → `flow`, ...). */
export type PumpFieldDimension<K extends PumpField> = Exclude<PumpInput[K], undefined> extends Quantity<infer D, Exact> ? D : never;

/** Sourced values for some pump parameters. */
export type PumpFacts = { readonly [K in PumpField]?: SourcedValue<PumpFieldDimension<K>> };

/** One reservoir size of a pump family, with the models that have it. */
export interface ReservoirOption extends SourcedValue<'volume'> {
  readonly models: string;
}

/** What is public about the catheter usually implanted with a pump. */
export interface CatheterFacts {
  readonly name: string;
  /** Length before trimming. */
  readonly length?: SourcedValue<'length'>;
  readonly volumePerLength?: SourcedValue<'volumePerLength'>;
  readonly notes: readonly SourcedNote[];
}

/** A number about the device the engine reports but does not compute with. */
export interface OtherFact extends SourcedValue {
  readonly what: string;
}

/**
 * A built-in pump profile. It carries only facts that stand in a cited public
 * source (grade C), each with its source:
 *
 * - `reservoirs`: the sizes the device is made in; a request must name one of
 *   them when there are several (a different size contradicts the device);
 * - `deviceFacts`: fixed by the hardware; a request value must equal it;
 * - `defaults`: a manufacturer-recommended setting; a request value replaces it;
 * - `integratorSupplies`: no public value exists; the request must give it
 *   whenever a calculation needs it.
 *
 * Approximate facts (grade A) are listed in `approximate` for people and are
 * never used in a calculation.
 */
export interface PumpProfile {
  /** The name requests use (`"pump": "synchromed-ii-40"`). */
  readonly name: string;
  readonly displayName: string;
  readonly kind: 'programmable' | 'fixed-rate';
  readonly reservoirs: readonly ReservoirOption[];
  readonly deviceFacts: PumpFacts;
  readonly defaults: PumpFacts;
  readonly integratorSupplies: readonly PumpField[];
  readonly catheter?: CatheterFacts;
  readonly otherFacts: readonly OtherFact[];
  readonly notes: readonly SourcedNote[];
  readonly approximate: readonly SourcedNote[];
  /**
   * What the pump can hold (steps and periodic boluses a day, week programs,
   * patient and single boluses, stops), only where a public source says so;
   * an absent capability is unknown: not checked, the integrator's profile
   * supplies it (`pump.capabilities`). Implements REQ-CAP-001.
   */
  readonly capabilities: PumpCapabilities;
  /** What the profile leaves to the integrator, and why, in words. */
  readonly description: string;
}

const MEDSCAPE = 'FDA recall coverage, Medscape 776694 (2012)';
const SYNCHROMED_20: ReservoirOption = { ...sv('C', '20 mL', 'volume', MEDSCAPE), models: '8637-20' };
const SYNCHROMED_40: ReservoirOption = { ...sv('C', '40 mL', 'volume', MEDSCAPE), models: '8637-40' };
const WITHDRAWAL_STUDY = '"Correlation between withdrawal symptoms and medication pump residual volume" (abstract)';
const WESEMANN = 'Wesemann et al., Reg Anesth Pain Med 2014;39:341-6';

/** A capability that stands in a cited public source. */
const cap = <T>(value: T, source: string, note: string): Capability<T> => ({ value, source, grade: 'C', confidence: 'cited', note });
const SYNCHROMED_PAGE = 'Medtronic UK patient page "SynchroMed II Drug Pump", severe spasticity';
const SYNCHROMED_PTM = 'Medtronic "You and Your SynchroMed II Personal Therapy Manager", model 8832 patient manual (2002)';
const SYNCHROMED_MODES = 'SynchroMed mode lists and programmer pages';

const synchromedCapabilities: PumpCapabilities = {
  doseChangesPerDay: cap(13n, SYNCHROMED_PAGE,
    '"The pump can be programmed to vary the amount of medication up to 13 different times throughout a day": read as at most 13 basal steps a day (the step at 00:00 counts), the reading that refuses more programs; a pump that holds 14 is the integrator\'s to say'),
  weekProgram: cap(true, SYNCHROMED_PAGE, '"Programming can also vary from day to day to match your scheduled activities."'),
  patientBolus: cap(true, SYNCHROMED_PTM, 'a patient-held personal therapy manager exists for the SynchroMed II (its patient manual); its bolus limits are not public: the integrator supplies them'),
  singleBolus: cap(true, SYNCHROMED_MODES, 'the infusion modes include a single bolus'),
  stop: cap(true, SYNCHROMED_MODES, 'the infusion modes include stopped'),
};

const synchromedBase = {
  kind: 'programmable',
  deviceFacts: {
    minRate: sv('C', '0.048 mL/day', 'flow', 'Prialt titration page for professionals', 'SynchroMed II minimum flow (the lowest undiluted ziconotide dose it can deliver is 1.2 mcg/day at 25 mcg/mL)'),
  },
  defaults: {
    lowReservoirAlarm: sv('C', '2 mL', 'volume', WITHDRAWAL_STUDY, 'manufacturer recommended; a request may set another alarm volume'),
  },
  integratorSupplies: ['rateResolution', 'maxRate', 'maxBolusRate', 'internalVolume', 'bolusVolumeResolution'],
  catheter: {
    name: 'Medtronic 8709SC',
    length: sv('C', '89 cm', 'length', 'Medtronic product page', 'trimmed at the spinal end'),
    notes: [sn('C', 'volume per cm: not public; the integrator supplies it', 'Medtronic product page')],
  },
  otherFacts: [
    { what: 'stops after the elective replacement indicator', ...sv('C', '90 day', 'time', 'Medtronic UK patient page "Getting a replacement"') },
    { what: 'measured delivery vs programmed over 6 months', ...sv('C', '1 %', 'percent', WESEMANN, '+1 %') },
    { what: 'measured delivery vs programmed per refill', ...sv('C', '2.5 %', 'percent', WESEMANN, '+2.5 % per refill') },
    { what: 'laboratory delivery vs programmed per refill', ...sv('C', '-2.4 %', 'percent', WESEMANN) },
    { what: 'mean residual at withdrawal (24% of 88 patients; range 2.1-3.8 mL)', ...sv('C', '2.7 mL', 'volume', WITHDRAWAL_STUDY) },
    { what: 'alarm volume after which no withdrawal was seen', ...sv('C', '4 mL', 'volume', WITHDRAWAL_STUDY) },
  ],
  notes: [
    sn('C', 'the low-reservoir alarm is computed from the programmed rate, not measured: an over-infusing pump can run dry with no alarm', 'SynchroMed over-infusion notices 2014/2016'),
    sn('C', 'life up to 7 years', 'Medtronic UK patient page "Getting a replacement"'),
  ],
  approximate: [sn('A', 'peristaltic pump fed from a gas-pressurised reservoir', 'secondary source')],
  capabilities: synchromedCapabilities,
} as const satisfies Omit<PumpProfile, 'name' | 'displayName' | 'reservoirs' | 'description'>;

const PROMETRA_MRI = 'Prometra MRI safety information PL-21604-02';
const PROMETRA_20: ReservoirOption = { ...sv('C', '20 mL', 'volume', PROMETRA_MRI), models: 'REF 11827, 13827' };
const PROMETRA_40: ReservoirOption = { ...sv('C', '40 mL', 'volume', PROMETRA_MRI), models: 'REF 16827' };
const PTC_GUIDE = 'Prometra Patient Therapy Controller guide, p.5';

const prometraBase = {
  kind: 'programmable',
  deviceFacts: {},
  defaults: {},
  integratorSupplies: ['lowReservoirAlarm', 'rateResolution', 'minRate', 'maxRate', 'maxBolusRate', 'internalVolume', 'bolusVolumeResolution'],
  catheter: {
    name: 'Prometra catheter',
    length: sv('C', '110 cm', 'length', 'Prometra II instructions for use, p.33', 'implanted length = 110 cm - trimmed length'),
    volumePerLength: sv('C', '0.0026 mL/cm', 'volumePerLength', 'Prometra II instructions for use, p.33', 'volume = implanted length x 0.0026 mL/cm'),
    notes: [],
  },
  otherFacts: [
    {
      what: 'volume the date of next refill is computed to',
      ...sv('C', '3.0 mL', 'volume', PTC_GUIDE, 'the date the reservoir is expected to reach 3.0 mL, assuming every allotted patient bolus is taken; recalculated at the start of each bolus. Not an alarm volume: the integrator supplies lowReservoirAlarm'),
    },
    { what: 'most the flow-activated valve passes in a strong magnetic field', ...sv('C', '10 uL', 'volume', 'Prometra II instructions for use, p.14') },
  ],
  notes: [
    sn('C', 'patient bolus parameters: dose per bolus, bolus duration, allotted boluses per day (most within 24 h), lockout duration', PTC_GUIDE),
    sn('C', 'MRI hazard: the field can open both valves and empty reservoir and catheter into the patient', 'Prometra IFU p.8; Flowonix field safety notice FSN2019-044-02'),
  ],
  approximate: [],
  capabilities: { patientBolus: cap(true, PTC_GUIDE, 'patient bolus parameters: dose per bolus, bolus duration, allotted boluses per day, lockout duration') },
} as const satisfies Omit<PumpProfile, 'name' | 'displayName' | 'reservoirs' | 'description'>;

const FIXED_RATE_SUPPLIES: readonly PumpField[] = ['reservoir', 'lowReservoirAlarm', 'nominalFlow', 'flowTolerance', 'internalVolume'];
const SYNCHROMED_DESCRIPTION = 'maximum rate, rate step, labelled accuracy, internal volume, flex step count and patient therapy manager limits are not public: the integrator supplies them';
const PROMETRA_DESCRIPTION = 'the public sources found give no alarm volume, rate range or step, bolus rate or internal volume: the integrator supplies them';
const FIXED_RATE_NOTE = 'fixed-rate flow varies with body temperature and atmospheric pressure (fever, altitude, flights); correction factors are not public: the integrator supplies flowTolerance';

const PROFILES: readonly PumpProfile[] = [
  { name: 'synchromed-ii', displayName: 'Medtronic SynchroMed II (20 or 40 mL: the request gives pump.reservoir)', reservoirs: [SYNCHROMED_20, SYNCHROMED_40], ...synchromedBase, description: SYNCHROMED_DESCRIPTION },
  { name: 'synchromed-ii-20', displayName: 'Medtronic SynchroMed II 20 mL (8637-20)', reservoirs: [SYNCHROMED_20], ...synchromedBase, description: SYNCHROMED_DESCRIPTION },
  { name: 'synchromed-ii-40', displayName: 'Medtronic SynchroMed II 40 mL (8637-40)', reservoirs: [SYNCHROMED_40], ...synchromedBase, description: SYNCHROMED_DESCRIPTION },
  { name: 'prometra', displayName: 'Prometra (20 or 40 mL: the request gives pump.reservoir)', reservoirs: [PROMETRA_20, PROMETRA_40], ...prometraBase, description: PROMETRA_DESCRIPTION },
  { name: 'prometra-20', displayName: 'Prometra 20 mL (REF 11827, 13827)', reservoirs: [PROMETRA_20], ...prometraBase, description: PROMETRA_DESCRIPTION },
  { name: 'prometra-40', displayName: 'Prometra 40 mL (REF 16827)', reservoirs: [PROMETRA_40], ...prometraBase, description: PROMETRA_DESCRIPTION },
  {
    name: 'isomed', displayName: 'IsoMed (fixed rate)', kind: 'fixed-rate', reservoirs: [], deviceFacts: {}, defaults: {},
    integratorSupplies: FIXED_RATE_SUPPLIES, otherFacts: [], capabilities: {},
    notes: [], description: FIXED_RATE_NOTE,
    approximate: [sn('A', 'models 8472-20-xx and 8472-35-xx: read as 20 or 35 mL and 0.3 to 2.5 mL/day (not used: the request gives reservoir and nominalFlow)', 'SynchroMed/IsoMed information for prescribers (2013)')],
  },
  {
    name: 'codman-3000', displayName: 'Codman 3000 (fixed rate)', kind: 'fixed-rate', reservoirs: [], deviceFacts: {}, defaults: {},
    integratorSupplies: FIXED_RATE_SUPPLIES, otherFacts: [], capabilities: {},
    notes: [sn('C', 'body heat drives a propellant; a flow restrictor sets the rate', 'Codman patient pages')], description: FIXED_RATE_NOTE,
    approximate: [sn('A', 'about 30 mL reservoir (not used: the request gives reservoir)', 'Codman patient pages')],
  },
];

/**
 * The built-in pump profiles, keyed by name. Programmable: SynchroMed II and
 * Prometra (each as a family, where the request names the reservoir size, and
 * one profile per size); fixed rate: IsoMed and Codman 3000, whose public
 * numbers are only approximate, so the request supplies every parameter.
 *
 * @example
 * import { PUMP_PROFILES } from './pumps.js';
 * PUMP_PROFILES['synchromed-ii-40']?.reservoirs[0]?.value; // "40 mL" (FDA recall coverage, Medscape 776694 (2012))
 * PUMP_PROFILES['synchromed-ii']?.deviceFacts.minRate?.value; // "0.048 mL/day"
 *
 * Implements REQ-PUMP-004.
 * @since 0.1.0
 */
export const PUMP_PROFILES: Readonly<Record<string, PumpProfile>> = ownTable(Object.fromEntries(PROFILES.map((p) => [p.name, p])));

/**
 * The built-in profile names, in a fixed order.
 *
 * @example
 * import { PUMP_NAMES } from './pumps.js';
 * PUMP_NAMES[2]; // "synchromed-ii-40" (40 mL, model 8637-40)
 *
 * Implements REQ-PUMP-004.
 * @since 0.1.0
 */
export const PUMP_NAMES: readonly string[] = Object.freeze(PROFILES.map((p) => p.name));

/**
 * A built-in profile by its exact name, or `undefined`.
 *
 * @example
 * import { lookupPumpProfile } from './pumps.js';
 * lookupPumpProfile('prometra-40')?.catheter?.volumePerLength?.value; // "0.0026 mL/cm"
 * lookupPumpProfile('synchromed'); // undefined
 *
 * Implements REQ-PUMP-004.
 * @since 0.1.0
 */
export function lookupPumpProfile(name: string): PumpProfile | undefined {
  return typeof name === 'string' && hasOwn(PUMP_PROFILES, name) ? PUMP_PROFILES[name] : undefined;
}
