import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it, vi } from 'vitest';
import { q } from '../library/_q.js';

// A chain whose parts do not divide each other, and one with a zero part: the real library has
// neither (300 : 100 : 10 : 1). Test values only.
vi.mock('../../../core/library/conversions.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/library/conversions.js')>();
  const m = real.CONVERSION_CHAINS['morphine'];
  if (m === undefined) return real;
  const chain = { ...m, parts: { ...m.parts, oral: { ...m.parts.oral, value: '250' }, epidural: { ...m.parts.epidural, value: '0' } } };
  return { ...real, lookupConversionChain: (d: string) => (d === 'morphine' ? chain : undefined) };
});

const { convertDose } = await import('../../../core/convert/convertDose.js');
const { formatQuantity } = await import('../../../core/quantity/formatQuantity.js');

const conv = (dose: string, from: string, to: string) => convertDose({ drug: 'morphine', from: { route: from, dose: q('doseRate', dose) }, to: { route: to } });

describe('convertDose with other chain parts', () => {
  it('[REQ-CONV-002] a ratio of parts that do not divide is shown as "a:b": oral 250 : intravenous 100 gives 100 mg/day → 40 mg/day', () => {
    const r = conv('100 mg/day', 'oral', 'intravenous');
    expect(E.isRight(r) && [formatQuantity(r.right.dose, 'mg/day', 'down').text, r.right.ratio]).toEqual(['40 mg/day', '250:100']);
    const s = conv('250 mg/day', 'oral', 'intrathecal');
    expect(E.isRight(s) && [formatQuantity(s.right.dose, 'mg/day', 'down').text, s.right.ratio]).toEqual(['1 mg/day', '250']);
  });
  it('[REQ-CONV-002] [REQ-ERR-001] a chain part of zero is an internal error, never a division by zero', () => {
    const r = conv('100 mg/day', 'oral', 'epidural');
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.message])).toEqual([['INTERNAL_ERROR', 'the conversion chain of morphine has a part that is not a positive decimal']]);
  });
});
