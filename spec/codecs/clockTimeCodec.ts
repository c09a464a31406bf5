import * as t from 'io-ts';
import { codedFailure } from './codedFailure.js';
import { wireCodec, type WireCodec } from './WireCodec.js';

const CLOCK = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

/**
 * A clock time of day, `"HH:MM"` on the 24-hour clock from `00:00` to
 * `23:59` (two digits each), decoded to seconds after midnight. Anything else,
 * a JSON number included, is `INVALID_CLOCK_TIME`.
 *
 * @example
 * import { clockTimeCodec } from './clockTimeCodec.js';
 * clockTimeCodec.decode('08:30'); // Right(30600n)
 * clockTimeCodec.decode('8:30');  // Left: INVALID_CLOCK_TIME
 * clockTimeCodec.decode('24:00'); // Left: INVALID_CLOCK_TIME
 *
 * Implements REQ-WIRE-006 (clock times, counts, names).
 * @since 0.1.0
 */
export const clockTimeCodec: WireCodec<bigint> = wireCodec<bigint>('clock time "HH:MM"', (u, c) => {
  const m = typeof u === 'string' ? CLOCK.exec(u) : null;
  if (m === null) {
    const shown = typeof u === 'string' ? `"${u.slice(0, 64)}"` : typeof u;
    return codedFailure(u, c, 'INVALID_CLOCK_TIME', `expected a clock time "HH:MM" from "00:00" to "23:59" (e.g. "08:30"), got ${shown}`);
  }
  const [, hh = '0', mm = '0'] = m;
  return t.success((BigInt(hh) * 60n + BigInt(mm)) * 60n);
}, { type: 'string', pattern: CLOCK.source, description: 'a clock time "HH:MM", "00:00" to "23:59"' });
