import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Runs every `@example` in the TSDoc of `core/` (fp-ts style: documentation
 * that runs). Each example becomes a module next to a scratch copy path: its
 * relative imports are resolved against the documented file, and every line
 * of the form `expression; // <JSON literal>` becomes an assertion that the
 * expression equals that literal, so a wrong number in the docs fails here.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'reports', 'doc-examples');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

interface Example {
  file: string;
  index: number;
  code: string;
}

function examples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const blocks = text.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''));
    let inExample = false;
    let code: string[] = [];
    for (const line of lines) {
      if (line.startsWith('@example')) {
        if (inExample && code.length > 0) out.push({ file, index: out.length, code: code.join('\n') });
        inExample = true;
        code = [];
        continue;
      }
      if (inExample && (line.startsWith('@') || /^Implements REQ-/.test(line))) {
        inExample = false;
        if (code.length > 0) out.push({ file, index: out.length, code: code.join('\n') });
        code = [];
        continue;
      }
      if (inExample) code.push(line);
    }
    if (inExample && code.length > 0) out.push({ file, index: out.length, code: code.join('\n') });
  }
  return out.filter((e) => /\bimport\b/.test(e.code));
}

const LITERAL = /^(.*?);\s*\/\/\s*("(?:[^"\\]|\\.)*"|-?[0-9]+(?:\.[0-9]+)?|true|false)(\s.*)?$/;

function toModule(e: Example, target: string): string {
  return [
    "import { deepStrictEqual as __deepEq } from 'node:assert';",
    // every stated result it checks is counted, and the module exports the count for the test to assert on
    'let __checked = 0;',
    'const __eq = (actual: unknown, expected: unknown, line: string): void => { __deepEq(actual, expected, line); __checked += 1; };',
    ...e.code.split('\n').map((line) => {
      const imp = /^(\s*import .* from ')(\.{1,2}\/[^']+)(';?)$/.exec(line);
      if (imp) {
        const abs = resolve(dirname(e.file), (imp[2] ?? '').replace(/\.js$/, '.ts'));
        return `${imp[1]}${relative(dirname(target), abs).replace(/\\/g, '/').replace(/^(?!\.)/, './')}${imp[3]}`;
      }
      const m = LITERAL.exec(line);
      if (m && !/^\s*(const|let|import|\/\/)/.test(m[1] ?? '')) return `__eq(${m[1]}, ${m[2]}, ${JSON.stringify(line.trim())});`;
      return line;
    }),
    'export { __checked };',
  ].join('\n');
}

/** How many stated results (`expression; // literal` lines) an example checks. */
function statedResults(e: Example): number {
  return e.code.split('\n').filter((line) => {
    const m = LITERAL.exec(line);
    return m !== null && !/^\s*(const|let|import|\/\/)/.test(m[1] ?? '');
  }).length;
}

// core/ and spec/ (the wire side an integrator calls: decoders, encoders, commands, schemas).
const all = [...tsFiles(join(ROOT, 'core')), ...tsFiles(join(ROOT, 'spec'))].flatMap(examples);

describe('TSDoc examples of core/ and spec/', () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  it('[REQ-DOC-001] the core documents its exports with worked examples', () => {
    expect(all.length).toBeGreaterThan(20);
  });
  for (const e of all) {
    const name = `${relative(ROOT, e.file).replace(/[\\/]/g, '__').replace(/\.ts$/, '')}__${e.index}.ts`;
    it(`[REQ-DOC-001] ${relative(ROOT, e.file)} example ${e.index + 1} runs and its stated results hold`, async () => {
      const target = join(OUT, name);
      writeFileSync(target, toModule(e, target));
      // the module imports (so every import resolves and every statement runs) and checked each stated result once
      const loaded = (await import(pathToFileURL(target).href)) as { __checked: number };
      expect(loaded.__checked).toBe(statedResults(e));
    });
  }
});

describe('TSDoc coverage of core/', () => {
  it('[REQ-DOC-001] every exported function in core/ (outside _internals) has TSDoc with an @example and the requirement IDs it implements', () => {
    const missing: string[] = [];
    for (const file of tsFiles(join(ROOT, 'core')).filter((f) => !f.includes('_internals'))) {
      const text = readFileSync(file, 'utf8');
      const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export function (\w+)/g;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const doc = m[1] ?? '';
        if (!doc.includes('@example') || !/REQ-[A-Z]+-\d{3}/.test(doc)) missing.push(`${relative(ROOT, file)}: ${m[2] ?? ''}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
