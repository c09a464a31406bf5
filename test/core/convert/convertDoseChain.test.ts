import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it, vi } from 'vitest';
import { q } from '../library/_q.js';

// A chain whose parts do not divide each other, and one with a zero part: the real library has
// neither (300 : 100 : 10 : 1). Chains whose observed low or high end is not a decimal (under the
// names of two library drugs that have no chain). Test values only.
vi.mock('../../../core/library/conversions.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/library/conversions.js')>();
  const m = real.CONVERSION_CHAINS['morphine'];
  if (m === undefined) return real;
  const chain = { ...m, parts: { ...m.parts, oral: { ...m.parts.oral, value: '250' }, epidural: { ...m.parts.epidural, value: '0' } } };
  const o = m.observedOralToIntrathecal;
  const noLow = { ...m, drug: 'hydromorphone', observedOralToIntrathecal: { ...o, low: { ...o.low, value: 'ten' } } };
  const noHigh = { ...m, drug: 'fentanyl', observedOralToIntrathecal: { ...o, high: { ...o.high, value: '150+' } } };
  const chains: Record<string, typeof m> = { morphine: chain, hydromorphone: noLow, fentanyl: noHigh };
  return { ...real, lookupConversionChain: (d: string) => chains[d] };
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
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path, e.message])).toEqual([['INTERNAL_ERROR', '', 'the conversion chain of morphine has a part that is not a positive decimal']]);
  });
  it('[REQ-CONV-003] a ratio given is held against the observed range only when both ends are decimals; else the warning cites the range without a verdict', () => {
    // (the first warning; soft-limit warnings of these drugs may follow)
    const warning = (drug: string, ratio: string) => {
      const r = convertDose({ drug, from: { route: 'oral', dose: q('doseRate', '600 mg/day') }, to: { route: 'intrathecal' }, ratio });
      return E.isRight(r) ? r.right.warnings.slice(0, 1).map((w) => [w.code, w.path, w.message]) : r.left.map((e) => e.code);
    };
    const cited = (drug: string, low: string, high: string) => `published ${drug} oral-to-intrathecal ratios range widely, from about ${low}:1 to ${high}:1 `
      + '(Utah cohort of 275, Neuromodulation 2021;24(7):1157-66 (prescribing ratios: median 105.5:1, range 75-150:1); a Japanese series of 8, 2023 (10:1 to 125:1)); '
      + 'the converted dose is a starting point to titrate from, not a target';
    // 5 is below 10 and 500 above 150, yet with one end unreadable there is no "outside" verdict
    expect(warning('hydromorphone', '5')).toEqual([['CONVERSION_RATIO_RANGE', 'ratio', cited('hydromorphone', 'ten', '150')]]);
    expect(warning('hydromorphone', '500')).toEqual([['CONVERSION_RATIO_RANGE', 'ratio', cited('hydromorphone', 'ten', '150')]]);
    expect(warning('fentanyl', '5')).toEqual([['CONVERSION_RATIO_RANGE', 'ratio', cited('fentanyl', '10', '150+')]]);
    expect(warning('fentanyl', '500')).toEqual([['CONVERSION_RATIO_RANGE', 'ratio', cited('fentanyl', '10', '150+')]]);
  });
});
