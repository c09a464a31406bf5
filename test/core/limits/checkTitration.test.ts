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
  it('[REQ-TITR-002] +30 % after 24 h is within the 30 % step; above 15 % it is warned (cerebral origin, children)', () => {
    const r = change('baclofen', '400 mcg/day', '520 mcg/day', '24 h');
    expect(codes(r)).toEqual([['TITRATION_ABOVE_GUIDANCE']]);
    expect(r.warnings[0]?.message).toContain('+30 %');
  });

  it('[REQ-TITR-002] [REQ-LIB-101] +30.25 % is warned, never refused: the label text behind the 30 % step was not read', () => {
    const r = change('baclofen', '400 mcg/day', '521 mcg/day', '2 day');
    expect(r.errors).toEqual([]);
    expect(codes(r)).toEqual([['TITRATION_ABOVE_GUIDANCE'], ['TITRATION_ABOVE_GUIDANCE']]);
    expect(r.warnings[0]?.message).toContain('+30.25 %');
    expect(r.warnings[0]?.message).toContain('label; Saulino 2016');
    expect(r.warnings[0]?.message).toContain('not confirmed against the label text');
  });

  it('[REQ-LIB-101] +50 % twelve hours after the last change (a step the label may allow) is two warnings, no refusal', () => {
    const r = change('baclofen', '400 mcg/day', '600 mcg/day', '12 h');
    expect(r.errors).toEqual([]);
    expect(codes(r)).toEqual([['TITRATION_ABOVE_GUIDANCE'], ['TITRATION_ABOVE_GUIDANCE']]);
    expect(r.warnings[0]?.message).toContain('this change +50 %; changes at least this far apart: 24 h (label; Saulino 2016), this change 12 h');
    expect(r.applied.map((a) => [a.strength, a.outcome])).toEqual([['advisory', 'exceeded'], ['advisory', 'exceeded']]);
  });

  it('[REQ-TITR-002] +10 % twelve hours after the last change is warned (once per 24 h)', () => {
    const r = change('baclofen', '400 mcg/day', '440 mcg/day', '12 h');
    expect(r.errors).toEqual([]);
    expect(codes(r)).toEqual([['TITRATION_ABOVE_GUIDANCE']]);
    expect(codes(change('baclofen', '400 mcg/day', '440 mcg/day', '24 h'))).toEqual([]);
  });

  it('[REQ-TITR-002] a start from zero is an unbounded percentage: warned', () => {
    const r = change('baclofen', '0 mcg/day', '100 mcg/day', '2 day');
    expect(r.errors).toEqual([]);
    expect(codes(r)).toEqual([['TITRATION_ABOVE_GUIDANCE'], ['TITRATION_ABOVE_GUIDANCE']]);
  });
});

describe('checkTitration: drugs without a rule', () => {
  it('[REQ-TITR-001] morphine and drugs not in the library have no titration rule: nothing applied', () => {
    expect(change('morphine', '2 mg/day', '10 mg/day', '1 h')).toEqual({ errors: [], warnings: [], applied: [] });
    expect(change('oxycodone', '2 mg/day', '10 mg/day', '1 h')).toEqual({ errors: [], warnings: [], applied: [] });
  });
});

describe('checkTitration: what each check records', () => {
  it('[REQ-TITR-002] a baclofen decrease is not bounded: the percentage check records +0 % and nothing is breached', () => {
    const r = change('baclofen', '400 mcg/day', '300 mcg/day', '1 h');
    expect(codes(r)).toEqual([]);
    expect(r.applied.map((a) => [a.strength, a.outcome, a.checks.map((c) => [c.what, c.value, c.checked, c.breached])])).toEqual([
      ['advisory', 'not-an-increase', [['maxIncreasePercent', '30 %', '+0 %', false], ['minInterval', '24 h', '1 h', false]]],
      ['advisory', 'not-an-increase', [['maxIncreasePercent', '15 %', '+0 %', false]]],
    ]);
  });
  it('[REQ-TITR-001] an unchanged dose is not an increase either', () => {
    const r = change('baclofen', '400 mcg/day', '400 mcg/day', '1 h');
    expect(r.applied.map((a) => a.outcome)).toEqual(['not-an-increase', 'not-an-increase']);
    expect(r.errors).toEqual([]);
  });
  it('[REQ-TITR-001] the percentage of an increase is shown rounded up to 0.01 %, from zero as "an increase from zero"', () => {
    // +1 mcg/day on 300 mcg/day is 0.333...% → +0.34 %
    const r = change('baclofen', '300 mcg/day', '301 mcg/day', '2 day');
    expect(r.applied[0]?.checks.find((c) => c.what === 'maxIncreasePercent')?.checked).toBe('+0.34 %');
    const z = change('baclofen', '0 mcg/day', '100 mcg/day', '2 day');
    expect(z.applied[0]?.checks.find((c) => c.what === 'maxIncreasePercent')).toMatchObject({ checked: 'an increase from zero', breached: true });
  });
  it('[REQ-TITR-001] doses of 1 mg/day or more are shown in mg/day, smaller in mcg/day; the errors name the given path', () => {
    const r = checkTitration({ drug: 'baclofen', previousDose: q('doseRate', '0.8 mg/day'), newDose: q('doseRate', '1.2 mg/day'), since: q('time', '2 day'), path: 'old.titration' });
    expect(r.warnings.map((e) => [e.code, e.path])).toEqual([['TITRATION_ABOVE_GUIDANCE', 'old.titration'], ['TITRATION_ABOVE_GUIDANCE', 'old.titration']]);
    expect(r.warnings[0]?.message).toContain('baclofen: 0.8 mg/day → 1.2 mg/day after 48 h is faster than');
    expect(r.warnings[0]?.message).toContain('this change +50 %');
  });
});

