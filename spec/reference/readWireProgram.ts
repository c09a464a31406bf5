import { parseWireClock } from './parseWireClock.js';
import { parseWireQuantity } from './parseWireQuantity.js';
import { Rational } from './Rational.js';
import { DAY, type ReferenceProgram } from './ReferenceProgram.js';
import type { WireDailyProgram } from './WireDailyProgram.js';

/**
 * Reads a wire-form daily program into the reference's units, checking the
 * shape the model relies on (steps sorted from 00:00, positive bolus
 * durations shorter than a day, a patient bolus no longer than its lockout,
 * `maxPerDay` a non-negative integer). Throws when the shape is wrong.
 *
 * @example
 * import { readWireProgram } from './readWireProgram.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [] });
 * p.steps[0]?.end.toString(); // "86400"
 *
 * Implements REQ-REF-003.
 * @since 0.1.0
 */
export function readWireProgram(wire: WireDailyProgram): ReferenceProgram {
  const starts = wire.steps.map((s) => parseWireClock(s.start));
  if (starts.length === 0 || !(starts[0] ?? DAY).isZero()) throw new RangeError('reference: the first step must start at 00:00');
  const steps = wire.steps.map((s, i) => {
    const start = starts[i] ?? DAY;
    const end = starts[i + 1] ?? DAY;
    if (!start.lt(end)) throw new RangeError('reference: steps must be strictly increasing');
    const rate = parseWireQuantity(s.rate, 'flow');
    if (rate.lt(Rational.ZERO)) throw new RangeError('reference: negative rate');
    return { start, end, rate };
  });
  const periodicBoluses = wire.periodicBoluses.map((b) => {
    const duration = parseWireQuantity(b.duration, 'time');
    if (!duration.gt(Rational.ZERO) || !duration.lt(DAY)) throw new RangeError('reference: a periodic bolus lasts more than 0 and less than 24 h');
    return { start: parseWireClock(b.start), volume: parseWireQuantity(b.volume, 'volume'), duration };
  });
  const pb = wire.patientBolus;
  if (pb === undefined) return { steps, periodicBoluses };
  const duration = parseWireQuantity(pb.duration, 'time');
  const lockout = parseWireQuantity(pb.lockout, 'time');
  if (!duration.gt(Rational.ZERO) || lockout.lt(duration)) throw new RangeError('reference: a patient bolus needs 0 < duration <= lockout');
  if (!Number.isSafeInteger(pb.maxPerDay) || pb.maxPerDay < 0) throw new RangeError('reference: maxPerDay must be a non-negative integer');
  return { steps, periodicBoluses, patientBolus: { volume: parseWireQuantity(pb.volume, 'volume'), duration, lockout, maxPerDay: pb.maxPerDay } };
}
