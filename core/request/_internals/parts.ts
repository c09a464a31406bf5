import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import type { Quantity } from '../../quantity/Quantity.js';
import { MAX_LABEL_SOURCE, MAX_LABELLED_DRUGS, MAX_LABELLED_RANGES, MAX_DRUG_ENTRIES, MAX_OVERRIDES, MAX_PER_DAY_ENTRIES, MAX_PROFILE_NAME, MAX_REASON_LENGTH, MAX_RESERVOIR_DRUGS, isDrugName } from '../bounds.js';
import type { CatheterInput } from '../BridgeRequest.js';
import type { CompileRequest, ContinuousBasal, DayTherapy, DrugInReservoir, DrugLimits, FlexBasal, Override, PatientBolusRx, PeriodicBolusRx, ReservoirFill, Therapy, Titration, WeekBasal } from '../CompileRequest.js';
import { WEEKDAYS } from '../Weekday.js';
import { ownData } from '../ownProperties.js';
import type { LabelledDrugInput, LabelledUseInput, PumpField, PumpInput } from '../PumpInput.js';
import type { CapabilitiesInput } from '../../pump/PumpCapabilities.js';
import { at, clockSeconds, count, drugName, fail, field, list, oneOf, quantityOf, record, sealed, text, type Reader } from './reader.js';

const DAY = A.fromInteger(86_400n);

/** The dimension of every pump parameter. */
export const PUMP_FIELD_DIMENSIONS = {
  reservoir: 'volume',
  lowReservoirAlarm: 'volume',
  rateResolution: 'flow',
  minRate: 'flow',
  maxRate: 'flow',
  maxBolusRate: 'flow',
  bolusVolumeResolution: 'volume',
  internalVolume: 'volume',
  nominalFlow: 'flow',
  flowTolerance: 'percent',
} as const satisfies Record<PumpField, string>;

/** The pump: a profile name and kind, and parameters of their dimensions (their signs are resolvePump's to check, with its own codes). */
export function readPump(r: Reader, u: unknown, path: string): PumpInput | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const out: Record<string, unknown> = {};
  const profile = field(r, o, 'profile', path, false);
  if (profile !== undefined && text(r, profile, at(path, 'profile'), MAX_PROFILE_NAME, true) === undefined) return undefined;
  out['profile'] = profile;
  const kind = field(r, o, 'kind', path, false);
  if (kind !== undefined && oneOf(r, kind, at(path, 'kind'), ['programmable', 'fixed-rate']) === undefined) return undefined;
  out['kind'] = kind;
  for (const [f, dim] of Object.entries(PUMP_FIELD_DIMENSIONS)) {
    const v = field(r, o, f, path, false);
    if (v === undefined) continue;
    const q = quantityOf(r, v, at(path, f), dim, 'any');
    if (q === undefined) return undefined;
    out[f] = q;
  }
  const labelled = field(r, o, 'labelledUse', path, false);
  if (labelled !== undefined) {
    const l = readLabelledUse(r, labelled, at(path, 'labelledUse'));
    if (l === undefined) return undefined;
    out['labelledUse'] = l;
  }
  const caps = field(r, o, 'capabilities', path, false);
  if (caps !== undefined) {
    const c = readCapabilities(r, caps, at(path, 'capabilities'));
    if (c === undefined) return undefined;
    out['capabilities'] = c;
  }
  return r.bad === undefined ? sealed(out as PumpInput) : undefined;
}

