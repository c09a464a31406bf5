import { decimalArithmetic as A, quantity, type Exact, type PrintDirection } from '../../../core/index.js';
import { printExact } from '../../../core/quantity/_internals/printExact.js';

/** Wire text of a flow in mL/day. */
export const printFlow = (x: Exact, d: PrintDirection = 'down'): string => printExact(quantity('flow', x), 'mL/day', d).text;
/** Wire text of a flow in mL/h (read-back). */
export const printFlowPerHour = (x: Exact, d: PrintDirection = 'down'): string => printExact(quantity('flow', x), 'mL/h', d).text;
/** Wire text of a volume in mL. */
export const printVolume = (x: Exact, d: PrintDirection = 'down'): string => printExact(quantity('volume', x), 'mL', d).text;
/** Wire text of a mass in the given unit. */
export const printMass = (x: Exact, unit: string, d: PrintDirection): string => printExact(quantity('mass', x), unit, d).text;
/** Wire text of a concentration. */
export const printConcentration = (x: Exact, unit: string, d: PrintDirection = 'down'): string => printExact(quantity('concentration', x), unit, d).text;

/** A duration in seconds, in min when whole minutes, h when whole hours, else s. */
export function printDuration(seconds: Exact): string {
  const sixty = A.fromInteger(60n);
  const q = quantity('time', seconds);
  if (A.compare(A.mul(A.floorDiv(seconds, A.fromInteger(3600n)), A.fromInteger(3600n)), seconds) === 0) return printExact(q, 'h', 'down').text;
  if (A.compare(A.mul(A.floorDiv(seconds, sixty), sixty), seconds) === 0) return printExact(q, 'min', 'down').text;
  return printExact(q, 's', 'down').text;
}

/** Whole minutes as "N h" when whole hours, else "N min". */
export function printMinutes(minutes: Exact): string {
  return printDuration(A.mul(minutes, A.fromInteger(60n)));
}

/** Seconds after midnight as "HH:MM" (the seconds are whole minutes below 86400 in a program). */
export function printClock(seconds: Exact): string {
  const m = A.floorDiv(seconds, A.fromInteger(60n));
  const h = A.floorDiv(m, A.fromInteger(60n));
  const mm = A.sub(m, A.mul(h, A.fromInteger(60n)));
  const two = (x: Exact): string => A.toDecimalString(x).padStart(2, '0');
  return `${two(h)}:${two(mm)}`;
}
