import { describe, expect, it } from 'vitest';
import { convertCommand } from '../../../../spec/wire/commands/convert.js';

const run = (req: unknown) => convertCommand.run(req);
const errs = (req: unknown) => {
  const r = run(req);
  return [r.exitCode, (r.body['errors'] as { code: string; path: string }[] | undefined)?.map((e) => [e.code, e.path])];
};
const base = { drug: 'morphine', from: { route: 'oral', dose: '600 mg/day' }, to: { route: 'intrathecal' } };

describe('convert command', () => {
  it('[REQ-CONV-001] contract vector: morphine oral 600 mg/day at ratio "300" gives "2 mg/day", with ratio, source and the range warning', () => {
    const r = run({ ...base, ratio: '300' });
    expect(r.exitCode).toBe(0);
    expect(r.body).toMatchObject({ ok: true, dose: '2 mg/day', ratio: '300', source: 'request (prescriber-supplied ratio)' });
    expect((r.body['warnings'] as { code: string }[]).map((w) => w.code)).toEqual(['CONVERSION_RATIO_RANGE']);
  });

  it('[REQ-CONV-002] without a ratio the library default is used and its source reported (contract: 300 mg/day → 1 mg/day)', () => {
    const r = run({ ...base, from: { route: 'oral', dose: '300 mg/day' } });
    expect(r.body).toMatchObject({ ok: true, dose: '1 mg/day', ratio: '300' });
    expect(String(r.body['source'])).toContain('Krames');
  });

  it('[REQ-CONV-002] [REQ-WIRE-002] strict request: unknown fields, unknown routes, numeric ratios are malformed (exit 2)', () => {
    expect(errs({ ...base, ratoi: '300' })).toEqual([2, [['UNKNOWN_FIELD', 'ratoi']]]);
    expect(errs({ ...base, from: { route: 'rectal', dose: '6 mg/day' } })).toEqual([2, [['INVALID_VALUE', 'from.route']]]);
    expect(errs({ ...base, ratio: 300 })).toEqual([2, [['WRONG_TYPE', 'ratio']]]);
    expect(errs({ ...base, ratio: '3e2' })).toEqual([2, [['INVALID_VALUE', 'ratio']]]);
    expect(errs({ ...base, from: { route: 'oral', dose: '600 mg' } })).toEqual([2, [['WRONG_DIMENSION', 'from.dose']]]);
    expect(errs({ drug: 'morphine', to: { route: 'intrathecal' } })).toEqual([2, [['MISSING_FIELD', 'from']]]);
  });

  it('[REQ-CONV-002] a drug with no conversion chain is refused for safety (exit 3)', () => {
    expect(errs({ ...base, drug: 'hydromorphone', ratio: '300' })).toEqual([3, [['NO_CONVERSION_RATIO', 'drug']]]);
    expect(errs({ ...base, drug: 'oxycodone' })).toEqual([3, [['UNKNOWN_DRUG', 'drug']]]);
  });
});
