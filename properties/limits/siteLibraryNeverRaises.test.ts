import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../core/index.js';
import { DRUG_NAMES } from '../../core/library/drugs.js';
import { checkDoseLimits } from '../../core/limits/checkDoseLimits.js';
import { decodeSiteLibrary } from '../../spec/codecs/decodeSiteLibrary.js';
import { params } from '../_fuzz.js';
import { holds } from '../_internals/holds.js';

const STRICT = new Set(['ABSOLUTE_CEILING_EXCEEDED', 'HARD_LIMIT_EXCEEDED']);
const SOURCE = 'property test site (not a clinical value)';

/** Any site limit list a file could give: maxDaily values from 1 mcg/day to 40 g/day, any accepted grade. */
const limits = fc.array(
  fc.record({ mcg: fc.integer({ min: 1, max: 40_000_000 }), grade: fc.constantFrom('L', 'L/O', 'P', 'P*', 'O') })
    .map(({ mcg, grade }) => ({ kind: 'maxDaily', value: `${mcg} mcg/day`, source: SOURCE, grade })),
  { maxLength: 3 },
);
const entry = fc.record({ softLimits: limits, hardLimits: limits, absoluteCeilings: limits }, { requiredKeys: [] });

describe('a site library never raises a hard limit or an absolute ceiling', () => {
  it('[REQ-SITE-004] any site file the decoder accepts refuses at a hard limit or absolute ceiling every daily dose the built-in library refuses there', () => {
    holds(
      fc.property(fc.constantFrom(...DRUG_NAMES), entry, fc.integer({ min: 1, max: 100_000_000 }), (drug, given, worstMcg) => {
        const site = decodeSiteLibrary({ name: 'p', version: '1', drugs: { [drug]: given } });
        if (E.isLeft(site)) {
          expect(site.left.every((e) => e.code === 'SITE_LIBRARY_RAISES_LIMIT')).toBe(true);
          return;
        }
        const worst = parseQuantity('mass', `${worstMcg} mcg`, '');
        if (E.isLeft(worst)) throw new Error('bad mass');
        const input = { drugs: [{ drug, worst24h: worst.right }], limits: {}, overrides: [] };
        const builtIn = checkDoseLimits(input).errors.some((e) => STRICT.has(e.code));
        const withSite = checkDoseLimits(input, site.right).errors.some((e) => STRICT.has(e.code));
        if (builtIn) expect(withSite).toBe(true);
      }),
      params(300),
    );
  });
});