/** A pump's labelled use: a source, 1 to 16 drugs (each once), each with 1 to 8 concentration ranges (min at most max) or none. */
function readLabelledUse(r: Reader, u: unknown, path: string): LabelledUseInput | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const source = text(r, field(r, o, 'source', path, true), at(path, 'source'), MAX_LABEL_SOURCE, true);
  const seen = new Set<string>();
  const drugs = list(r, field(r, o, 'drugs', path, true), at(path, 'drugs'), MAX_LABELLED_DRUGS, true, (v, p): LabelledDrugInput | undefined => {
    const d = record(r, v, p);
    if (d === undefined) return undefined;
    const drug = drugName(r, field(r, d, 'drug', p, true), at(p, 'drug'));
    if (drug === undefined) return undefined;
    if (seen.has(drug)) return fail(r, at(p, 'drug'), `"${drug}" is already in the labelled use`, 'DUPLICATE_DRUG');
    seen.add(drug);
    const c = field(r, d, 'concentrations', p, false);
    if (c === undefined) return sealed({ drug });
    const concentrations = list(r, c, at(p, 'concentrations'), MAX_LABELLED_RANGES, true, (rv, rp) => {
      const ro = record(r, rv, rp);
      if (ro === undefined) return undefined;
      const min = quantityOf(r, field(r, ro, 'min', rp, true), at(rp, 'min'), 'concentration', 'positive');
      const max = quantityOf(r, field(r, ro, 'max', rp, true), at(rp, 'max'), 'concentration', 'positive');
      if (min === undefined || max === undefined) return undefined;
      if (A.compare(min.base, max.base) > 0) return fail(r, at(rp, 'max'), 'the range ends below where it starts', 'INVALID_VALUE');
      return sealed({ min, max });
    });
    return concentrations === undefined ? undefined : sealed({ drug, concentrations });
  });
  return source === undefined || drugs === undefined ? undefined : sealed({ source, drugs });
}

/** `pump.capabilities`: counts from 0 to 48, flags booleans, nothing else. */
function readCapabilities(r: Reader, u: unknown, path: string): CapabilitiesInput | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of ['doseChangesPerDay', 'periodicBolusesPerDay'] as const) {
    const v = field(r, o, k, path, false);
    if (v === undefined) continue;
    const n = count(r, v, at(path, k));
    if (n === undefined) return undefined;
    out[k] = n;
  }
  for (const k of ['weekProgram', 'patientBolus', 'singleBolus', 'stop'] as const) {
    const v = field(r, o, k, path, false);
    if (v === undefined) continue;
    if (typeof v !== 'boolean') return fail(r, at(path, k), 'expected true or false');
    out[k] = v;
  }
  return sealed(out as CapabilitiesInput);
}

/** The drugs of a fluid: 1 to 16 entries, each drug once, concentrations positive. */
export function readDrugs(r: Reader, u: unknown, path: string): readonly DrugInReservoir[] | undefined {
  const seen = new Set<string>();
  return list(r, u, path, MAX_RESERVOIR_DRUGS, true, (v, p) => {
    const o = record(r, v, p);
    if (o === undefined) return undefined;
    const drug = drugName(r, field(r, o, 'drug', p, true), at(p, 'drug'));
    if (drug === undefined) return undefined;
    if (seen.has(drug)) return fail(r, at(p, 'drug'), `"${drug}" is already in this reservoir`, 'DUPLICATE_DRUG');
    seen.add(drug);
    const c = field(r, o, 'concentration', p, false);
    if (c === undefined) return sealed({ drug });
    const concentration = quantityOf(r, c, at(p, 'concentration'), 'concentration', 'positive');
    return concentration === undefined ? undefined : sealed({ drug, concentration });
  });
}

/** The reservoir of a compile request (the fill's sign is checked by the compile, with its code). */
export function readReservoir(r: Reader, u: unknown, path: string): ReservoirFill | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const fill = quantityOf(r, field(r, o, 'fill', path, true), at(path, 'fill'), 'volume', 'any');
  const filledAt = clockSeconds(r, field(r, o, 'filledAt', path, true), at(path, 'filledAt'));
  const drugs = readDrugs(r, field(r, o, 'drugs', path, true), at(path, 'drugs'));
  const on = field(r, o, 'filledOn', path, false);
  const filledOn = on === undefined ? undefined : oneOf(r, on, at(path, 'filledOn'), WEEKDAYS);
  if (fill === undefined || filledAt === undefined || drugs === undefined || (on !== undefined && filledOn === undefined)) return undefined;
  return sealed(filledOn === undefined ? { fill, filledAt, drugs } : { fill, filledAt, filledOn, drugs });
}

