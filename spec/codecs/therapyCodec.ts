import type * as t from 'io-ts';
import { decimalArithmetic as A, INPUT_BOUNDS, WEEKDAYS, type ContinuousBasal, type DayTherapy, type FlexBasal, type PatientBolusRx, type PeriodicBolusRx, type Therapy, type Weekday } from '../../core/index.js';
import { arrayCodec } from './arrayCodec.js';
import { clockTimeCodec } from './clockTimeCodec.js';
import { codedError } from './codedError.js';
import { contextAt } from './contextAt.js';
import { countCodec } from './countCodec.js';
import { discriminatedStrictObject } from './discriminatedStrictObject.js';
import { drugNameCodec } from './drugNameCodec.js';
import { enumCodec } from './enumCodec.js';
import { mapCodec } from './mapCodec.js';
import { peek } from './peek.js';
import { quantityCodec } from './quantityCodec.js';
import { rawAt } from './rawAt.js';
import { strictObject } from './strictObject.js';
import { withCheck } from './withCheck.js';
import type { WireCodec } from './WireCodec.js';
import { MAX_PER_DAY_ENTRIES } from '../../core/request/bounds.js';

/** Most flex steps or periodic boluses in one day (one per minute; defined once, in core/request/bounds.ts). */
export { MAX_PER_DAY_ENTRIES };

const ONE_DAY = A.fromInteger(86_400n);
const doseRate = quantityCodec('doseRate', 'positive', INPUT_BOUNDS.doseRate);
const mass = quantityCodec('mass', 'positive', INPUT_BOUNDS.mass);
const duration = quantityCodec('time', 'positive');
/** A patient bolus duration or lockout: at most a week (an engine bound). */
const patientTime = quantityCodec('time', 'positive', INPUT_BOUNDS.lockout);

const periodicDuration = withCheck(duration, (u, c) => {
  const d = peek(duration, u);
  return d !== undefined && A.compare(d.base, ONE_DAY) >= 0
    ? [codedError(u, c, 'BOLUS_TOO_LONG', `a periodic bolus must last less than 24 h (got "${String(u)}"); it is given every day`)]
    : [];
});

const periodicBoluses = arrayCodec<PeriodicBolusRx>(
  strictObject('PeriodicBolus', { start: clockTimeCodec, dose: mass, duration: periodicDuration }),
  { nonEmpty: false, maxLength: MAX_PER_DAY_ENTRIES },
);

function lockoutCoversBolus(u: unknown, c: t.Context): t.Errors {
  const d = peek(patientTime, rawAt(u, ['duration']));
  const l = peek(patientTime, rawAt(u, ['lockout']));
  if (d === undefined || l === undefined || A.compare(l.base, d.base) >= 0) return [];
  return [codedError(rawAt(u, ['lockout']), contextAt(c, ['lockout']), 'LOCKOUT_SHORTER_THAN_DURATION',
    `the lockout (${String(rawAt(u, ['lockout']))}) must be at least the bolus duration (${String(rawAt(u, ['duration']))})`)];
}

/** `maxPerDay: 0` is refused (MAX_PER_DAY_ZERO): "none" is said by omitting patientBolus, never by a 0 that may read as "no cap". */
const maxPerDay: WireCodec<bigint> = withCheck(countCodec, (u, c) => (u === 0
  ? [codedError(u, c, 'MAX_PER_DAY_ZERO', 'maxPerDay 0 would allow no patient bolus, and a pump or a reader that takes 0 as "no cap" would get no bound at all: to prescribe no patient bolus, omit patientBolus')]
  : []));

const patientBolus: WireCodec<PatientBolusRx> = withCheck(
  strictObject('PatientBolus', { dose: mass, duration: patientTime, lockout: patientTime, maxPerDay }),
  lockoutCoversBolus,
);

function stepsInOrder(u: unknown, c: t.Context): t.Errors {
  if (!Array.isArray(u) || u.length === 0 || u.length > MAX_PER_DAY_ENTRIES) return [];
  const errors: t.Errors = [];
  let previous: bigint | undefined;
  for (let i = 0; i < u.length; i += 1) {
    const start = peek(clockTimeCodec, rawAt(u, [i, 'start']));
    if (start === undefined) continue;
    if (i === 0 && start !== 0n) {
      errors.push(codedError(rawAt(u, [0, 'start']), contextAt(c, [0, 'start']), 'FIRST_STEP_NOT_MIDNIGHT', 'the first flex step starts at "00:00"'));
    }
    if (previous !== undefined && start <= previous) {
      errors.push(codedError(rawAt(u, [i, 'start']), contextAt(c, [i, 'start']), 'STEPS_NOT_SORTED',
        `flex steps are in strictly increasing clock order; "${String(rawAt(u, [i, 'start']))}" is not after the step before`));
    }
    previous = start;
  }
  return errors;
}

const steps = withCheck(
  arrayCodec(strictObject('FlexStep', { start: clockTimeCodec, dose: doseRate }), { nonEmpty: true, maxLength: MAX_PER_DAY_ENTRIES }),
  stepsInOrder,
);

const common = { periodicBoluses, patientBolus };

/** One weekday of a week program: a continuous dose or flex steps from 00:00, and that day's periodic boluses. */
const weekDay = discriminatedStrictObject('WeekDay', 'mode', {
  continuous: strictObject('ContinuousDay', { mode: enumCodec(['continuous']), dose: doseRate }, { periodicBoluses }),
  flex: strictObject('FlexDay', { mode: enumCodec(['flex']), steps }, { periodicBoluses }),
});

