import * as t from 'io-ts';
import { codedFailure } from './codedFailure.js';
import { wireCodec, type WireCodec } from './WireCodec.js';

/**
 * The largest count the wire format accepts (`therapy.patientBolus.maxPerDay`):
 * an engine bound, not a device fact. No public source gives the most patient
 * boluses a pump allows in a day (the SynchroMed patient therapy manager and
 * Prometra limits are not public), so the bound is one bolus a minute, the
 * grain of the wire format's clock (the same 1440 as the most flex steps or
 * periodic boluses in a day), 360 times the 4 a day of the wire format's
 * example. It also bounds the engine's work: every patient-bolus computation
 * (the worst 24 h, the earliest-case reservoir draw, the tip doses of `bridge`
 * and `prime`) handles at most 1440 boluses a day.
 *
 * Implements REQ-BOUND-002.
 * @since 0.1.0
 */
export const MAX_COUNT = 1440;

/**
 * A count (`maxPerDay`...): a JSON integer from 0 to 1440 ({@link MAX_COUNT},
 * an engine bound), decoded to a `bigint`. A string, a fraction, a negative or
 * a larger number is `INVALID_INTEGER`.
 *
 * @example
 * import { countCodec } from './countCodec.js';
 * countCodec.decode(4);   // Right(4n)
 * countCodec.decode('4'); // Left: INVALID_INTEGER
 * countCodec.decode(2.5); // Left: INVALID_INTEGER
 *
 * Implements REQ-WIRE-006, REQ-BOUND-002.
 * @since 0.1.0
 */
export const countCodec: WireCodec<bigint> = wireCodec<bigint>(`count (integer 0..${MAX_COUNT})`, (u, c) => {
  if (typeof u !== 'number' || !Number.isSafeInteger(u) || u < 0 || u > MAX_COUNT) {
    const shown = typeof u === 'string' ? 'a string' : typeof u === 'number' ? String(u) : typeof u;
    return codedFailure(u, c, 'INVALID_INTEGER', `expected a JSON integer from 0 to ${MAX_COUNT} (not a string; ${MAX_COUNT} a day, one a minute, is an engine bound), got ${shown}`);
  }
  return t.success(BigInt(u));
});
