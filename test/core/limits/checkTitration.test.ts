import { describe, expect, it } from 'vitest';
import { checkTitration } from '../../../core/limits/checkTitration.js';
import { q } from '../library/_q.js';

const change = (drug: string, previous: string, next: string, since: string) =>
  checkTitration({ drug, previousDose: q('doseRate', previous), newDose: q('doseRate', next), since: q('time', since) });
const codes = (r: { errors: readonly { code: string; path: string }[]; warnings: readonly { code: string }[] }) =>
  [...r.errors.map((e) => [e.code, e.path]), ...r.warnings.map((w) => [w.code])];

describe('checkTitration: ziconotide', () => {
  it('[REQ-TITR-001] +2.4 mcg/day after a week is within the label rule (warned only against the slower consensus step)', () => {
    const r = change('ziconotide', '2.4 mcg/day', '4.8 mcg/day', '7 day');
    expect(r.errors).toEqual([]);
    expect(codes(r)).toEqual([['TITRATION_ABOVE_GUIDANCE']]);
    expect(r.warnings[0]?.message).toContain('0.5 mcg/day');
    expect(r.warnings[0]?.message).toContain('prialt.com titration page citing PACC 2017');
  });

  it('[REQ-TITR-001] +2.5 mcg/day is refused, naming the rule and its source', () => {
    const r = change('ziconotide', '2.4 mcg/day', '4.9 mcg/day', '7 day');
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([['TITRATION_LIMIT_EXCEEDED', 'titration.previousDose']]);
    expect(r.errors[0]?.message).toContain('Prialt US label');
    expect(r.errors[0]?.message).toContain('+2.5 mcg/day');
    expect(r.applied.find((a) => a.strength === 'hard' && a.region === 'US')?.outcome).toBe('exceeded');
  });

  it('[REQ-TITR-001] a change sooner than 24 h after the last is refused (EU SmPC)', () => {
    const r = change('ziconotide', '1.2 mcg/day', '1.7 mcg/day', '12 h');
    expect(r.errors.map((e) => e.code)).toEqual(['TITRATION_LIMIT_EXCEEDED']);
    expect(r.errors[0]?.message).toContain('Prialt EU SmPC');
  });

  it('[REQ-TITR-002] after 36 h: within the 24 h rule, warned against the 48 h recommendation and the weekly consensus', () => {
    const r = change('ziconotide', '1.2 mcg/day', '1.7 mcg/day', '36 h');
    expect(codes(r)).toEqual([['TITRATION_ABOVE_GUIDANCE'], ['TITRATION_ABOVE_GUIDANCE']]);
  });

  it('[REQ-TITR-002] +0.5 mcg/day after exactly 7 days meets every rule and every guidance', () => {
    const r = change('ziconotide', '1.2 mcg/day', '1.7 mcg/day', '168 h');
    expect(codes(r)).toEqual([]);
    expect(r.applied.every((a) => a.outcome === 'within')).toBe(true);
    expect(r.applied.length).toBe(4);
  });

  it('[REQ-TITR-001] a decrease is not bounded, however soon', () => {
    const r = change('ziconotide', '4.8 mcg/day', '2.4 mcg/day', '1 h');
    expect(codes(r)).toEqual([]);
    expect(r.applied.every((a) => a.outcome === 'not-an-increase')).toBe(true);
  });
});

describe('checkTitration: baclofen', () => {
  it('[REQ-TITR-001] +30 % after 24 h is within the label rule; above 15 % it is warned (cerebral origin, children)', () => {
    const r = change('baclofen', '400 mcg/day', '520 mcg/day', '24 h');
    expect(codes(r)).toEqual([['TITRATION_ABOVE_GUIDANCE']]);
    expect(r.warnings[0]?.message).toContain('+30 %');
  });

  it('[REQ-TITR-001] +30.25 % is refused', () => {
    const r = change('baclofen', '400 mcg/day', '521 mcg/day', '2 day');
    expect(r.errors.map((e) => e.code)).toEqual(['TITRATION_LIMIT_EXCEEDED']);
    expect(r.errors[0]?.message).toContain('+30.25 %');
    expect(r.errors[0]?.message).toContain('label; Saulino 2016');
  });

  it('[REQ-TITR-001] +10 % twelve hours after the last change is refused (once per 24 h)', () => {
    expect(change('baclofen', '400 mcg/day', '440 mcg/day', '12 h').errors.map((e) => e.code)).toEqual(['TITRATION_LIMIT_EXCEEDED']);
    expect(codes(change('baclofen', '400 mcg/day', '440 mcg/day', '24 h'))).toEqual([]);
  });

  it('[REQ-TITR-001] a start from zero is an unbounded percentage: refused', () => {
    expect(change('baclofen', '0 mcg/day', '100 mcg/day', '2 day').errors.map((e) => e.code)).toEqual(['TITRATION_LIMIT_EXCEEDED']);
  });
});

describe('checkTitration: drugs without a rule', () => {
  it('[REQ-TITR-001] morphine and drugs not in the library have no titration rule: nothing applied', () => {
    expect(change('morphine', '2 mg/day', '10 mg/day', '1 h')).toEqual({ errors: [], warnings: [], applied: [] });
    expect(change('oxycodone', '2 mg/day', '10 mg/day', '1 h')).toEqual({ errors: [], warnings: [], applied: [] });
  });
});
