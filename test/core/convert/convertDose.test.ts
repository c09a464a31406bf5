import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { convertDose } from '../../../core/convert/convertDose.js';
import { formatQuantity } from '../../../core/quantity/formatQuantity.js';
import type { ConvertRequest } from '../../../core/request/ConvertRequest.js';
import { q } from '../library/_q.js';

const req = (dose: string, from = 'oral', to = 'intrathecal', ratio?: string, drug = 'morphine'): ConvertRequest => ({
  drug, from: { route: from, dose: q('doseRate', dose) }, to: { route: to }, ...(ratio === undefined ? {} : { ratio }),
});
const out = (r: ReturnType<typeof convertDose>) =>
  E.isRight(r) ? { dose: formatQuantity(r.right.dose, 'mg/day', 'down').text, ratio: r.right.ratio, source: r.right.source, warnings: r.right.warnings.map((w) => w.code) } : r.left.map((e) => [e.code, e.path]);

describe('convertDose', () => {
  it('[REQ-CONV-001] contract vector: oral morphine 600 mg/day at ratio 300 gives 2 mg/day intrathecal', () => {
    expect(out(convertDose(req('600 mg/day', 'oral', 'intrathecal', '300')))).toEqual({
      dose: '2 mg/day', ratio: '300', source: 'request (prescriber-supplied ratio)', warnings: ['CONVERSION_RATIO_RANGE'],
    });
  });

  it('[REQ-CONV-001] [REQ-CONV-002] without a ratio the library chain is used and named: 300 mg/day oral → 1 mg/day (Krames)', () => {
    const r = out(convertDose(req('300 mg/day')));
    expect(r).toMatchObject({ dose: '1 mg/day', ratio: '300', warnings: ['CONVERSION_RATIO_RANGE'] });
    expect(!Array.isArray(r) && r.source).toContain('Krames');
  });

  it('[REQ-CONV-002] the chain gives every ratio toward the spine: IV → epidural 10, epidural → intrathecal 10, oral → IV 3', () => {
    expect(out(convertDose(req('50 mg/day', 'intravenous', 'epidural')))).toMatchObject({ dose: '5 mg/day', ratio: '10' });
    expect(out(convertDose(req('10 mg/day', 'epidural', 'intrathecal')))).toMatchObject({ dose: '1 mg/day', ratio: '10' });
    expect(out(convertDose(req('90 mg/day', 'oral', 'intravenous')))).toMatchObject({ dose: '30 mg/day', ratio: '3' });
    expect(out(convertDose(req('20 mg/day', 'intravenous', 'intrathecal')))).toMatchObject({ dose: '0.2 mg/day', ratio: '100' });
  });

  it('[REQ-CONV-003] [REQ-ROUND-002] 100 mg/day oral at 300:1 is 0.333… mg/day, rounded down to 0.333333 and said so', () => {
    expect(out(convertDose(req('100 mg/day')))).toMatchObject({ dose: '0.333333 mg/day', warnings: ['CONVERSION_RATIO_RANGE', 'ROUNDED_TOWARD_LESS_DRUG'] });
  });

  it('[REQ-CONV-003] the range warning cites the reported 10:1 to 150:1 and says when the ratio given is outside it', () => {
    const inRange = convertDose(req('600 mg/day', 'oral', 'intrathecal', '105.5'));
    expect(E.isRight(inRange) && inRange.right.warnings[0]?.message).toContain('from about 10:1 to 150:1 (Utah cohort of 275');
    expect(E.isRight(inRange) && inRange.right.warnings[0]?.message).not.toContain('outside');
    const outside = convertDose(req('600 mg/day', 'oral', 'intrathecal', '200'));
    expect(E.isRight(outside) && outside.right.warnings[0]?.message).toContain('200:1, is outside that range');
    expect(out(outside)).toMatchObject({ dose: '3 mg/day' });
  });

  it('[REQ-CONV-001] a converted intrathecal dose above a soft limit is warned, never refused (6000 mg/day oral → 20 mg/day, above PACC 15)', () => {
    const r = convertDose(req('6000 mg/day'));
    expect(out(r)).toMatchObject({ dose: '20 mg/day', warnings: ['CONVERSION_RATIO_RANGE', 'CONVERTED_DOSE_ABOVE_SOFT_LIMIT'] });
    expect(E.isRight(r) && r.right.warnings[1]?.message).toContain('15 mg/day (PACC 2012');
  });

  it('[REQ-CONV-002] unknown routes, the same route, and conversions away from the spine are refused (INVALID_VALUE)', () => {
    expect(out(convertDose(req('10 mg/day', 'rectal', 'intrathecal')))).toEqual([['INVALID_VALUE', 'from.route']]);
    expect(out(convertDose(req('10 mg/day', 'oral', 'spinal')))).toEqual([['INVALID_VALUE', 'to.route']]);
    expect(out(convertDose(req('1 mg/day', 'intrathecal', 'oral')))).toEqual([['INVALID_VALUE', 'to.route']]);
    expect(out(convertDose(req('1 mg/day', 'oral', 'oral')))).toEqual([['INVALID_VALUE', 'to.route']]);
  });

  it('[REQ-CONV-002] a ratio must be a plain decimal of at least 1', () => {
    expect(out(convertDose(req('600 mg/day', 'oral', 'intrathecal', '3e2')))).toEqual([['INVALID_VALUE', 'ratio']]);
    expect(out(convertDose(req('600 mg/day', 'oral', 'intrathecal', '300:1')))).toEqual([['INVALID_VALUE', 'ratio']]);
    expect(out(convertDose(req('600 mg/day', 'oral', 'intrathecal', '.5')))).toEqual([['INVALID_VALUE', 'ratio']]);
    expect(out(convertDose(req('600 mg/day', 'oral', 'intrathecal', '0')))).toEqual([['NOT_POSITIVE', 'ratio']]);
    expect(out(convertDose(req('600 mg/day', 'oral', 'intrathecal', '-300')))).toEqual([['NOT_POSITIVE', 'ratio']]);
    expect(out(convertDose(req('600 mg/day', 'oral', 'intrathecal', '0.5')))).toEqual([['INVALID_VALUE', 'ratio']]);
    expect(out(convertDose(req('600 mg/day', 'oral', 'intrathecal', '1234567890123')))).toEqual([['QUANTITY_OUT_OF_RANGE', 'ratio']]);
    expect(out(convertDose(req('600 mg/day', 'oral', 'intrathecal', '300.0')))).toMatchObject({ dose: '2 mg/day', ratio: '300' });
  });

  it('[REQ-CONV-002] drugs without a chain, drugs not in the library, and a zero dose are refused', () => {
    expect(out(convertDose(req('8 mg/day', 'oral', 'intrathecal', '300', 'hydromorphone')))).toEqual([['NO_CONVERSION_RATIO', 'drug']]);
    expect(out(convertDose(req('8 mg/day', 'oral', 'intrathecal', '300', 'oxycodone')))).toEqual([['UNKNOWN_DRUG', 'drug']]);
    expect(out(convertDose(req('0 mg/day')))).toEqual([['NOT_POSITIVE', 'from.dose']]);
    expect(out(convertDose(req('0.0001 mg/day')))).toEqual([['NOT_POSITIVE', 'from.dose']]);
  });
});

