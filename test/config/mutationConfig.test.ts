import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_TESTS } from '../../vitest.mutation.config.js';

const root = resolve(import.meta.dirname, '../..');

/** Every `*.test.ts` under a folder, as a path from the project root with `/`. */
const testFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => relative(root, join(root, dir, f)).split('\\').join('/'));

describe('the mutation suite (vitest.mutation.config.ts)', () => {
  const suite = [...testFiles('test/core'), ...testFiles('properties')];

  it('runs isolated every file that replaces or spies on a module, since the other files share one module graph', () => {
    const mocking = suite.filter((f) => /\bvi\.(mock|doMock|spyOn|resetModules|stubGlobal|stubEnv)\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect([...ISOLATED_TESTS].sort()).toEqual(mocking.sort());
  });

  it('lists only files that exist', () => {
    expect(ISOLATED_TESTS.filter((f) => !existsSync(join(root, f)))).toEqual([]);
  });
});
