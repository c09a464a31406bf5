import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

async function problems(code: string, file = 'core/_lintFixture.ts'): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('lint rules for core/', () => {
  const forbidden: [string, string][] = [
    ['parseFloat', "export const x = parseFloat('0.1');"],
    ['Number(...)', "export const x = Number('0.1');"],
    ['toFixed(n)', 'export const x = (0.1).toFixed(2);'],
    ['Math.random', 'export const x = Math.random();'],
    ['Math.round', 'export const x = Math.round(2.5);'],
    ['Date', 'export const x = new Date();'],
    ['Date.now', 'export const x = Date.now();'],
    ['console', "console.log('x');"],
    ['process', 'export const x = process.env;'],
    ['throw', "export function f(): never { throw new Error('x'); }"],
    ['node:fs import', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
  ];
  for (const [what, code] of forbidden) {
    it(`[REQ-ARITH-001] [REQ-ROUND-001] ${what} is refused inside core/`, async () => {
      expect((await problems(code)).join('\n')).toMatch(/core\//);
    });
  }
  it('[REQ-ARITH-001] the same code is allowed outside core/ (adapters do I/O)', async () => {
    expect(await problems("export const x = Number('1');", 'adapters/_lintFixture.ts')).toEqual([]);
  });
});
