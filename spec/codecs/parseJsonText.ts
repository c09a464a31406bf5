import * as E from 'fp-ts/lib/Either.js';
import { engineError, type EngineError } from '../../core/index.js';
import { scanJson } from './_internals/scanJson.js';

/** Largest request accepted, in UTF-8 bytes (1 MiB). */
export const MAX_JSON_BYTES = 1_048_576;
/** Deepest nesting of arrays and objects accepted (a compile request needs 4). */
export const MAX_JSON_DEPTH = 64;

/**
 * Parses one JSON document of wire format v1 from text. Refuses, never
 * throwing: more than 1 MiB of UTF-8 (`INPUT_TOO_LARGE`), a syntax error
 * (`INVALID_JSON`, with the parser's message, no stack), nesting deeper than 64
 * (`INPUT_TOO_LARGE`, checked by an iterative scan, so no stack overflow) and a
 * key repeated in one object (`DUPLICATE_FIELD`: JSON.parse would keep the last
 * value silently, so `{"dose": "1 mg/day", "dose": "100 mg/day"}` could mean
 * either).
 *
 * @example
 * import { parseJsonText } from './parseJsonText.js';
 * parseJsonText('{"pump": "NAME"}'); // Right({ pump: 'NAME' })
 * parseJsonText('{"pump": }');      // Left([{ code: 'INVALID_JSON', path: '', ... }])
 * parseJsonText('{"a": 1, "a": 2}'); // Left([{ code: 'DUPLICATE_FIELD', path: 'a', ... }])
 *
 * Implements REQ-WIRE-012 (JSON text bounds), REQ-WIRE-014 (never throws).
 * @since 0.1.0
 */
export function parseJsonText(text: string): E.Either<EngineError[], unknown> {
  try {
    if (typeof text !== 'string') return E.left([engineError('INVALID_JSON', '', 'the input is not text')]);
    if (utf8LengthExceeds(text, MAX_JSON_BYTES)) {
      return E.left([engineError('INPUT_TOO_LARGE', '', `the document is larger than ${MAX_JSON_BYTES} bytes`)]);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e: unknown) {
      const detail = e instanceof Error ? e.message.slice(0, 200) : 'syntax error';
      return E.left([engineError('INVALID_JSON', '', `the input is not one JSON document: ${detail}`)]);
    }
    const problems = scanJson(text, MAX_JSON_DEPTH);
    return problems.length > 0 ? E.left(problems) : E.right(value);
  } catch {
    return E.left([engineError('INTERNAL_ERROR', '', 'the JSON reader failed (a bug); the request was not processed')]);
  }
}

/** True when the UTF-8 encoding of `text` is longer than `max` bytes (a lone surrogate counts 3, as its replacement character). */
function utf8LengthExceeds(text: string, max: number): boolean {
  if (text.length > max) return true;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const u = text.charCodeAt(i);
    if (u < 0x80) bytes += 1;
    else if (u < 0x800) bytes += 2;
    else if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
    if (bytes > max) return true;
  }
  return false;
}
