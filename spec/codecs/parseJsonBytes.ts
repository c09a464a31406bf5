import * as E from 'fp-ts/lib/Either.js';
import { engineError, type EngineError } from '../../core/index.js';
import { MAX_JSON_BYTES, parseJsonText } from './parseJsonText.js';

/**
 * Parses one JSON document of wire format v1 from its bytes (a file, stdin,
 * an HTTP body). The bytes must be valid UTF-8: an invalid sequence (a stray
 * continuation byte, an overlong form, an encoded surrogate, a sequence cut
 * short) is `INVALID_UTF8`, never replaced by U+FFFD, since a replaced byte
 * inside a drug name or a note would silently change what was sent. A byte
 * order mark is not removed (JSON forbids it: `INVALID_JSON`, as before).
 * More than MAX_JSON_BYTES bytes is `INPUT_TOO_LARGE`. Then as
 * `parseJsonText`. Never throws.
 *
 * @example
 * import { parseJsonBytes } from './parseJsonBytes.js';
 * parseJsonBytes(new TextEncoder().encode('{"pump": "NAME"}')); // Right({ pump: 'NAME' })
 * parseJsonBytes(Uint8Array.of(0x22, 0xc3, 0x28, 0x22)); // Left([{ code: 'INVALID_UTF8', path: '', ... }])
 *
 * Implements REQ-INPUT-001, REQ-WIRE-012, REQ-WIRE-014.
 * @since 0.1.0
 */
export function parseJsonBytes(bytes: Uint8Array): E.Either<EngineError[], unknown> {
  try {
    if (!(bytes instanceof Uint8Array)) return E.left([engineError('INVALID_JSON', '', 'the input is not bytes')]);
    if (bytes.length > MAX_JSON_BYTES) {
      return E.left([engineError('INPUT_TOO_LARGE', '', `the document is larger than ${MAX_JSON_BYTES} bytes`)]);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return E.left([engineError('INVALID_UTF8', '', 'the request is not valid UTF-8 (an invalid, overlong or incomplete byte sequence); it is refused, not repaired: send it as UTF-8')]);
    }
    return parseJsonText(text);
  } catch {
    return E.left([engineError('INTERNAL_ERROR', '', 'the JSON reader failed (a bug); the request was not processed')]);
  }
}