function readPeriodic(r: Reader, u: unknown, p: string): PeriodicBolusRx | undefined {
  const o = record(r, u, p);
  if (o === undefined) return undefined;
  const start = clockSeconds(r, field(r, o, 'start', p, true), at(p, 'start'));
  const dose = quantityOf(r, field(r, o, 'dose', p, true), at(p, 'dose'), 'mass', 'nonNegative');
  const duration = quantityOf(r, field(r, o, 'duration', p, true), at(p, 'duration'), 'time', 'positive');
  if (start === undefined || dose === undefined || duration === undefined) return undefined;
  if (A.compare(duration.base, DAY) >= 0) return fail(r, at(p, 'duration'), 'a periodic bolus must last less than 24 h', 'BOLUS_TOO_LONG');
  return sealed({ start, dose, duration });
}

function readPatientBolus(r: Reader, u: unknown, p: string): PatientBolusRx | undefined {
  const o = record(r, u, p);
  if (o === undefined) return undefined;
  const dose = quantityOf(r, field(r, o, 'dose', p, true), at(p, 'dose'), 'mass', 'nonNegative');
  const duration = quantityOf(r, field(r, o, 'duration', p, true), at(p, 'duration'), 'time', 'positive');
  const lockout = quantityOf(r, field(r, o, 'lockout', p, true), at(p, 'lockout'), 'time', 'positive');
  const maxPerDay = count(r, field(r, o, 'maxPerDay', p, true), at(p, 'maxPerDay'));
  if (dose === undefined || duration === undefined || lockout === undefined || maxPerDay === undefined) return undefined;
  if (A.compare(lockout.base, duration.base) < 0) return fail(r, at(p, 'lockout'), 'the lockout must be at least the bolus duration', 'LOCKOUT_SHORTER_THAN_DURATION');
  if (maxPerDay === 0n) return fail(r, at(p, 'maxPerDay'), 'maxPerDay 0 would allow no patient bolus, and a pump or a reader that takes 0 as "no cap" would get no bound at all: to prescribe no patient bolus, omit patientBolus', 'MAX_PER_DAY_ZERO');
  return sealed({ dose, duration, lockout, maxPerDay });
}

/** A continuous dose or sorted flex steps from 00:00 (the basal of a daily therapy or of one weekday). */
function readBasal(r: Reader, bo: object, bp: string): ContinuousBasal | FlexBasal | undefined {
  const mode = oneOf(r, field(r, bo, 'mode', bp, true), at(bp, 'mode'), ['continuous', 'flex']);
  if (mode === 'continuous') {
    const dose = quantityOf(r, field(r, bo, 'dose', bp, true), at(bp, 'dose'), 'doseRate', 'nonNegative');
    return dose === undefined ? undefined : sealed({ mode, dose });
  }
  if (mode !== 'flex') return undefined;
  let previous: bigint | undefined;
  const steps = list(r, field(r, bo, 'steps', bp, true), at(bp, 'steps'), MAX_PER_DAY_ENTRIES, true, (v, p) => {
    const so = record(r, v, p);
    if (so === undefined) return undefined;
    const start = clockSeconds(r, field(r, so, 'start', p, true), at(p, 'start'));
    const dose = quantityOf(r, field(r, so, 'dose', p, true), at(p, 'dose'), 'doseRate', 'nonNegative');
    if (start === undefined || dose === undefined) return undefined;
    if (previous === undefined && start !== 0n) return fail(r, at(p, 'start'), 'the first flex step starts at 00:00', 'FIRST_STEP_NOT_MIDNIGHT');
    if (previous !== undefined && start <= previous) return fail(r, at(p, 'start'), 'flex steps are in strictly increasing clock order', 'STEPS_NOT_SORTED');
    previous = start;
    return sealed({ start, dose });
  });
  return steps === undefined ? undefined : sealed({ mode, steps });
}

/** The periodic boluses of a daily therapy or of one weekday: at most 48, each under 24 h. */
const readPeriodicList = (r: Reader, u: unknown, path: string): readonly PeriodicBolusRx[] | undefined =>
  list(r, u, path, MAX_PER_DAY_ENTRIES, false, (v, p) => readPeriodic(r, v, p));

