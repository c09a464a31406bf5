import { formatQuantity, parseQuantity } from '../../../../core/index.js';

/** A rate read back both ways, printed by the engine. @since 0.1.0 */
export interface BothRates {
  readonly perDay: string;
  readonly perHour: string;
}

/**
 * A dose rate or flow (a wire quantity such as `"3 mg/day"` or
 * `"0.5 mcg/h"`) printed per day and per hour by the engine's exact
 * formatter in the same mass or volume unit; a per-hour figure that does not
 * terminate is printed down (toward less drug) and marked with "≈". Undefined
 * when the text is not a rate.
 *
 * @example
 * perHourAndPerDay('3 mg/day');   // { perDay: '3 mg/day', perHour: '0.125 mg/h' }
 * perHourAndPerDay('1 mg/day');   // { perDay: '1 mg/day', perHour: '≈ 0.041666666 mg/h' }
 *
 * Implements REQ-APP-005 (every rate shown per hour and per day).
 * @since 0.1.0
 */
export function perHourAndPerDay(wire: string): BothRates | undefined {
  const [, unit = ''] = wire.split(' ');
  const [top = ''] = unit.split('/');
  const dim = top === 'mL' || top === 'uL' ? 'flow' : 'doseRate';
  const q = parseQuantity(dim, wire, '');
  if (q._tag === 'Left') return undefined;
  const day = formatQuantity(q.right, `${top}/day`, 'down');
  const hour = formatQuantity(q.right, `${top}/h`, 'down');
  if (day.text === '' || hour.text === '') return undefined;
  return { perDay: `${day.exact ? '' : '≈ '}${day.text}`, perHour: `${hour.exact ? '' : '≈ '}${hour.text}` };
}
