import * as t from 'io-ts';
import { wireCodec, type WireCodec } from './WireCodec.js';

/**
 * Adds a cross-field check to a codec. The check reads the RAW input (use
 * `rawAt` and `peek`), so it runs even when other fields of the same object
 * fail, and every error of both is reported. It returns the errors it finds
 * (build them with `codedError` and `contextAt`), `[]` when none.
 *
 * @example
 * import { withCheck } from './withCheck.js';
 * import { quantityCodec } from './quantityCodec.js';
 * import { peek } from './peek.js';
 * import { codedError } from './codedError.js';
 * import { decimalArithmetic as A } from '../../core/index.js';
 * const day = A.fromInteger(86400n);
 * const periodicDuration = withCheck(quantityCodec('time', 'positive'), (u, c) => {
 *   const d = peek(quantityCodec('time', 'positive'), u);
 *   return d !== undefined && A.compare(d.base, day) >= 0 ? [codedError(u, c, 'BOLUS_TOO_LONG', 'a periodic bolus lasts less than 24 h')] : [];
 * });
 * periodicDuration.decode('30 min'); // Right(1800 s)
 * periodicDuration.decode('1 day');  // Left: BOLUS_TOO_LONG
 *
 * Implements REQ-WIRE-004 (all errors collected).
 * @since 0.1.0
 */
export function withCheck<A>(codec: WireCodec<A>, check: (u: unknown, c: t.Context) => t.Errors): WireCodec<A> {
  return wireCodec<A>(codec.name, (u, c) => {
    const r = codec.validate(u, c);
    const extra = check(u, c);
    if (extra.length === 0) return r;
    return t.failures([...(r._tag === 'Left' ? r.left : []), ...extra]);
  }, codec.schema);
}
