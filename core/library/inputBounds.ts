import type { Dimension } from '../quantity/dimension.js';

/**
 * The largest value one kind of request quantity may take, and why.
 *
 * - `basis: 'device'`: the largest a real pump or catheter has, as the domain
 *   facts cite it (`source`);
 * - `basis: 'engine'`: no public source gives a maximum, so the engine sets
 *   one well above every sourced device value (`source` is `"engine bound"`,
 *   `rationale` says why this value). It is never presented as a device fact.
 *
 * A request value above it is refused (`QUANTITY_ABOVE_BOUND`, with the
 * field's path), never clamped.
 *
 * @example
 * import type { InputBound } from './inputBounds.js';
 * const b: InputBound<'length'> = { value: '110 cm', dim: 'length', basis: 'device',
 *   source: 'Prometra II instructions for use, p.33', rationale: 'the longest sourced catheter', fields: ['catheter.length'] };
 * b.basis; // "device"
 *
 * Implements REQ-BOUND-001, REQ-BOUND-003.
 * @since 0.1.0
 */
export interface InputBound<D extends Dimension = Dimension> {
  /** The largest value accepted (inclusive), a wire-format quantity string. */
  readonly value: string;
  readonly dim: D;
  readonly basis: 'device' | 'engine';
  /** The citation of a device bound; `"engine bound"` for an engine bound. */
  readonly source: string;
  /** Why this value: what it is the largest of, or why an engine bound sits here. */
  readonly rationale: string;
  /** The request fields it bounds, as dotted wire paths (`<i>` a list index, `<drug>` a drug name). */
  readonly fields: readonly string[];
}

const ENGINE = 'engine bound';

/** A bound and its field list, frozen (the table is read-only shared data). */
function bound<D extends Dimension>(b: InputBound<D>): InputBound<D> {
  Object.freeze(b.fields);
  return Object.freeze(b);
}
const LARGEST_RESERVOIR_SOURCE = 'SynchroMed II 8637-40: FDA recall coverage, Medscape 776694 (2012); Prometra REF 16827: Prometra MRI safety information PL-21604-02';
const PROMETRA_IFU = 'Prometra II instructions for use, p.33';

const reservoirVolume: InputBound<'volume'> = bound({
  value: '40 mL', dim: 'volume', basis: 'device', source: LARGEST_RESERVOIR_SOURCE,
  rationale: 'the largest reservoir of the sourced pumps (SynchroMed II and Prometra are made in 20 and 40 mL); every volume held in a pump (its capacity, a fill, an alarm volume, a residual, a bolus volume step, a priming volume) fits in it',
  fields: ['pump.reservoir', 'pump.lowReservoirAlarm', 'pump.bolusVolumeResolution', 'reservoir.fill', 'new.fill', 'expectedResidual', 'measuredResidual', 'discrepancyThreshold', 'volume'],
});

const internalVolume: InputBound<'volume'> = bound({
  value: '4 mL', dim: 'volume', basis: 'engine', source: ENGINE,
  rationale: 'no public source gives a pump\'s internal volume (SynchroMed II, Prometra: the integrator supplies it); a tenth of the largest sourced reservoir (40 mL) and twenty times the 0.2 mL of the wire format\'s example profile. With the catheter bound it keeps the dead volume of bridge and prime at most 6.86 mL',
  fields: ['pump.internalVolume'],
});

const catheterLength: InputBound<'length'> = bound({
  value: '110 cm', dim: 'length', basis: 'device', source: `${PROMETRA_IFU} (Prometra catheter, 110 cm before trimming); Medtronic product page (8709SC, 89 cm)`,
  rationale: 'the longest sourced intrathecal catheter (the implanted length is this minus what is trimmed)',
  fields: ['catheter.length'],
});

const catheterVolumePerLength: InputBound<'volumePerLength'> = bound({
  value: '0.026 mL/cm', dim: 'volumePerLength', basis: 'engine', source: ENGINE,
  rationale: `only one catheter's volume per length is public (Prometra, 0.0026 mL/cm, ${PROMETRA_IFU}; the Medtronic 8709SC's is not); ten times it`,
  fields: ['catheter.volumePerLength'],
});

const catheterVolume: InputBound<'volume'> = bound({
  value: '2.86 mL', dim: 'volume', basis: 'engine', source: ENGINE,
  rationale: 'the longest sourced catheter (110 cm) at the volume-per-length bound (0.026 mL/cm), so both ways of giving a catheter have the same bound; ten times the whole Prometra catheter (110 cm x 0.0026 mL/cm = 0.286 mL)',
  fields: ['catheter.volume'],
});

const flow: InputBound<'flow'> = bound({
  value: '1440 mL/day', dim: 'flow', basis: 'engine', source: ENGINE,
  rationale: 'no public source gives a pump\'s maximum rate or bolus rate (SynchroMed II, Prometra: the integrator supplies them); 1 mL a minute, which empties the largest sourced reservoir (40 mL) in 40 minutes, 60 times the 1 mL/h bolus rate of the wire format\'s example profile and far above the sourced intrathecal flows (SynchroMed II minimum 0.048 mL/day)',
  fields: ['pump.rateResolution', 'pump.minRate', 'pump.maxRate', 'pump.maxBolusRate', 'pump.nominalFlow', 'old.rate'],
});

const flowTolerance: InputBound<'percent'> = bound({
  value: '100 %', dim: 'percent', basis: 'engine', source: ENGINE,
  rationale: 'the correction factors of fixed-rate flows (body temperature, atmospheric pressure) are not public; up to twice the nominal flow, far above the sourced delivery accuracy (SynchroMed II +1 % over 6 months, +2.5 % per refill: Wesemann et al., Reg Anesth Pain Med 2014;39:341-6)',
  fields: ['pump.flowTolerance'],
});