/** A week program's seven days (REQ-WEEK-001): each `{ basal, periodicBoluses }`, every weekday present. */
function readWeek(r: Reader, bo: object, bp: string): WeekBasal | undefined {
  const dp = at(bp, 'days');
  const days = record(r, field(r, bo, 'days', bp, true), dp);
  if (days === undefined) return undefined;
  const out: Record<string, DayTherapy> = {};
  for (const d of WEEKDAYS) {
    const p = at(dp, d);
    const o = record(r, field(r, days, d, dp, true), p);
    if (o === undefined) return undefined;
    const bpd = at(p, 'basal');
    const b = record(r, field(r, o, 'basal', p, true), bpd);
    const basal = b === undefined ? undefined : readBasal(r, b, bpd);
    const periodicBoluses = readPeriodicList(r, field(r, o, 'periodicBoluses', p, true), at(p, 'periodicBoluses'));
    if (basal === undefined || periodicBoluses === undefined) return undefined;
    out[d] = sealed({ basal, periodicBoluses });
  }
  return sealed<WeekBasal>({ mode: 'week', days: sealed(out as WeekBasal['days']) });
}

/** The therapy: a continuous dose or sorted flex steps from 00:00, or a week program of seven such days; periodic boluses under 24 h, a patient bolus whose lockout covers it. */
export function readTherapy(r: Reader, u: unknown, path: string): Therapy | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const drug = drugName(r, field(r, o, 'drug', path, true), at(path, 'drug'));
  const b = field(r, o, 'basal', path, true);
  const bp = at(path, 'basal');
  const bo = b === undefined ? undefined : record(r, b, bp);
  if (drug === undefined || bo === undefined) return undefined;
  const week = field(r, bo, 'mode', bp, true) === 'week';
  const basal: Therapy['basal'] | undefined = week ? readWeek(r, bo, bp) : readBasal(r, bo, bp);
  const periodicBoluses = readPeriodicList(r, field(r, o, 'periodicBoluses', path, true), at(path, 'periodicBoluses'));
  if (week && periodicBoluses !== undefined && periodicBoluses.length > 0) return fail(r, at(path, 'periodicBoluses'), 'a week program gives its periodic boluses per weekday');
  const pbRaw = field(r, o, 'patientBolus', path, false);
  const patientBolus = pbRaw === undefined ? undefined : readPatientBolus(r, pbRaw, at(path, 'patientBolus'));
  if (basal === undefined || periodicBoluses === undefined || (pbRaw !== undefined && patientBolus === undefined)) return undefined;
  return sealed({ drug, basal, periodicBoluses, patientBolus } as Therapy);
}

/** The previous prescription: a dose rate ≥ 0 and a time > 0. */
export function readTitration(r: Reader, u: unknown, path: string): Titration | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const previousDose = quantityOf(r, field(r, o, 'previousDose', path, true), at(path, 'previousDose'), 'doseRate', 'nonNegative');
  const since = quantityOf(r, field(r, o, 'since', path, true), at(path, 'since'), 'time', 'positive');
  return previousDose === undefined || since === undefined ? undefined : sealed({ previousDose, since });
}

/** The prescriber's ceilings: drug names (never prototype names) to `{ maxDaily? }` with maxDaily > 0. */
export function readLimits(r: Reader, u: unknown, path: string): Readonly<Record<string, DrugLimits>> | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const keys = Reflect.ownKeys(o);
  if (keys.length > MAX_DRUG_ENTRIES) return fail(r, path, `at most ${MAX_DRUG_ENTRIES} drugs`, 'INPUT_TOO_LARGE');
  const out = Object.create(null) as Record<string, DrugLimits>;
  for (const k of keys) {
    if (!isDrugName(k)) return fail(r, path, 'every key of limits is a drug name (lower case, not a reserved name)');
    const d = ownData(o, k);
    const p = at(path, k);
    if (!d.present || !d.data) return fail(r, p, 'an accessor; only data properties are read');
    const lo = record(r, d.value, p);
    if (lo === undefined) return undefined;
    const m = field(r, lo, 'maxDaily', p, false);
    if (m === undefined) {
      out[k] = sealed({});
      continue;
    }
    const maxDaily = quantityOf(r, m, at(p, 'maxDaily'), 'doseRate', 'positive');
    if (maxDaily === undefined) return undefined;
    out[k] = sealed({ maxDaily });
  }
  return Object.freeze(out);
}

