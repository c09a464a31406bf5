import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { CONVERSION_CHAINS } from '../../../core/library/conversions.js';
import { DRUG_LIBRARY, DRUG_LIBRARY_VERSION, DRUG_NAMES, lookupDrug } from '../../../core/library/drugs.js';
import { lookupPumpProfile, PUMP_LIBRARY_VERSION, PUMP_PROFILES } from '../../../core/library/pumps.js';
import { RESIDUAL_THRESHOLDS } from '../../../core/library/residualThresholds.js';
import type { Grade, SourcedNote, SourcedValue } from '../../../core/library/Sourced.js';
import { parseQuantity } from '../../../core/quantity/parseQuantity.js';
import { DIMENSIONS } from '../../../core/quantity/dimension.js';

const isValue = (x: unknown): x is SourcedValue =>
  typeof x === 'object' && x !== null && 'value' in x && 'dim' in x && 'source' in x;
const isNote = (x: unknown): x is SourcedNote => typeof x === 'object' && x !== null && 'text' in x && 'source' in x && 'grade' in x;

/** Every sourced value and note anywhere under `root`. */
function collect(root: unknown): { values: SourcedValue[]; notes: SourcedNote[] } {
  const values: SourcedValue[] = [];
  const notes: SourcedNote[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) { x.forEach(walk); return; }
    if (typeof x !== 'object' || x === null) return;
    if (isValue(x)) values.push(x);
    if (isNote(x)) notes.push(x);
    Object.values(x).forEach(walk);
  };
  walk(root);
  return { values, notes };
}

const CONFIDENCE: Record<Grade, string> = { L: 'label', 'L/O': 'label', 'P*': 'guideline', P: 'unverified', O: 'other', C: 'cited', A: 'approximate', E: 'engine' };
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

describe('built-in libraries', () => {
  const all = collect([DRUG_LIBRARY, PUMP_PROFILES, RESIDUAL_THRESHOLDS]);

  it('[REQ-LIB-001] every number of the drug library, the pump profiles and the residual thresholds parses with its dimension', () => {
    expect(all.values.length).toBeGreaterThan(60);
    for (const v of all.values) {
      expect(DIMENSIONS).toContain(v.dim);
      const r = parseQuantity(v.dim, v.value, v.value);
      expect(E.isRight(r), `${v.value} as ${v.dim} (${v.source})`).toBe(true);
    }
  });

  it('[REQ-LIB-001] every value and note has a non-empty source and the confidence its grade gives', () => {
    for (const x of [...all.values, ...all.notes]) {
      expect(x.source.trim(), JSON.stringify(x)).not.toBe('');
      expect(x.confidence, JSON.stringify(x)).toBe(CONFIDENCE[x.grade]);
    }
  });

  it('[REQ-LIB-001] [REQ-LIB-003] hard limits are label values only; unverified (PACC) values are never hard', () => {
    for (const d of Object.values(DRUG_LIBRARY)) {
      for (const l of d.hardLimits) expect(l.grade, `${d.name} ${l.value}`).toBe('L');
      for (const r of d.titration.filter((t) => t.strength === 'hard')) {
        for (const v of collect(r).values) expect(['L', 'L/O'], `${d.name} ${v.value}`).toContain(v.grade);
      }
    }
    const unverifiedSoft = Object.values(DRUG_LIBRARY).flatMap((d) => d.softLimits).filter((l) => l.confidence === 'unverified');
    expect(unverifiedSoft.length).toBeGreaterThan(0);
    for (const l of unverifiedSoft) expect(l.source).toMatch(/^PACC (2012|2017) /);
  });

  it('[REQ-LIB-005] ziconotide has both label maxima, US 19.2 and EU 21.6 mcg/day', () => {
    const z = lookupDrug('ziconotide');
    expect(z?.hardLimits.map((l) => [l.kind, l.region, l.value, l.source])).toEqual([
      ['maxDaily', 'US', '19.2 mcg/day', 'Prialt US label'],
      ['maxDaily', 'EU', '21.6 mcg/day', 'Prialt EU SmPC'],
    ]);
    expect(z?.titration.find((t) => t.strength === 'hard' && t.maxIncrease !== undefined)?.maxIncrease?.value).toBe('2.4 mcg/day');
  });

  it('[REQ-LIB-002] the library has the eight drugs of the domain notes, under lower-case names', () => {
    expect(DRUG_NAMES).toEqual(['morphine', 'hydromorphone', 'fentanyl', 'sufentanil', 'ziconotide', 'baclofen', 'bupivacaine', 'clonidine']);
    expect(lookupDrug('Morphine')).toBeUndefined();
    expect(lookupDrug('toString')).toBeUndefined();
    expect(DRUG_LIBRARY_VERSION).toMatch(/^[0-9]+\.[0-9]+\.[0-9]+$/);
  });

  it('[REQ-LIB-001] bupivacaine uses the lower recollected daily maximum (10 mg/day) until checked', () => {
    expect(lookupDrug('bupivacaine')?.softLimits.find((l) => l.kind === 'maxDaily')?.value).toBe('10 mg/day');
  });

  it('[REQ-LIB-001] no compounding resolution is invented: none is published, and every drug says so', () => {
    for (const d of Object.values(DRUG_LIBRARY)) {
      expect(d.compoundingResolution).toBeUndefined();
      expect(d.notPublished).toContain('compounding resolution');
    }
  });

  it('[REQ-CONV-003] the Utah 75-150:1 figures are said to be prescribing ratios, not observed results', () => {
    const d = CONVERSION_CHAINS['morphine']?.observedOralToIntrathecal.detail;
    expect(d?.text).toContain('the ratios used to prescribe the first intrathecal dose, median 105.5:1, range 75-150:1, not observed results');
    expect(d?.text).not.toMatch(/^observed/);
    expect(d?.source).toContain('Neuromodulation 2021;24(7):1157-66 (prescribing ratios');
  });

  it('[REQ-CONV-002] the morphine chain is 300:100:10:1 (Krames) and the reported oral-to-intrathecal range 10:1 to 150:1, all plain decimals with sources', () => {
    const m = CONVERSION_CHAINS['morphine'];
    expect([m?.parts.oral.value, m?.parts.intravenous.value, m?.parts.epidural.value, m?.parts.intrathecal.value]).toEqual(['300', '100', '10', '1']);
    expect([m?.observedOralToIntrathecal.low.value, m?.observedOralToIntrathecal.high.value]).toEqual(['10', '150']);
    for (const c of Object.values(CONVERSION_CHAINS)) {
      for (const r of [...Object.values(c.parts), c.observedOralToIntrathecal.low, c.observedOralToIntrathecal.high]) {
        expect(r.value).toMatch(DECIMAL);
        expect(r.source).toMatch(/\S/);
      }
    }
  });
});

