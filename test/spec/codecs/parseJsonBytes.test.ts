import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_BYTES, parseJsonBytes } from '../../../spec/codecs/index.js';
import { codesAndPaths } from './_fixtures.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
/** `{"drug": "<bytes>"}` with raw bytes inside the string. */
const inString = (...bytes: number[]): Uint8Array => Uint8Array.from([...enc('{"drug": "mor'), ...bytes, ...enc('phine"}')]);
/** The `[code, path]` pairs of a refusal, or "accepted". */
const refused = (b: Uint8Array): [string, string][] | 'accepted' => {
  const r = parseJsonBytes(b);
  return E.isLeft(r) ? codesAndPaths(r.left) : 'accepted';
};

describe('parseJsonBytes', () => {
  it('[REQ-INPUT-001] valid UTF-8, multi-byte characters included, parses as parseJsonText would', () => {
    expect(parseJsonBytes(enc('{"pump": "NAME"}'))).toEqual(E.right({ pump: 'NAME' }));
    expect(parseJsonBytes(enc('{"note": "µg ≠ mcg 💊"}'))).toEqual(E.right({ note: 'µg ≠ mcg 💊' }));
  });

  it('[REQ-INPUT-001] every kind of invalid byte sequence is INVALID_UTF8, never replaced by U+FFFD', () => {
    const bad: Record<string, number[]> = {
      'a stray continuation byte': [0x80],
      'a lead byte without its continuation': [0xc3, 0x28],
      'a sequence cut short': [0xe2, 0x82],
      'an overlong slash': [0xc0, 0xaf],
      'an overlong three-byte form': [0xe0, 0x80, 0x80],
      'an encoded surrogate (CESU-8)': [0xed, 0xa0, 0x80],
      'a code point above U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
      'a byte never used in UTF-8': [0xff],
    };
    for (const [what, bytes] of Object.entries(bad)) {
      expect(refused(inString(...bytes)), what).toEqual([['INVALID_UTF8', '']]);
    }
    // cut at the very end of the document too
    expect(refused(Uint8Array.from([...enc('{"a": "x"}'), 0xe2]))).toEqual([['INVALID_UTF8', '']]);
  });

  it('[REQ-INPUT-001] the message says the request was refused, not repaired', () => {
    const r = parseJsonBytes(inString(0xc3, 0x28));
    expect(E.isLeft(r) && r.left[0]?.message).toMatch(/not valid UTF-8.*refused, not repaired/);
  });

  it('[REQ-INPUT-001] [REQ-WIRE-012] a byte order mark is kept (JSON forbids it: INVALID_JSON, as before); more than 1 MiB is INPUT_TOO_LARGE; not bytes is INVALID_JSON', () => {
    expect(refused(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('{}')]))).toEqual([['INVALID_JSON', '']]);
    expect(refused(new Uint8Array(MAX_JSON_BYTES + 1).fill(0x20))).toEqual([['INPUT_TOO_LARGE', '']]);
    expect(refused('{}' as unknown as Uint8Array)).toEqual([['INVALID_JSON', '']]);
    expect(refused(new Uint8Array(MAX_JSON_BYTES).fill(0x20))).toEqual([['INVALID_JSON', '']]);
  });
});