/** The dimension of the `upTo` of an override of each limit. */
const OVERRIDE_DIMENSIONS = { maxDaily: 'doseRate', maxConcentration: 'concentration', maxBolus: 'mass' } as const;

/**
 * The overrides: at most 100 `{ code, drug, limit, upTo, reason }`, `upTo` a
 * positive quantity of the limit's dimension (what they mean is
 * checkDoseLimits' question).
 */
export function readOverrides(r: Reader, u: unknown, path: string): readonly Override[] | undefined {
  return list(r, u, path, MAX_OVERRIDES, false, (v, p) => {
    const o = record(r, v, p);
    if (o === undefined) return undefined;
    const code = text(r, field(r, o, 'code', p, true), at(p, 'code'), 64);
    const drug = text(r, field(r, o, 'drug', p, true), at(p, 'drug'), 64);
    const limit = oneOf(r, field(r, o, 'limit', p, true), at(p, 'limit'), ['maxDaily', 'maxConcentration', 'maxBolus'] as const);
    const upTo = limit === undefined ? undefined : quantityOf(r, field(r, o, 'upTo', p, true), at(p, 'upTo'), OVERRIDE_DIMENSIONS[limit], 'positive');
    const reason = text(r, field(r, o, 'reason', p, true), at(p, 'reason'), MAX_REASON_LENGTH);
    return code === undefined || drug === undefined || limit === undefined || upTo === undefined || reason === undefined
      ? undefined : sealed({ code, drug, limit, upTo, reason } as Override);
  });
}

/** The fields of a compile request (also the compile part of prime and clock-change). */
export function readCompileFields(r: Reader, o: object): CompileRequest | undefined {
  const pump = readPump(r, field(r, o, 'pump', '', true), 'pump');
  const reservoir = readReservoir(r, field(r, o, 'reservoir', '', true), 'reservoir');
  const therapy = readTherapy(r, field(r, o, 'therapy', '', true), 'therapy');
  const t = field(r, o, 'titration', '', false);
  const titration = t === undefined ? undefined : readTitration(r, t, 'titration');
  const limits = readLimits(r, field(r, o, 'limits', '', true), 'limits');
  const overrides = readOverrides(r, field(r, o, 'overrides', '', true), 'overrides');
  if (r.bad !== undefined || pump === undefined || reservoir === undefined || therapy === undefined || limits === undefined || overrides === undefined) return undefined;
  return sealed({ pump, reservoir, therapy, titration, limits, overrides } as CompileRequest);
}

/** The catheter: a volume, or a length with a volume per length; every value > 0. */
export function readCatheter(r: Reader, u: unknown, path: string): CatheterInput | undefined {
  const o = record(r, u, path);
  if (o === undefined) return undefined;
  const v = field(r, o, 'volume', path, false);
  const l = field(r, o, 'length', path, false);
  const vpl = field(r, o, 'volumePerLength', path, false);
  if (v !== undefined) {
    if (l !== undefined || vpl !== undefined) return fail(r, path, 'give the catheter either "volume" or "length" with "volumePerLength", not both', 'INVALID_VALUE');
    const volume = quantityOf(r, v, at(path, 'volume'), 'volume', 'nonNegative');
    return volume === undefined ? undefined : sealed({ volume });
  }
  const length = quantityOf(r, l, at(path, 'length'), 'length', 'nonNegative');
  const volumePerLength = quantityOf(r, vpl, at(path, 'volumePerLength'), 'volumePerLength', 'nonNegative');
  return length === undefined || volumePerLength === undefined ? undefined : sealed({ length, volumePerLength });
}

/** A flow of the old fluid and similar: a quantity used as given. */
export type AnyFlow = Quantity<'flow', Exact>;
