import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './_runCli.js';
import { check, type Expect } from './_vectorCheck.js';

interface Vector {
  name: string;
  command: string;
  request?: unknown;
  raw?: string;
  expect?: Expect;
  requirements?: string[];
}

const dirs = ['contract', 'project'].map((d) => resolve(import.meta.dirname, '../../vectors', d));

for (const dir of dirs) {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    files = [];
  }
  for (const f of files) {
    const vectors = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Vector[];
    describe(`vectors ${dir.endsWith('contract') ? 'contract' : 'project'}/${f}`, () => {
      for (const v of vectors) {
        const tags = ['[REQ-ERR-002]', ...(v.requirements ?? []).map((r) => `[${r}]`)].join(' ');
        it(`${tags} ${v.name}`, () => {
          const r = v.raw !== undefined ? runCli(v.command, v.raw, true) : runCli(v.command, v.request);
          expect(r.stdout).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
          expect(check(v.expect ?? {}, r.body, r.code)).toEqual([]);
        });
      }
    });
  }
}
