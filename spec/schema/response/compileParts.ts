import { WEEKDAYS } from '../../../core/index.js';
import { array, boolean, byName, clockText, integer, nullable, object, oneOf, quantityText, text } from './Shape.js';

/** A weekday of a week program. @since 0.1.0 */
export const WEEKDAY = oneOf(WEEKDAYS, 'a weekday of a week program');

// The parts of a compile answer, which bridge, prime and clock-change repeat (REQ-SCHEMA-002).

/** One step of a daily program: its clock start and flow. @since 0.1.0 */
export const STEP = object({ start: clockText, rate: quantityText('flow', 'the flow in mL/day'), ratePerHour: quantityText('flow', 'the same flow in mL/h, for read-back') }, { weekday: WEEKDAY });

/** One periodic bolus of a daily program. @since 0.1.0 */
export const PERIODIC_BOLUS = object({ start: clockText, volume: quantityText('volume'), duration: quantityText('time') }, { weekday: WEEKDAY });

/** The patient bolus as the pump runs it. @since 0.1.0 */
export const PATIENT_BOLUS = object({ volume: quantityText('volume'), duration: quantityText('time'), lockout: quantityText('time'), maxPerDay: integer('most patient boluses in any 24 h') });

/** The daily program fields (`program`, and `program.newProgram` of bridge, without its `after`). @since 0.1.0 */
export const PROGRAM_FIELDS = { steps: array(STEP), periodicBoluses: array(PERIODIC_BOLUS) } as const;
/** The optional daily program fields. @since 0.1.0 */
export const PROGRAM_OPTIONAL = {
  period: quantityText('time', 'a week program: "168 h" (a daily program has no period field)'),
  patientBolus: PATIENT_BOLUS,
  concentrations: byName(quantityText('concentration'), 'fixed-rate pumps: the concentration to compound, per drug'),
} as const;

/** The compiled daily program. @since 0.1.0 */
export const PROGRAM = object(PROGRAM_FIELDS, PROGRAM_OPTIONAL);

/** One drug's doses: per day, and the worst and least of any 24 h. @since 0.1.0 */
export const DRUG_DOSES = object({
  concentration: quantityText('concentration'),
  perDay: quantityText('mass', 'the program\'s daily dose, printed down'),
  worst24h: quantityText('mass', 'the most of any 24 h window, patient boluses taken at the worst moments; printed up'),
  least24h: quantityText('mass', 'the least of any 24 h window; printed down'),
}, {
  perWeekday: object(Object.fromEntries(WEEKDAYS.map((d) => [d, quantityText('mass')])) as Record<(typeof WEEKDAYS)[number], ReturnType<typeof quantityText>>),
});

/** Every drug's doses, by drug. @since 0.1.0 */
export const DOSES = byName(DRUG_DOSES, 'per drug of the reservoir');

/** Reservoir times; null when the pump never reaches the point. @since 0.1.0 */
export const RESERVOIR = object({
  lowAlarmAfter: nullable(quantityText('time')),
  emptyAfter: nullable(quantityText('time')),
  refillWithin: nullable(quantityText('time')),
  refillBoundBy: text('what bounds refillWithin: the low-reservoir alarm or a drug\'s stability limit (with its source)'),
}, {
  filledOn: WEEKDAY,
  refillByWeekday: nullable(WEEKDAY),
});

/** One rounding the engine applied, with its direction and why. @since 0.1.0 */
export const ROUNDING = object({
  what: text('the output field rounded'),
  from: text('the exact value before rounding'),
  to: text('the value after rounding'),
  direction: oneOf(['toward less drug', 'up (upper bound)', 'down (lower bound)', 'earlier'] as const),
  why: text('why'),
});

const CONFIDENCE = oneOf(['label', 'guideline', 'unverified', 'other', 'cited', 'approximate', 'engine'] as const);
const REGION = oneOf(['US', 'EU'] as const);

/** One limit checked, with its source and outcome. @since 0.1.0 */
export const LIMIT_APPLIED = object({
  drug: text('the drug'),
  strength: oneOf(['absolute', 'hard', 'soft', 'prescriber'] as const),
  kind: oneOf(['maxDaily', 'maxConcentration', 'maxBolus'] as const),
  limit: text('"<strength> <kind>"'),
  value: text('the limit in wire form'),
  checked: text('the value compared, in wire form'),
  margin: text('value − checked, in the unit of checked; negative when exceeded'),
  source: text('where the limit comes from'),
  confidence: oneOf(['label', 'guideline', 'unverified', 'other', 'cited', 'approximate', 'engine', 'prescriber'] as const),
  outcome: oneOf(['within', 'exceeded', 'overridden'] as const),
}, { region: REGION, overrideReason: text('the override\'s reason'), note: text('why the verdict is not the plain comparison') });

/** One part of a titration rule as checked. @since 0.1.0 */
export const TITRATION_CHECK = object({
  what: oneOf(['maxIncrease', 'maxIncreasePercent', 'minInterval'] as const),
  value: text('the rule\'s number'),
  checked: text('the change\'s'),
  source: text('source'),
  breached: boolean('the change breaks this part'),
});

/** A titration rule applied. @since 0.1.0 */
export const TITRATION = object({
  drug: text('the drug'),
  strength: oneOf(['hard', 'advisory'] as const),
  rule: text('the rule'),
  source: text('source'),
  confidence: CONFIDENCE,
  checks: array(TITRATION_CHECK),
  outcome: oneOf(['within', 'exceeded', 'not-an-increase'] as const),
}, { region: REGION });

/** The worst and least 24 h of a drug at the catheter tip (bridge, prime, clock-change). @since 0.1.0 */
export const WORST_LEAST = object({ worst24h: quantityText('mass', 'printed up'), least24h: quantityText('mass', 'printed down') });
