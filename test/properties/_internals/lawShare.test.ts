import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../core/index.js';
import { DEFAULT_SEED } from '../../../properties/_internals/fuzzProfile.js';
import { LAW_SHARE_FLOOR, lawShare } from '../../../properties/_internals/lawShare.js';
import { acceptedRxParts, rxParts, toRequest } from '../../../properties/_internals/prescriptions.js';

/** The share of `n` draws of the generator at the default seed that compile. */
const acceptedShare = (gen: typeof rxParts, n: number): number =>
  fc.sample(gen, { seed: DEFAULT_SEED, numRuns: n }).filter((p) => E.isRight(compile(toRequest(p)))).length / n;

describe('lawShare', () => {
  it('[REQ-FUZZ-005] counts the cases that reach the law and fails below the floor, naming the counts', () => {
    const share = lawShare({}, {});
    for (let i = 0; i < 10; i++) {
      share.drawn();
      if (i < 7) share.reached();
    }
    expect(share.share()).toBe(0.7);
    expect(() => share.check()).toThrow(/only 7 of 10 cases \(70\.0 %\) reached the law; the floor is 80 %/);
    share.drawn();
    share.reached();
    share.drawn();
    share.reached();
    expect(share.check(0.75)).toBeCloseTo(9 / 12);
  });
  it('[REQ-FUZZ-005] in the time-box mode the share is recorded beside the property\'s cases', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'record.jsonl');
    const share = lawShare({ FUZZ_RECORD: file, FUZZ_TIME_BOX_MS: '1000' }, { file: 'properties/compile/x.test.ts', test: 'x' });
    share.drawn();
    share.reached();
    share.check();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ reachedShare: 1, drawn: 1, file: 'properties/compile/x.test.ts', test: 'x' });
  });
  it('[REQ-FUZZ-005] the compile laws\' generator draws prescriptions that compile, above the floor; the broad one draws refusals on purpose', () => {
    expect(acceptedShare(acceptedRxParts, 200)).toBeGreaterThanOrEqual(LAW_SHARE_FLOOR);
    // The broad generator is for the refusal properties: most of its draws are refused (about nine in ten).
    expect(acceptedShare(rxParts, 200)).toBeLessThan(0.5);
  });
});
