import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { convertDose } from '../../../core/convert/convertDose.js';
import { formatQuantity } from '../../../core/quantity/formatQuantity.js';
import type { ConvertRequest } from '../../../core/request/ConvertRequest.js';
import { convertCommand } from '../../../spec/wire/commands/convert.js';
import { q } from '../library/_q.js';

const req = (dose: string, from = 'oral', to = 'intrathecal', ratio?: string): ConvertRequest => ({
  drug: 'morphine', from: { route: from, dose: q('doseRate', dose) }, to: { route: to }, ...(ratio === undefined ? {} : { ratio }),
});
const out = (r: ReturnType<typeof convertDose>) => (E.isRight(r) ? formatQuantity(r.right.dose, 'mg/day', 'down').text : r.left.map((e) => [e.code, e.path]));

describe('convertDose: the largest plausible dose', () => {
  it('[REQ-INPUT-004] 999999999999 mg/day oral is refused (QUANTITY_ABOVE_BOUND at from.dose, exit 2), not converted', () => {
    const r = convertCommand.run({ drug: 'morphine', from: { route: 'oral', dose: '999999999999 mg/day' }, to: { route: 'intrathecal' } });
    expect(r.exitCode).toBe(2);
    expect(r.body['errors']).toMatchObject([{ code: 'QUANTITY_ABOVE_BOUND', path: 'from.dose' }]);
  });

  it('[REQ-INPUT-004] each route\'s bound is accepted and the next nanogram a day above it refused: intrathecal 1000, epidural 10 000, intravenous 100 000, oral 300 000 mg/day', () => {
    const bounds = { intrathecal: '1000', epidural: '10000', intravenous: '100000', oral: '300000' } as const;
    for (const [route, mg] of Object.entries(bounds)) {
      const to = route === 'intrathecal' ? 'epidural' : 'intrathecal';
      // intrathecal is the end of the chain: its bound is checked on the source dose whatever the target
      const within = convertDose(req(`${mg} mg/day`, route, to));
      const over = convertDose(req(`${mg}.000001 mg/day`, route, to));
      if (route !== 'intrathecal') expect(E.isRight(within)).toBe(true);
      expect(E.isLeft(over) && over.left.filter((e) => e.path === 'from.dose').map((e) => e.code)).toEqual(['QUANTITY_ABOVE_BOUND']);
      expect(E.isLeft(within) && within.left.some((e) => e.path === 'from.dose')).toBe(false);
    }
    expect(out(convertDose(req('300000 mg/day')))).toBe('1000 mg/day');
  });

  it('[REQ-INPUT-004] the message gives the bound, how it is derived and its sources, and says it is an engine bound', () => {
    const r = convertDose(req('300001 mg/day'));
    const m = E.isLeft(r) ? r.left[0]?.message ?? '' : '';
    expect(m).toContain('at most 300000 mg/day by the oral route');
    expect(m).toContain('Krames');
    expect(m).toContain('1000 mg/day intrathecal');
    expect(m).toContain('40 mL');
    expect(m).toContain('Medscape 776694');
    expect(m).toContain('Infumorph 25 mg/mL, Infumorph label');
    expect(m).toContain('an engine bound derived from sourced facts, not a published maximum');
  });

  it('[REQ-INPUT-004] a prescriber ratio that gives more than the target route\'s bound is CONVERTED_DOSE_ABOVE_BOUND at ratio (exit 3)', () => {
    expect(out(convertDose(req('1000 mg/day', 'oral', 'intrathecal', '1')))).toBe('1000 mg/day');
    expect(out(convertDose(req('1000.000001 mg/day', 'oral', 'intrathecal', '1')))).toEqual([['CONVERTED_DOSE_ABOVE_BOUND', 'ratio']]);
    expect(out(convertDose(req('300000 mg/day', 'oral', 'intrathecal', '299.999999')))).toEqual([['CONVERTED_DOSE_ABOVE_BOUND', 'ratio']]);
    expect(out(convertDose(req('300000 mg/day', 'oral', 'intrathecal', '300')))).toBe('1000 mg/day');
    expect(out(convertDose(req('100000 mg/day', 'intravenous', 'epidural', '9.9')))).toEqual([['CONVERTED_DOSE_ABOVE_BOUND', 'ratio']]);
    const r = convertCommand.run({ drug: 'morphine', from: { route: 'oral', dose: '2000 mg/day' }, to: { route: 'intrathecal' }, ratio: '1' });
    expect(r.exitCode).toBe(3);
    expect(String((r.body['errors'] as { message: string }[])[0]?.message)).toContain('gives more than 1000 mg/day by the intrathecal route');
  });
});