describe('checkTitration: what each refusal and warning says', () => {
  it('[REQ-TITR-001] a hard rule broken twice (amount and interval) is one refusal listing both parts with their sources', () => {
    const r = change('ziconotide', '2.4 mcg/day', '4.9 mcg/day', '12 h');
    expect(r.errors.map((e) => e.message)).toEqual([
      'ziconotide: 2.4 mcg/day → 4.9 mcg/day after 12 h breaks the titration rule "steps of at most 2.4 mcg/day, at most 2-3 times a week" (Prialt US label): '
        + 'increase at most 2.4 mcg/day (Prialt US label), this change +2.5 mcg/day',
      'ziconotide: 2.4 mcg/day → 4.9 mcg/day after 12 h breaks the titration rule "dose changes at least 24 h apart, 48 h recommended" (Prialt EU SmPC): '
        + 'changes at least this far apart: 24 h (Prialt EU SmPC), this change 12 h',
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'ziconotide: 2.4 mcg/day → 4.9 mcg/day after 12 h is faster than the guidance "dose changes at least 24 h apart, 48 h recommended" (Prialt EU SmPC): '
        + 'changes at least this far apart: 48 h (Prialt EU SmPC), this change 12 h',
      'ziconotide: 2.4 mcg/day → 4.9 mcg/day after 12 h is faster than the guidance "start 0.5-1.2 mcg/day; increase at most 0.5 mcg/day, at most weekly (slower than the label)" '
        + '(prialt.com titration page citing PACC 2017; McDowell & Pope, Neuromodulation 2016;19:522-32): '
        + 'increase at most 0.5 mcg/day (prialt.com titration page citing PACC 2017; McDowell & Pope, Neuromodulation 2016;19:522-32), this change +2.5 mcg/day; '
        + 'changes at least this far apart: 7 day (prialt.com titration page citing PACC 2017; McDowell & Pope, Neuromodulation 2016;19:522-32), this change 12 h',
    ]);
  });
  it('[REQ-TITR-001] [REQ-TITR-002] each applied rule carries its wording, source, confidence and region', () => {
    const r = change('ziconotide', '1.2 mcg/day', '1.7 mcg/day', '168 h');
    expect(r.applied.map((a) => [a.drug, a.strength, a.region, a.confidence, a.source])).toEqual([
      ['ziconotide', 'hard', 'US', 'label', 'Prialt US label'],
      ['ziconotide', 'hard', 'EU', 'label', 'Prialt EU SmPC'],
      ['ziconotide', 'advisory', 'EU', 'label', 'Prialt EU SmPC'],
      ['ziconotide', 'advisory', undefined, 'guideline', 'prialt.com titration page citing PACC 2017; McDowell & Pope, Neuromodulation 2016;19:522-32'],
    ]);
    expect('region' in (r.applied[3] ?? {})).toBe(false);
    expect(r.applied[0]?.rule).toBe('steps of at most 2.4 mcg/day, at most 2-3 times a week');
    expect(r.applied[0]?.checks).toEqual([{ what: 'maxIncrease', value: '2.4 mcg/day', checked: '+0.5 mcg/day', source: 'Prialt US label', breached: false }]);
    expect(r.applied[1]?.checks).toEqual([{ what: 'minInterval', value: '24 h', checked: '168 h', source: 'Prialt EU SmPC', breached: false }]);
  });
  it('[REQ-TITR-001] an interval exactly at the rule is within it; a second less is not', () => {
    // the hard EU 24 h rule of ziconotide (Prialt EU SmPC)
    expect(change('ziconotide', '1.2 mcg/day', '1.7 mcg/day', '86400 s').errors).toEqual([]);
    expect(change('ziconotide', '1.2 mcg/day', '1.7 mcg/day', '86399 s').errors.map((e) => e.code)).toEqual(['TITRATION_LIMIT_EXCEEDED']);
    // the advisory baclofen 24 h: at the rule no warning, a second less warned
    expect(codes(change('baclofen', '400 mcg/day', '440 mcg/day', '86400 s'))).toEqual([]);
    expect(codes(change('baclofen', '400 mcg/day', '440 mcg/day', '86399 s'))).toEqual([['TITRATION_ABOVE_GUIDANCE']]);
  });
});
