import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../../core/errors/codes.js';
import { expectGolden, goldenText } from '../../vectors/_golden.js';

// REQ-ERR-004: the error and warning codes are a published list. The committed golden file holds every
// code with its class (malformed, refusal, internal, warning). Removing a code or moving it to another
// class breaks integrators (docs/versioning.md: a wire-format major); adding one does not, but must be
// written into the file (UPDATE_GOLDEN=1) so that the change is seen in review.
const GOLDEN = resolve(import.meta.dirname, '../../vectors/golden/error-codes.json');

type Listed = Record<string, string>;
const current: Listed = Object.fromEntries(Object.entries(CODES).map(([code, { kind }]) => [code, kind]));

const listed = JSON.stringify(current, null, 1);

describe('the published error-code list', () => {
  it('[REQ-ERR-004] [REQ-TEST-002] the golden list is committed (a missing file fails)', () => {
    expect(goldenText(GOLDEN, listed).length).toBeGreaterThan(0);
  });
  it('[REQ-ERR-004] no published code is removed or changes class', () => {
    const golden = JSON.parse(goldenText(GOLDEN, listed)) as Listed;
    const broken = Object.entries(golden).filter(([code, kind]) => current[code] !== kind)
      .map(([code, kind]) => `${code}: published as ${kind}, now ${current[code] ?? 'removed'}`);
    expect(broken).toEqual([]);
  });
  it('[REQ-ERR-004] every code is in the golden list, in catalogue order', () => {
    expectGolden(GOLDEN, listed);
  });
});
