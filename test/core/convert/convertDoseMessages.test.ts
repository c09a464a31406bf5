import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { convertDose } from '../../../core/convert/convertDose.js';
import { formatQuantity } from '../../../core/quantity/formatQuantity.js';
import type { ConvertRequest } from '../../../core/request/ConvertRequest.js';
import { q } from '../library/_q.js';

const req = (dose: string, from = 'oral', to = 'intrathecal', ratio?: string, drug = 'morphine'): ConvertRequest => ({
  drug, from: { route: from, dose: q('doseRate', dose) }, to: { route: to }, ...(ratio === undefined ? {} : { ratio }),
});
/** Every refusal as [code, path, message]. */
const refusals = (r: ReturnType<typeof convertDose>) => (E.isLeft(r) ? r.left.map((e) => [e.code, e.path, e.message]) : 'not refused');
/** A result as [dose in mg/day, ratio, warning codes]. */
const result = (r: ReturnType<typeof convertDose>) =>
  E.isRight(r) ? [formatQuantity(r.right.dose, 'mg/day', 'down').text, r.right.ratio, r.right.warnings.map((w) => w.code)] : r.left.map((e) => e.code);

const ROUTE_LIST = 'oral, intravenous, epidural, intrathecal';

describe('convertDose refusals: codes, paths and messages', () => {
  it('[REQ-CONV-002] [REQ-ERR-003] a drug outside the library and a drug without a chain are refused on "drug" with their messages', () => {
    expect(refusals(convertDose(req('8 mg/day', 'oral', 'intrathecal', '300', 'oxycodone')))).toEqual([
      ['UNKNOWN_DRUG', 'drug', '"oxycodone" is not in the drug library'],
    ]);
    expect(refusals(convertDose(req('8 mg/day', 'oral', 'intrathecal', '300', 'hydromorphone')))).toEqual([
      ['NO_CONVERSION_RATIO', 'drug', 'the drug library has no route conversion ratios for hydromorphone (it has them for morphine only); ratios of another drug are never borrowed'],
    ]);
  });

  it('[REQ-CONV-002] [REQ-ERR-003] an unknown route is one error on its own path, listing the routes; the known route of the pair adds none', () => {
    // one route unknown: the order check between the two routes is not made (it needs both)
    expect(refusals(convertDose(req('10 mg/day', 'oral', 'spinal')))).toEqual([
      ['INVALID_VALUE', 'to.route', `"spinal" is not a route; routes are ${ROUTE_LIST}`],
    ]);
    expect(refusals(convertDose(req('10 mg/day', 'rectal', 'intrathecal')))).toEqual([
      ['INVALID_VALUE', 'from.route', `"rectal" is not a route; routes are ${ROUTE_LIST}`],
    ]);
    expect(refusals(convertDose(req('10 mg/day', 'rectal', 'spinal')))).toEqual([
      ['INVALID_VALUE', 'from.route', `"rectal" is not a route; routes are ${ROUTE_LIST}`],
      ['INVALID_VALUE', 'to.route', `"spinal" is not a route; routes are ${ROUTE_LIST}`],
    ]);
  });

  it('[REQ-CONV-002] [REQ-ERR-003] the same route twice and a conversion away from the spine are refused on "to.route" with their messages', () => {
    expect(refusals(convertDose(req('1 mg/day', 'epidural', 'epidural')))).toEqual([
      ['INVALID_VALUE', 'to.route', 'from and to are both "epidural": nothing to convert'],
    ]);
    expect(refusals(convertDose(req('1 mg/day', 'intrathecal', 'oral')))).toEqual([
      ['INVALID_VALUE', 'to.route', 'convert gives a starting dose by a more spinal route (oral → intravenous → epidural → intrathecal); "intrathecal" to "oral" goes the other way'],
    ]);
  });

  it('[REQ-CONV-002] [REQ-ERR-003] a zero dose is refused as not positive before any conversion, together with the other errors of the request', () => {
    const zero = ['NOT_POSITIVE', 'from.dose', 'the dose to convert must be greater than zero'];
    expect(refusals(convertDose(req('0 mg/day')))).toEqual([zero]);
    // all input errors are collected: the routes', the dose's and the ratio's
    expect(refusals(convertDose(req('0 mg/day', 'intrathecal', 'oral', '0')))).toEqual([
      ['INVALID_VALUE', 'to.route', 'convert gives a starting dose by a more spinal route (oral → intravenous → epidural → intrathecal); "intrathecal" to "oral" goes the other way'],
      zero,
      ['NOT_POSITIVE', 'ratio', 'the ratio must be greater than zero; it is "0"'],
    ]);
  });

  it('[REQ-CONV-003] [REQ-ERR-003] a positive dose that floors to 0 ng/day is refused with its own message', () => {
    // 0.0001 mg/day = 100 ng/day; / 300 = 0.33 ng/day, floored to 0
    expect(refusals(convertDose(req('0.0001 mg/day')))).toEqual([
      ['NOT_POSITIVE', 'from.dose', 'the dose converts to less than 0.000001 mg/day; nothing to start with'],
    ]);
  });

  it('[REQ-CONV-002] [REQ-ERR-003] malformed, oversized, non-positive and below-1 ratios are refused on "ratio" with their messages', () => {
    const at = (ratio: string) => refusals(convertDose(req('600 mg/day', 'oral', 'intrathecal', ratio)));
    expect(at('3e2')).toEqual([['INVALID_VALUE', 'ratio', '"3e2" is not a plain decimal such as "300" (no exponent, no "+", no ":", a leading zero)']]);
    expect(at('1234567890123')).toEqual([['QUANTITY_OUT_OF_RANGE', 'ratio', '"1234567890123" has more than 12 digits before or 12 after the decimal point']]);
    expect(at('-2')).toEqual([['NOT_POSITIVE', 'ratio', 'the ratio must be greater than zero; it is "-2"']]);
    expect(at('0.5')).toEqual([['INVALID_VALUE', 'ratio', 'a ratio below 1 ("0.5") would give more drug by the more spinal route; write the ratio as from : to, e.g. "300" for 300:1']]);
  });
});

