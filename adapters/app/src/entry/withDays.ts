import { formatQuantity, parseQuantity } from '../../../../core/index.js';

/**
 * A time the engine printed (such as `"160896 min"`) also in days, printed
 * by the engine's exact formatter rounded down (an alarm or a refill reads
 * earlier, never later): `"160896 min (111.733333333 day)"`. The text as given
 * when it is not a time.
 *
 * @example
 * withDays('160896 min'); // '160896 min (≈ 111.733333333 day)'
 * withDays('90 day');     // '90 day'
 *
 * Implements REQ-APP-009.
 * @since 0.1.0
 */
export function withDays(wire: string): string {
  const q = parseQuantity('time', wire, '');
  if (q._tag === 'Left' || wire.endsWith(' day')) return wire;
  const days = formatQuantity(q.right, 'day', 'down');
  return days.text === '' ? wire : `${wire} (${days.exact ? '' : '≈ '}${days.text})`;
}