describe('pump profiles', () => {
  it('[REQ-PUMP-004] a built-in profile uses only cited (C) facts; approximate ones are notes only', () => {
    for (const p of Object.values(PUMP_PROFILES)) {
      const used = collect([p.reservoirs, p.deviceFacts, p.defaults, p.catheter, p.otherFacts, p.notes]);
      for (const v of [...used.values, ...used.notes]) expect(v.grade, `${p.name} ${JSON.stringify(v)}`).toBe('C');
      for (const a of p.approximate) expect(a.grade).toBe('A');
    }
    expect(PUMP_LIBRARY_VERSION).toMatch(/^[0-9]+\.[0-9]+\.[0-9]+$/);
  });

  it('[REQ-PUMP-004] SynchroMed II: 20 and 40 mL, minimum flow 0.048 mL/day, 2 mL alarm as a default', () => {
    const s = lookupPumpProfile('synchromed-ii');
    expect(s?.reservoirs.map((r) => [r.value, r.models])).toEqual([['20 mL', '8637-20'], ['40 mL', '8637-40']]);
    expect(s?.deviceFacts.minRate?.value).toBe('0.048 mL/day');
    expect(s?.defaults.lowReservoirAlarm?.value).toBe('2 mL');
    expect(s?.integratorSupplies).toContain('maxRate');
  });

  it('[REQ-PUMP-004] fixed-rate profiles carry no number: the integrator supplies reservoir, flow and tolerance', () => {
    for (const name of ['isomed', 'codman-3000']) {
      const p = lookupPumpProfile(name);
      expect(p?.kind).toBe('fixed-rate');
      expect(p?.reservoirs).toEqual([]);
      expect(p?.integratorSupplies).toEqual(expect.arrayContaining(['reservoir', 'nominalFlow', 'flowTolerance']));
    }
  });

  it('[REQ-REFILL-001] residual thresholds: 1 mL for 20 mL, 2 mL for 40 mL (Maino 2017)', () => {
    expect(RESIDUAL_THRESHOLDS.map((t) => [t.reservoir.value, t.threshold.value])).toEqual([['20 mL', '1 mL'], ['40 mL', '2 mL']]);
    for (const t of RESIDUAL_THRESHOLDS) expect(t.threshold.source).toContain('Maino');
  });
});
