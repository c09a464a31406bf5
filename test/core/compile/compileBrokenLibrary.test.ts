import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it, vi } from 'vitest';
import { contractRequest, q } from './_fixtures.js';

// A stability value of the library that does not parse must refuse the compile (INTERNAL_ERROR),
// never leave refillWithin unbounded by it. Here baclofen's is broken ('180 days' is not a unit).
vi.mock('../../../core/library/drugs.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/library/drugs.js')>();
  const b = real.DRUG_LIBRARY['baclofen'];
  if (b === undefined) return real;
  const lib = { ...real.DRUG_LIBRARY, baclofen: { ...b, stability: b.stability.map((s) => ({ ...s, maxInReservoir: { ...s.maxInReservoir, value: '180 days' } })) } };
  return { ...real, DRUG_LIBRARY: lib, lookupDrug: (n: string) => (Object.prototype.hasOwnProperty.call(lib, n) ? lib[n as keyof typeof lib] : undefined) };
});

const { compile } = await import('../../../core/compile/compile.js');

describe('compile with a library stability value that does not parse', () => {
  it('[REQ-RES-003] [REQ-ERR-001] the request is refused with INTERNAL_ERROR naming the value; a drug whose value parses still compiles', () => {
    const r = compile(contractRequest({
      reservoir: { fill: q('volume', '20 mL'), filledAt: 0n, drugs: [{ drug: 'baclofen', concentration: q('concentration', '2 mg/mL') }] },
      therapy: { drug: 'baclofen', basal: { mode: 'continuous', dose: q('doseRate', '0.4 mg/day') }, periodicBoluses: [] },
      limits: { baclofen: { maxDaily: q('doseRate', '1 mg/day') } },
    }));
    expect(E.isLeft(r) && r.left.map((e) => e.code)).toEqual(['INTERNAL_ERROR']);
    expect(E.isLeft(r) && r.left[0]?.message).toContain('180 days');
    expect(E.isRight(compile(contractRequest()))).toBe(true);
  });
});
