import * as E from 'fp-ts/lib/Either.js';
import { engineError, type EngineError } from '../../core/index.js';
import { capErrors } from './capErrors.js';
import { ownTable } from '../../core/request/ownProperties.js';
import { toEngineErrors } from './toEngineErrors.js';
import type { WireCodec } from './WireCodec.js';

/**
 * Runs a codec on an untrusted value and returns `EngineError[]` or the
 * decoded value, deep-copied with null prototypes and frozen (an absent
 * optional field reads `undefined` whatever other code adds to
 * `Object.prototype`, and nothing can change the request afterwards). Total: if a codec ever threw (a bug, or a hostile non-JSON
 * value such as a throwing Proxy), the answer is `INTERNAL_ERROR`, never an
 * exception. At most 100 errors are listed, then one `ERRORS_TRUNCATED`
 * entry saying how many more were found (`capErrors`).
 *
 * @example
 * import { decodeWith } from './decodeWith.js';
 * import { clockTimeCodec } from './clockTimeCodec.js';
 * decodeWith(clockTimeCodec, '08:30'); // Right(30600n)
 * decodeWith(clockTimeCodec, '24:00'); // Left([{ code: 'INVALID_CLOCK_TIME', path: '', ... }])
 *
 * Implements REQ-WIRE-004, REQ-WIRE-014 (total decoder), REQ-ERR-001, REQ-INPUT-002, REQ-EMBED-003.
 * @since 0.1.0
 */
export function decodeWith<A>(codec: WireCodec<A>, u: unknown): E.Either<EngineError[], A> {
  try {
    const r = codec.decode(u);
    if (E.isRight(r)) return E.right(ownTable(r.right));
    const errors = capErrors(toEngineErrors(r.left));
    return E.left(errors.length > 0 ? errors : [engineError('INTERNAL_ERROR', '', 'the request was refused without a reason (a bug); it was not processed')]);
  } catch {
    return E.left([engineError('INTERNAL_ERROR', '', 'the decoder failed (a bug, or a value that is not plain JSON); the request was not processed')]);
  }
}