describe('convertDose, soft-limit warnings', () => {
  it('[REQ-CONV-003] above both morphine soft limits (6300 mg/day oral → 21 mg/day): one warning each, the unverified one said so', () => {
    const r = convertDose(req('6300 mg/day'));
    expect(out(r)).toMatchObject({ dose: '21 mg/day', warnings: ['CONVERSION_RATIO_RANGE', 'CONVERTED_DOSE_ABOVE_SOFT_LIMIT', 'CONVERTED_DOSE_ABOVE_SOFT_LIMIT'] });
    const msgs = E.isRight(r) ? r.right.warnings.slice(1).map((w) => [w.path, w.message]) : [];
    expect(msgs).toEqual([
      ['dose', 'the converted dose 21 mg/day is above the soft limit 15 mg/day (PACC 2012 (Deer et al., Neuromodulation 2012;15:436-466), unverified); a prescription at this dose needs an override with a reason'],
      ['dose', 'the converted dose 21 mg/day is above the soft limit 20 mg/day (Infumorph label); a prescription at this dose needs an override with a reason'],
    ]);
  });
  it('[REQ-CONV-003] only an intrathecal result is held against the intrathecal soft limits: 6300 mg/day oral → 210 mg/day epidural is not warned', () => {
    expect(out(convertDose(req('6300 mg/day', 'oral', 'epidural')))).toEqual({ dose: '210 mg/day', ratio: '30', source: expect.stringContaining('Krames') as unknown, warnings: ['CONVERSION_RATIO_RANGE'] });
  });
  it('[REQ-CONV-003] the range warning is on the ratio and cites both ends; a ratio exactly at an end is inside the range', () => {
    const at = (ratio: string) => {
      const r = convertDose(req('600 mg/day', 'oral', 'intrathecal', ratio));
      return E.isRight(r) ? r.right.warnings[0] : undefined;
    };
    expect(at('10')?.path).toBe('ratio');
    expect(at('10')?.message).not.toContain('outside');
    expect(at('150')?.message).not.toContain('outside');
    expect(at('9.99')?.message).toContain('; the ratio given, 9.99:1, is outside that range');
    expect(at('150.01')?.message).toContain('; the ratio given, 150.01:1, is outside that range');
    // a ratio given for another pair of routes is not held against the oral-to-intrathecal range
    const iv = convertDose(req('600 mg/day', 'intravenous', 'intrathecal', '500'));
    expect(E.isRight(iv) && iv.right.warnings[0]?.message).not.toContain('outside');
  });
});
