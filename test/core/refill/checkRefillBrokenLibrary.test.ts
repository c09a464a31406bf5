import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it, vi } from 'vitest';
import { q } from '../library/_q.js';

// A reservoir size of the residual-threshold table that does not parse ('20 ml' is a refused spelling)
// must refuse the check, never skip the row.
vi.mock('../../../core/library/residualThresholds.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/library/residualThresholds.js')>();
  return { ...real, RESIDUAL_THRESHOLDS: real.RESIDUAL_THRESHOLDS.map((t) => ({ ...t, reservoir: { ...t.reservoir, value: t.reservoir.value.replace('mL', 'ml') } })) };
});

const { checkRefill } = await import('../../../core/refill/checkRefill.js');

describe('checkRefill with a residual table that does not parse', () => {
  it('[REQ-REFILL-002] [REQ-ERR-001] a reservoir size that does not parse is INTERNAL_ERROR naming the value, for any pump', () => {
    const r = checkRefill({ pump: { kind: 'programmable', reservoir: q('volume', '40 mL') }, expectedResidual: q('volume', '10 mL'), measuredResidual: q('volume', '7.5 mL') });
    expect(E.isLeft(r) && r.left.map((e) => e.code)).toEqual(['INTERNAL_ERROR']);
    expect(E.isLeft(r) && r.left[0]?.message).toContain('20 ml');
  });
});
