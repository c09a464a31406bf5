import { Rational } from './Rational.js';

/**
 * Reads a wire clock time `"HH:MM"` (00:00 to 23:59) as seconds after
 * midnight.
 *
 * @example
 * import { parseWireClock } from './parseWireClock.js';
 * parseWireClock('23:59').toString(); // "86340"
 *
 * Implements REQ-REF-002.
 * @since 0.1.0
 */
export function parseWireClock(text: string): Rational {
  const m = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(text);
  if (m === null) throw new SyntaxError(`reference: "${text}" is not a clock time HH:MM`);
  return Rational.of(BigInt(m[1] ?? '') * 3600n + BigInt(m[2] ?? '') * 60n);
}