/** All seven weekdays, each required (a week program with a day left out is MISSING_FIELD there). */
const days = strictObject('WeekDays', {
  monday: weekDay, tuesday: weekDay, wednesday: weekDay, thursday: weekDay, friday: weekDay, saturday: weekDay, sunday: weekDay,
});

const wireTherapy = discriminatedStrictObject('Therapy', 'mode', {
  continuous: strictObject('ContinuousTherapy', { mode: enumCodec(['continuous']), drug: drugNameCodec, dose: doseRate }, common),
  flex: strictObject('FlexTherapy', { mode: enumCodec(['flex']), drug: drugNameCodec, steps }, common),
  week: strictObject('WeekTherapy', { mode: enumCodec(['week']), drug: drugNameCodec, days }, { patientBolus }),
});

type WireDay = { readonly mode: 'continuous'; readonly dose: ContinuousBasal['dose']; readonly periodicBoluses?: readonly PeriodicBolusRx[] }
  | { readonly mode: 'flex'; readonly steps: FlexBasal['steps']; readonly periodicBoluses?: readonly PeriodicBolusRx[] };

/** A decoded weekday as the engine reads it. */
const dayTherapy = (w: WireDay): DayTherapy => ({
  basal: w.mode === 'continuous' ? { mode: 'continuous', dose: w.dose } : { mode: 'flex', steps: w.steps },
  periodicBoluses: w.periodicBoluses ?? [],
});

/** The decoded basal of a wire therapy. */
function basalOf(w: { readonly mode: 'continuous'; readonly dose: ContinuousBasal['dose'] } | { readonly mode: 'flex'; readonly steps: FlexBasal['steps'] } | { readonly mode: 'week'; readonly days: { readonly [D in Weekday]: WireDay } }): Therapy['basal'] {
  if (w.mode === 'continuous') return { mode: 'continuous', dose: w.dose };
  if (w.mode === 'flex') return { mode: 'flex', steps: w.steps };
  const out = {} as Record<Weekday, DayTherapy>;
  for (const d of WEEKDAYS) out[d] = dayTherapy(w.days[d]);
  return { mode: 'week', days: out };
}

/**
 * The `therapy` of a request. `mode` chooses the basal form: `continuous`
 * takes `dose` (a dose rate), `flex` takes `steps` (non-empty, each
 * `{ start, dose }`, the first at `00:00`: `FIRST_STEP_NOT_MIDNIGHT`, starts
 * strictly increasing: `STEPS_NOT_SORTED`); the other mode's field is an
 * `UNKNOWN_FIELD`. Optional `periodicBoluses` (`{ start, dose, duration }`,
 * duration under 24 h: `BOLUS_TOO_LONG`) and `patientBolus`
 * (`{ dose, duration, lockout, maxPerDay }`, lockout at least the duration:
 * `LOCKOUT_SHORTER_THAN_DURATION`; `maxPerDay` 0 is `MAX_PER_DAY_ZERO`: omit
 * `patientBolus` to prescribe none). Every dose and duration is > 0
 * (`NOT_POSITIVE`) and bounded (`QUANTITY_ABOVE_BOUND`, engine bounds: dose
 * rates 40000 mg/day, bolus doses 40000 mg, the patient bolus lockout and
 * duration 7 day); `maxPerDay` is at most 1440 (`INVALID_INTEGER`); steps and
 * periodic boluses at most 1440 each (`INPUT_TOO_LARGE`). Whether `drug` is in
 * the reservoir is checked by the request codec.
 *
 * `mode: "week"` (an extension, REQ-WEEK-001) takes `days`: all seven weekdays
 * `monday` … `sunday` (each required), each `{ mode: "continuous", dose }` or
 * `{ mode: "flex", steps }` with that day's optional `periodicBoluses`, under
 * the same rules and bounds as a daily therapy; `patientBolus` is shared; a
 * top-level `periodicBoluses` is an `UNKNOWN_FIELD`.
 *
 * @example
 * import { therapyCodec } from './therapyCodec.js';
 * therapyCodec.decode({ mode: 'continuous', drug: 'morphine', dose: '3 mg/day' });
 * // Right({ drug: 'morphine', basal: { mode: 'continuous', dose: 3000000 ng/day }, periodicBoluses: [] })
 * therapyCodec.decode({ mode: 'flex', drug: 'morphine', steps: [{ start: '08:00', dose: '3 mg/day' }] });
 * // Left: FIRST_STEP_NOT_MIDNIGHT at "steps.0.start"
 *
 * Implements REQ-WIRE-001, REQ-WIRE-002, REQ-WIRE-005, REQ-WIRE-008 (flex steps), REQ-WIRE-011 (bolus rules), REQ-BOUND-001, REQ-BOUND-002, REQ-LIMIT-107, REQ-WEEK-001.
 * @since 0.1.0
 */
export const therapyCodec: WireCodec<Therapy> = mapCodec(wireTherapy, (w): Therapy => ({
  drug: w.drug,
  basal: basalOf(w),
  periodicBoluses: w.mode === 'week' ? [] : (w.periodicBoluses ?? []),
  ...(w.patientBolus === undefined ? {} : { patientBolus: w.patientBolus }),
}));
