import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../spec/codecs/parseJsonText.js';
import { params } from '../_fuzz.js';
import { snapshotObjectPrototype, wellFormedErrors } from './_wellFormed.js';
import { holds } from '../_internals/holds.js';

/** Text near JSON: a JSON document with a few characters inserted, deleted or replaced. */
const nearJson = fc.tuple(fc.json({ maxDepth: 4 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', ' ', 'e', '-', '0', '\u2028', '\ud800')), { maxLength: 4 }))
  .map(([text, edits]) => edits.reduce((t, [i, op, ch]) => {
    const at = t.length === 0 ? 0 : i % t.length;
    return op === 0 ? t.slice(0, at) + ch + t.slice(at) : op === 1 ? t.slice(0, at) + t.slice(at + 1) : t.slice(0, at) + ch + t.slice(at + 1);
  }, text));

describe('parseJsonText on arbitrary text', () => {
  it('[REQ-WIRE-012] [REQ-WIRE-014] never throws on arbitrary strings: a Right or well-formed coded errors', () => {
    holds(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' }), nearJson), (text) => {
        const r = parseJsonText(text);
        return E.isRight(r) || (wellFormedErrors(r.left) && r.left.every((e) => e.code !== 'INTERNAL_ERROR'));
      }),
      params(500),
    );
  });

  it('[REQ-WIRE-012] agrees with JSON.parse on every JSON document within the bounds', () => {
    holds(
      fc.property(fc.json({ maxDepth: 8 }), (text) => {
        const r = parseJsonText(text);
        return E.isRight(r) && JSON.stringify(r.right) === JSON.stringify(JSON.parse(text));
      }),
      params(300),
    );
  });

  it('[REQ-WIRE-012] [REQ-WIRE-014] deep or unbalanced bracket runs are refused without a stack overflow', () => {
    holds(
      fc.property(fc.nat({ max: 300_000 }), fc.nat({ max: 300_000 }), fc.constantFrom('[', '{"a":'), (open, close, opener) => {
        const closer = opener === '[' ? ']' : '}';
        const r = parseJsonText(opener.repeat(open) + closer.repeat(close));
        return E.isRight(r) ? open <= 64 && open === close : wellFormedErrors(r.left) && r.left.every((e) => e.code !== 'INTERNAL_ERROR');
      }),
      params(50),
    );
  });

  it('[REQ-WIRE-013] "__proto__" keys anywhere in the text pollute nothing', () => {
    const before = snapshotObjectPrototype();
    holds(
      fc.property(fc.json({ maxDepth: 3 }), (inner) => {
        parseJsonText(`{"__proto__": ${inner}, "a": {"__proto__": {"polluted": ${inner}}}}`);
        return ({} as Record<string, unknown>)['polluted'] === undefined;
      }),
      params(200),
    );
    expect(snapshotObjectPrototype()).toBe(before);
  });
});
