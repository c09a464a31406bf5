import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCommand } from '../../../spec/wire/commands/compile.js';
import { DEMO_REQUEST } from '../../../adapters/cli/demoRequest.js';
import { expectGolden } from '../../vectors/_golden.js';

const GOLDEN = resolve(import.meta.dirname, '../../vectors/golden/compile-responses.json');
const contract = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/contract/core.json'), 'utf8')) as { name: string; request: unknown }[];
const requests: { name: string; request: unknown }[] = [{ name: 'demo', request: DEMO_REQUEST }, ...contract];

const PRINTED = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])? [^ ]+$/;

function quantities(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string' && /^-?[0-9.]+ \S+$/.test(x)) out.push(x);
  else if (Array.isArray(x)) x.forEach((y) => quantities(y, out));
  else if (x !== null && typeof x === 'object') Object.values(x).forEach((y) => quantities(y, out));
  return out;
}

describe('deterministic output', () => {
  it('[REQ-PROG-002] [REQ-WIRE-010] [REQ-TEST-002] the compile responses are byte-identical to the committed golden file (every Node version of the CI matrix runs this)', () => {
    // The golden file holds answers; the versions every response carries are checked on their own (REQ-PKG-005),
    // so a library version step alone does not rewrite it. A missing file fails: only UPDATE_GOLDEN=1 writes it.
    const answers = requests.map((r) => {
      const { versions: _versions, ...answer } = compileCommand.run(r.request).body;
      return { name: r.name, response: answer };
    });
    const actual = JSON.stringify(answers, null, 1);
    expectGolden(GOLDEN, actual);
  });
  it('[REQ-PROG-002] compiling the same request twice gives the same bytes', () => {
    expect(JSON.stringify(compileCommand.run(DEMO_REQUEST))).toBe(JSON.stringify(compileCommand.run(DEMO_REQUEST)));
  });
  it('[REQ-UNIT-007] every printed quantity has a leading digit, no trailing zeros and no exponent', () => {
    const printed = requests.flatMap((r) => quantities(compileCommand.run(r.request).body));
    expect(printed.length).toBeGreaterThan(20);
    expect(printed.filter((p) => !PRINTED.test(p))).toEqual([]);
  });
});
