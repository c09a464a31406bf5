import fc from 'fast-check';
import { decimalArithmetic as A, WEEKDAYS, type DailyProgram, type Exact } from '../../core/index.js';
import type { WireDailyProgram } from '../../spec/reference/WireDailyProgram.js';
import type { WireWeekProgram } from '../../spec/reference/readWireWeekProgram.js';
import { engineProgram } from './engineProgram.js';
import { wireDailyProgram } from './wireDailyProgram.js';

/** A week program as seven daily programs (Monday first) and the patient bolus they share. */
export interface WeekCase {
  readonly days: readonly WireDailyProgram[];
  readonly patientBolus?: WireDailyProgram['patientBolus'];
}

/**
 * Random week programs: seven independent random daily programs (their
 * edges: steps at 23:59, zero and neighbouring rates, periodic boluses across
 * midnight, so across Sunday → Monday too) and one patient bolus or none.
 *
 * Implements REQ-FUZZ-003 (generators that reach the edges), REQ-WEEK-002.
 * @since 0.1.0
 */
export const weekCase: fc.Arbitrary<WeekCase> = fc
  .tuple(fc.array(wireDailyProgram, { minLength: 7, maxLength: 7 }), fc.boolean())
  .map(([days, withPatient]) => {
    const pb = days.find((d) => d.patientBolus !== undefined)?.patientBolus;
    const bare = days.map((d) => ({ steps: d.steps, periodicBoluses: d.periodicBoluses }));
    return withPatient && pb !== undefined ? { days: bare, patientBolus: pb } : { days: bare };
  });

/** Seven copies of one daily program (its patient bolus shared). */
export const sameEveryDay = (d: WireDailyProgram): WeekCase => {
  const bare = { steps: d.steps, periodicBoluses: d.periodicBoluses };
  const days = WEEKDAYS.map(() => bare);
  return d.patientBolus === undefined ? { days } : { days, patientBolus: d.patientBolus };
};

/** The week in wire form, as `compile` prints a week program (each step and bolus on its weekday). */
export function wireWeek(w: WeekCase): WireWeekProgram {
  const steps = w.days.flatMap((d, k) => d.steps.map((s) => ({ weekday: WEEKDAYS[k] ?? 'monday', start: s.start, rate: s.rate })));
  const periodicBoluses = w.days.flatMap((d, k) => d.periodicBoluses.map((b) => ({ weekday: WEEKDAYS[k] ?? 'monday', start: b.start, volume: b.volume, duration: b.duration })));
  return w.patientBolus === undefined ? { period: '168 h', steps, periodicBoluses } : { period: '168 h', steps, periodicBoluses, patientBolus: w.patientBolus };
}

/** The week as the engine reads it: each day's program offset by its day from Monday 00:00, period a week. */
export function engineWeek(w: WeekCase): DailyProgram<Exact> {
  const day = A.fromInteger(86_400n);
  const programs = w.days.map((d) => engineProgram(d));
  const shift = (k: number): Exact => A.mul(A.fromInteger(BigInt(k)), day);
  const steps = programs.flatMap((p, k) => p.steps.map((s) => ({ start: A.add(s.start, shift(k)), flow: s.flow })));
  const periodicBoluses = programs.flatMap((p, k) => p.periodicBoluses.map((b) => ({ ...b, start: A.add(b.start, shift(k)) })));
  const pb = w.patientBolus === undefined ? undefined : engineProgram({ steps: [{ start: '00:00', rate: '0 mL/day' }], periodicBoluses: [], patientBolus: w.patientBolus }).patientBolus;
  const period = A.fromInteger(604_800n);
  return pb === undefined ? { steps, periodicBoluses, period } : { steps, periodicBoluses, patientBolus: pb, period };
}
