import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import type { DailyProgram } from '../../kernel/DailyProgram.js';
import type { PeakFlow } from '../../kernel/peakFlow.js';
import { compareFractions, type Fraction } from '../../kernel/_internals/fraction.js';
import { printExact } from '../../quantity/_internals/printExact.js';
import { quantity } from '../../quantity/Quantity.js';
import { quotientUpForUpperBound } from '../../rounding/directedRounding.js';
import type { ProgrammableParams } from './ProgrammableParams.js';
import { WEEKDAYS } from '../../request/Weekday.js';
import { isWeekProgram } from './isWeekProgram.js';

const perHour = (f: Fraction<Exact>): string => printExact(quantity('flow', quotientUpForUpperBound(A, f.num, f.den, A.one).value), 'mL/h', 'up').text;
/** `HH:MM`, or `HH:MM:SS` off the minute, for a clock time in seconds after midnight (a whole number). */
const dayClock = (t: Exact): string => {
  const two = (x: Exact): string => A.toDecimalString(x).padStart(2, '0');
  const hours = A.floorDiv(t, A.fromInteger(3600n));
  const rest = A.sub(t, A.mul(hours, A.fromInteger(3600n)));
  const minutes = A.floorDiv(rest, A.fromInteger(60n));
  const seconds = A.sub(rest, A.mul(minutes, A.fromInteger(60n)));
  return `${two(hours)}:${two(minutes)}${A.compare(seconds, A.zero) === 0 ? '' : `:${two(seconds)}`}`;
};

/** The instant `t` of the program's period: a clock time, preceded by its weekday in a week program (REQ-WEEK-001). */
function clockIn(program: DailyProgram<Exact>, t: Exact): string {
  if (!isWeekProgram(program)) return dayClock(t);
  const day = A.fromInteger(86_400n);
  const k = A.floorDiv(t, day);
  const weekday = WEEKDAYS.find((_, i) => A.compare(A.fromInteger(BigInt(i)), k) === 0) ?? '';
  return `${weekday} ${dayClock(A.sub(t, A.mul(k, day)))}`;
}

/**
 * CONCURRENT_FLOW_ABOVE_MAXIMUM when the flows a program can run at once
 * (`peakFlow`: the basal step, the periodic boluses running, a patient bolus
 * started at the worst moment) add up to more than the pump can deliver: the
 * larger of its maximum rate and its maximum bolus rate. The figures of such a
 * program would describe a delivery the device cannot make, so it is refused
 * (never clamped), naming the instant and the flows. `peak` is the
 * program's `peakFlow`, computed by the caller (on the compile's kernel path).
 *
 * Implements REQ-LIMIT-120.
 */
export function concurrentFlowErrors(program: DailyProgram<Exact>, peak: PeakFlow<Exact>, pump: ProgrammableParams): EngineError[] {
  const most = A.compare(pump.maxRate, pump.maxBolusRate) >= 0 ? pump.maxRate : pump.maxBolusRate;
  if (compareFractions(A, peak.flow, { num: most, den: A.one }) <= 0) return [];
  const parts = [
    `basal ${perHour({ num: peak.basal, den: A.one })}`,
    ...peak.periodic.map((i) => {
      const b = program.periodicBoluses[i];
      return b === undefined ? '' : `the periodic bolus from ${clockIn(program, b.start)} (${perHour({ num: b.volume, den: b.duration })})`;
    }).filter((p) => p !== ''),
    ...(peak.patient === undefined ? [] : [`a patient bolus (${perHour(peak.patient)})`]),
  ];
  return [engineError('CONCURRENT_FLOW_ABOVE_MAXIMUM', 'therapy',
    `at ${clockIn(program, peak.at)} the program can ask for ${perHour(peak.flow)} at once (${parts.join(' + ')}), more than the pump delivers (${printExact(quantity('flow', most), 'mL/h', 'down').text}); refused, not clamped`)];
}
