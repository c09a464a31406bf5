import { describe, expect, it } from 'vitest';
import { MAX_JSON_BYTES, MAX_JSON_DEPTH, parseJsonText } from '../../../spec/codecs/parseJsonText.js';
import { codesAndPaths, leftOf, rightOf } from './_fixtures.js';

describe('parseJsonText', () => {
  it('[REQ-WIRE-012] one JSON document parses to its value', () => {
    expect(rightOf(parseJsonText(' {"pump": "NAME", "n": [1, 2.5, null, true]} \n'))).toEqual({ pump: 'NAME', n: [1, 2.5, null, true] });
  });
  it('[REQ-WIRE-012] a syntax error is INVALID_JSON at the root with a message and no stack', () => {
    const errors = leftOf(parseJsonText('{"pump": }'));
    expect(codesAndPaths(errors)).toEqual([['INVALID_JSON', '']]);
    expect(errors[0]?.message).toMatch(/not one JSON document/);
    expect(errors[0]?.message).not.toMatch(/\n\s+at /);
  });
  it('[REQ-WIRE-012] empty input, two documents and a trailing comma are INVALID_JSON', () => {
    for (const text of ['', '{} {}', '[1,]', "{'a': 1}", 'NaN']) expect(codesAndPaths(leftOf(parseJsonText(text)))).toEqual([['INVALID_JSON', '']]);
  });
  it('[REQ-WIRE-012] more than 1 MiB of UTF-8 is INPUT_TOO_LARGE, counted in bytes not characters', () => {
    expect(codesAndPaths(leftOf(parseJsonText(`"${'a'.repeat(MAX_JSON_BYTES)}"`)))).toEqual([['INPUT_TOO_LARGE', '']]);
    // 400 000 three-byte characters are 1.2 MB though only 400 002 UTF-16 units
    expect(codesAndPaths(leftOf(parseJsonText(`"${'€'.repeat(400_000)}"`)))).toEqual([['INPUT_TOO_LARGE', '']]);
    expect(rightOf(parseJsonText(`"${'a'.repeat(MAX_JSON_BYTES - 2)}"`))).toHaveLength(MAX_JSON_BYTES - 2);
  });
  it('[REQ-WIRE-012] nesting deeper than 64 is INPUT_TOO_LARGE with the path where it happens; 64 is accepted', () => {
    expect(rightOf(parseJsonText(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`))).toBeDefined();
    const errors = leftOf(parseJsonText(`{"a": [0, ${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}]}`));
    expect(codesAndPaths(errors)).toEqual([['INPUT_TOO_LARGE', `a.1${'.0'.repeat(MAX_JSON_DEPTH - 2)}`]]);
  });
  it('[REQ-WIRE-012] [REQ-WIRE-014] a very deep document (500 000 levels) is refused without a stack overflow', () => {
    expect(codesAndPaths(leftOf(parseJsonText(`${'['.repeat(500_000)}${']'.repeat(500_000)}`)))).toEqual([['INPUT_TOO_LARGE', Array(MAX_JSON_DEPTH).fill('0').join('.')]]);
  });
  it('[REQ-WIRE-012] a key repeated in one object is DUPLICATE_FIELD at its path, even when spelt with escapes', () => {
    const errors = leftOf(parseJsonText('{"therapy": {"dose": "1 mg/day", "d\\u006fse": "100 mg/day"}, "list": [{}, {"a": 1, "a": 1}]}'));
    expect(codesAndPaths(errors)).toEqual([['DUPLICATE_FIELD', 'therapy.dose'], ['DUPLICATE_FIELD', 'list.1.a']]);
  });
  it('[REQ-WIRE-012] keys inside strings, escaped quotes and equal keys in different objects are not duplicates', () => {
    expect(rightOf(parseJsonText('{"a": "{\\"a\\": 1, \\"a\\": 2}", "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}]}'))).toBeDefined();
  });
  it('[REQ-WIRE-013] a "__proto__" key becomes an own property and pollutes nothing', () => {
    const v = rightOf(parseJsonText('{"__proto__": {"polluted": true}}')) as object;
    expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('[REQ-WIRE-014] a value that is not text is INVALID_JSON, not an exception', () => {
    expect(codesAndPaths(leftOf(parseJsonText(42 as unknown as string)))).toEqual([['INVALID_JSON', '']]);
  });
});