describe('convertDose ratio bounds', () => {
  it('[REQ-CONV-002] a ratio of exactly 1 is accepted: the dose is unchanged', () => {
    expect(result(convertDose(req('5 mg/day', 'oral', 'intrathecal', '1')))).toEqual(['5 mg/day', '1', ['CONVERSION_RATIO_RANGE']]);
  });

  it('[REQ-CONV-002] at most 12 integer digits: a 12-digit ratio is accepted, leading zeros do not count', () => {
    // 100000 mg/day = 1e11 ng/day; / 1e11 (12 digits) = 1 ng/day = 0.000001 mg/day
    expect(result(convertDose(req('100000 mg/day', 'oral', 'intrathecal', '100000000000')))).toEqual(['0.000001 mg/day', '100000000000', ['CONVERSION_RATIO_RANGE']]);
    // 13 zeros then 1: 14 characters, one significant digit, the ratio 1
    expect(result(convertDose(req('5 mg/day', 'oral', 'intrathecal', '00000000000001')))).toEqual(['5 mg/day', '1', ['CONVERSION_RATIO_RANGE']]);
    expect(result(convertDose(req('5 mg/day', 'oral', 'intrathecal', '0000000000000100')))).toEqual(['0.05 mg/day', '100', ['CONVERSION_RATIO_RANGE']]);
  });

  it('[REQ-CONV-002] at most 12 fraction digits: 12 are accepted, 13 are refused', () => {
    // 1.000000000001 (12 fraction digits): 5 mg/day / 1.000000000001 is just below 5 mg/day, floored to 4.999999 mg/day
    expect(result(convertDose(req('5 mg/day', 'oral', 'intrathecal', '1.000000000001')))).toEqual(['4.999999 mg/day', '1.000000000001', ['CONVERSION_RATIO_RANGE', 'ROUNDED_TOWARD_LESS_DRUG']]);
    expect(refusals(convertDose(req('5 mg/day', 'oral', 'intrathecal', '1.0000000000001')))).toEqual([
      ['QUANTITY_OUT_OF_RANGE', 'ratio', '"1.0000000000001" has more than 12 digits before or 12 after the decimal point'],
    ]);
  });

  it('[REQ-CONV-001] the response names the ratio given, not the chain\'s: 600 mg/day oral at 150 gives 4 mg/day, ratio "150"', () => {
    const r = convertDose(req('600 mg/day', 'oral', 'intrathecal', '150'));
    expect(result(r)).toEqual(['4 mg/day', '150', ['CONVERSION_RATIO_RANGE']]);
    expect(E.isRight(r) && r.right.source).toBe('request (prescriber-supplied ratio)');
  });
});

describe('convertDose warnings: paths and messages', () => {
  it('[REQ-CONV-003] [REQ-ROUND-002] the rounding warning is on "dose" and prints the floored dose in mg/day', () => {
    // 100 mg/day / 300 = 0.3333… mg/day, floored to 1 ng/day: 0.333333 mg/day
    const r = convertDose(req('100 mg/day'));
    expect(E.isRight(r) && r.right.warnings.slice(1).map((w) => [w.code, w.path, w.message])).toEqual([
      ['ROUNDED_TOWARD_LESS_DRUG', 'dose', 'the converted dose has more than six decimals in mg/day; rounded down to 0.333333 mg/day'],
    ]);
  });
  it('[REQ-CONV-003] a ratio given from oral to another route than intrathecal is not held against the oral-to-intrathecal range', () => {
    // 500 is above 150, but oral → epidural is not the observed pair
    const r = convertDose(req('600 mg/day', 'oral', 'epidural', '500'));
    expect(E.isRight(r) && r.right.warnings[0]?.message).not.toContain('outside');
    expect(result(r)).toEqual(['1.2 mg/day', '500', ['CONVERSION_RATIO_RANGE']]);
  });
});