const concentration: InputBound<'concentration'> = bound({
  value: '1000 mg/mL', dim: 'concentration', basis: 'engine', source: ENGINE,
  rationale: 'a millilitre of an aqueous solution weighs about 1 g, so no drug solution carries 1000 mg of drug in each mL; 40 times the strongest labelled intrathecal product of the library (Infumorph 25 mg/mL, Infumorph label). Drugs outside the library have no labelled maximum, hence an engine bound',
  fields: ['reservoir.drugs.<i>.concentration', 'old.drugs.<i>.concentration', 'new.drugs.<i>.concentration', 'overrides.<i>.upTo', 'pump.labelledUse.drugs.<i>.concentrations.<j>.min', 'pump.labelledUse.drugs.<i>.concentrations.<j>.max'],
});

const doseRate: InputBound<'doseRate'> = bound({
  value: '40000 mg/day', dim: 'doseRate', basis: 'engine', source: ENGINE,
  rationale: 'a whole fill of the largest sourced reservoir (40 mL) at the concentration bound (1000 mg/mL) in one day; a daily dose, ceiling or previous dose above it cannot come from one fill of any pump the engine accepts',
  fields: ['therapy.dose', 'therapy.steps.<i>.dose', 'limits.<drug>.maxDaily', 'titration.previousDose', 'overrides.<i>.upTo'],
});

const mass: InputBound<'mass'> = bound({
  value: '40000 mg', dim: 'mass', basis: 'engine', source: ENGINE,
  rationale: 'a whole fill of the largest sourced reservoir (40 mL) at the concentration bound (1000 mg/mL) in one bolus',
  fields: ['therapy.periodicBoluses.<i>.dose', 'therapy.patientBolus.dose', 'overrides.<i>.upTo', 'oneOff.<i>.dose'],
});

const lockout: InputBound<'time'> = bound({
  value: '7 day', dim: 'time', basis: 'engine', source: ENGINE,
  rationale: 'no public source gives a pump\'s longest lockout (Prometra and SynchroMed patient bolus limits are not public); maxPerDay counts patient boluses in a rolling 24 h, so a lockout beyond a day already allows fewer than one a day, and a week is far beyond the 4 h of the wire format\'s example. The bolus duration is at most the lockout',
  fields: ['therapy.patientBolus.lockout', 'therapy.patientBolus.duration'],
});

const oneOffAfter: InputBound<'time'> = bound({
  value: '366 day', dim: 'time', basis: 'engine', source: ENGINE,
  rationale: 'a year from the fill (366 days), longer than the longest refill interval (usually 3 to 4 months, at most 6: Gillette Children\'s ITB refill page); a one-off further ahead belongs to a later refill',
  fields: ['oneOff.<i>.after', 'library.drugs.<drug>.stability.<i>.maxInReservoir'],
});

const stopFor: InputBound<'time'> = bound({
  value: '7 day', dim: 'time', basis: 'engine', source: ENGINE,
  rationale: 'no public source gives a pump\'s longest stop; stops or stalls longer than 48 h are a risk factor for over-infusion (HSA Singapore notice, 2016) and a stop of intrathecal baclofen risks withdrawal, so a stop beyond a week is a therapy interruption, not a one-off. It bounds the work of the one-off windows (each event is scanned over its span plus a day either side)',
  fields: ['oneOff.<i>.for'],
});

const titrationSince: InputBound<'time'> = bound({
  value: '36600 day', dim: 'time', basis: 'engine', source: ENGINE,
  rationale: 'a hundred years (100 x 366 days), longer than any course of treatment; the time since the last dose change is only compared with a titration rule\'s minimum interval',
  fields: ['titration.since', 'library.drugs.<drug>.titration.<i>.minInterval'],
});

const titrationIncrease: InputBound<'percent'> = bound({
  value: '100 %', dim: 'percent', basis: 'engine', source: ENGINE,
  rationale: 'no public source gives a largest titration step to bound one by; the widest sourced step is 30 % (baclofen, spinal origin: label; Saulino 2016); a step rule that allows more than doubling the previous dose bounds nothing a clinician would write, so a site rule above it is refused as a likely entry error',
  fields: ['library.drugs.<drug>.titration.<i>.maxIncreasePercent'],
});

/**
 * Every upper bound on a request quantity, by kind: the device facts (with
 * their sources) and the documented engine bounds (with their rationale).
 * The decoders refuse a larger value with `QUANTITY_ABOVE_BOUND` at its path;
 * `docs/wire-extensions.md` lists the same table. Paths of the `bridge`
 * therapy (`new.therapy...`) take the `therapy` bounds. Frozen.
 *
 * The bounds also bound the engine's work where work grows with a value:
 * the dead volume of `bridge` and `prime` is at most
 * `internalVolume + catheterVolume` = 6.86 mL.
 *
 * @example
 * import { INPUT_BOUNDS } from './inputBounds.js';
 * INPUT_BOUNDS.reservoirVolume.value; // "40 mL"
 * INPUT_BOUNDS.catheterLength.basis; // "device"
 * INPUT_BOUNDS.flow.basis; // "engine"
 *
 * Implements REQ-BOUND-001, REQ-BOUND-003.
 * @since 0.1.0
 */
export const INPUT_BOUNDS = Object.freeze({
  reservoirVolume,
  internalVolume,
  catheterLength,
  catheterVolumePerLength,
  catheterVolume,
  flow,
  flowTolerance,
  concentration,
  doseRate,
  mass,
  lockout,
  titrationSince,
  titrationIncrease,
  oneOffAfter,
  stopFor,
});
