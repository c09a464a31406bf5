import { parseWireClock } from './parseWireClock.js';
import { parseWireQuantity } from './parseWireQuantity.js';
import { Rational } from './Rational.js';
import { DAY, WEEK, type ReferenceProgram } from './ReferenceProgram.js';
import { readWireProgram } from './readWireProgram.js';
import type { WireDailyProgram } from './WireDailyProgram.js';

/**
 * A week program in wire form, the shape `compile` puts in its response's
 * `program` field for a week program: `period` "168 h", every step and
 * periodic bolus with its `weekday` and the clock time within that day.
 *
 * Implements REQ-REF-003, REQ-WEEK-004.
 * @since 0.1.0
 */
export interface WireWeekProgram {
  readonly period: string;
  readonly steps: readonly { readonly weekday: string; readonly start: string; readonly rate: string }[];
  readonly periodicBoluses: readonly { readonly weekday: string; readonly start: string; readonly volume: string; readonly duration: string }[];
  readonly patientBolus?: WireDailyProgram['patientBolus'];
}

/** The reference's own list of the days of the week, Monday first. */
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Seconds from Monday 00:00 of a weekday and a clock time within it. */
function weekTime(weekday: string, start: string): Rational {
  const k = DAYS.indexOf(weekday);
  if (k < 0) throw new RangeError(`reference: "${weekday}" is not a weekday`);
  return DAY.mul(Rational.of(BigInt(k))).add(parseWireClock(start));
}

/**
 * Reads a wire-form week program into the reference's units: a program of
 * period a week whose steps and boluses start at their weekday's offset from
 * Monday 00:00. Checks the shape the model relies on (period 168 h, steps
 * strictly increasing from Monday 00:00, bolus durations in (0, 24 h)); the
 * patient bolus is read as for a daily program. Throws when the shape is
 * wrong.
 *
 * @example
 * import { readWireWeekProgram } from './readWireWeekProgram.js';
 * const p = readWireWeekProgram({ period: '168 h', steps: [{ weekday: 'monday', start: '00:00', rate: '0.3 mL/day' }, { weekday: 'sunday', start: '12:00', rate: '0.6 mL/day' }], periodicBoluses: [] });
 * p.steps[1]?.start.toString(); // "561600"
 *
 * Implements REQ-REF-003, REQ-WEEK-002.
 * @since 0.1.0
 */
export function readWireWeekProgram(wire: WireWeekProgram): ReferenceProgram {
  if (!parseWireQuantity(wire.period, 'time').eq(WEEK)) throw new RangeError('reference: a week program has a period of 168 h');
  const starts = wire.steps.map((s) => weekTime(s.weekday, s.start));
  if (starts.length === 0 || !(starts[0] ?? WEEK).isZero()) throw new RangeError('reference: the first step must start on Monday at 00:00');
  const steps = wire.steps.map((s, i) => {
    const start = starts[i] ?? WEEK;
    const end = starts[i + 1] ?? WEEK;
    if (!start.lt(end)) throw new RangeError('reference: steps must be strictly increasing through the week');
    return { start, end, rate: parseWireQuantity(s.rate, 'flow') };
  });
  const periodicBoluses = wire.periodicBoluses.map((b) => {
    const duration = parseWireQuantity(b.duration, 'time');
    if (!duration.gt(Rational.ZERO) || !duration.lt(DAY)) throw new RangeError('reference: a periodic bolus lasts more than 0 and less than 24 h');
    return { start: weekTime(b.weekday, b.start), volume: parseWireQuantity(b.volume, 'volume'), duration };
  });
  const pb = wire.patientBolus === undefined ? undefined : readWireProgram({ steps: [{ start: '00:00', rate: '0 mL/day' }], periodicBoluses: [], patientBolus: wire.patientBolus }).patientBolus;
  return pb === undefined ? { steps, periodicBoluses, period: WEEK } : { steps, periodicBoluses, patientBolus: pb, period: WEEK };
}
