import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../core/index.js';
import { params } from '../_fuzz.js';
import { rxParts, toRequest } from '../_internals/prescriptions.js';
import { holds } from '../_internals/holds.js';

describe('unit invariance', () => {
  it('[REQ-UNIT-002] the same prescription in mg, mL, min or in mcg, uL, s compiles to the same program and doses', () => {
    holds(
      fc.property(rxParts, (p) => {
        const a = compile(toRequest(p));
        const b = compile(toRequest(p, true));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      params(200),
    );
  });
});
