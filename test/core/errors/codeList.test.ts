import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../../core/errors/codes.js';

// REQ-ERR-004: the error and warning codes are a published list. The committed golden file holds every
// code with its class (malformed, refusal, internal, warning). Removing a code or moving it to another
// class breaks integrators (docs/versioning.md: a wire-format major); adding one does not, but must be
// written into the file (UPDATE_GOLDEN=1) so that the change is seen in review.
const GOLDEN = resolve(import.meta.dirname, '../../vectors/golden/error-codes.json');

type Listed = Record<string, string>;
const current: Listed = Object.fromEntries(Object.entries(CODES).map(([code, { kind }]) => [code, kind]));

describe('the published error-code list', () => {
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, `${JSON.stringify(current, null, 1)}\n`);
  const golden = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Listed) : undefined;

  it('[REQ-ERR-004] the golden list is committed', () => {
    expect(golden, `${GOLDEN} is missing: it is committed, and only UPDATE_GOLDEN=1 writes it`).toBeDefined();
  });
  it('[REQ-ERR-004] no published code is removed or changes class', () => {
    const broken = Object.entries(golden ?? {}).filter(([code, kind]) => current[code] !== kind)
      .map(([code, kind]) => `${code}: published as ${kind}, now ${current[code] ?? 'removed'}`);
    expect(broken).toEqual([]);
  });
  it('[REQ-ERR-004] every code is in the golden list, in catalogue order', () => {
    expect(JSON.stringify(current, null, 1)).toBe(readFileSync(GOLDEN, 'utf8').trimEnd());
  });
});
