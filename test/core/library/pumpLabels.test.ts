import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { lookupPumpLabel, PUMP_LABELS } from '../../../core/library/pumpLabels.js';
import { PUMP_NAMES } from '../../../core/library/pumps.js';
import { lookupDrug } from '../../../core/library/drugs.js';
import { parseQuantity } from '../../../core/quantity/parseQuantity.js';

describe('labelled use per pump', () => {
  it('[REQ-LABEL-001] SynchroMed II profiles carry their label: morphine, ziconotide, baclofen intrathecal; floxuridine, methotrexate intravascular; no concentrations', () => {
    for (const name of ['synchromed-ii', 'synchromed-ii-20', 'synchromed-ii-40']) {
      const l = lookupPumpLabel(name);
      expect(l?.drugs.map((d) => [d.drug, d.route, d.concentrations.length])).toEqual([
        ['morphine', 'intrathecal', 0], ['ziconotide', 'intrathecal', 0], ['baclofen', 'intrathecal', 0],
        ['floxuridine', 'intravascular', 0], ['methotrexate', 'intravascular', 0],
      ]);
      expect(l?.label).toContain('SynchroMed II');
    }
  });
  it('[REQ-LABEL-001] Prometra profiles carry the Flowonix brief statement: Infumorph, saline, baclofen 500-2000 mcg/mL; no ziconotide', () => {
    for (const name of ['prometra', 'prometra-20', 'prometra-40']) {
      const l = lookupPumpLabel(name);
      expect(l?.drugs.map((d) => d.drug)).toEqual(['morphine', 'saline', 'baclofen']);
      const bac = l?.drugs[2]?.concentrations[0];
      expect([bac?.min.value, bac?.max.value]).toEqual(['500 mcg/mL', '2000 mcg/mL']);
      expect(bac?.min.source).toContain('PL-19589-04');
    }
  });
  it('[REQ-LABEL-001] every entry is sourced and quoted, graded C, and every range end parses as a concentration with min at most max', () => {
    for (const label of Object.values(PUMP_LABELS)) {
      for (const d of label.drugs) {
        expect(d.basis.source, d.drug).toMatch(/\S/);
        expect(d.basis.text, d.drug).toMatch(/"/);
        expect([d.basis.grade, d.basis.confidence]).toEqual(['C', 'cited']);
        for (const r of d.concentrations) {
          const min = parseQuantity('concentration', r.min.value, 'min');
          const max = parseQuantity('concentration', r.max.value, 'max');
          expect(E.isRight(min) && E.isRight(max) && min.right.base.lte(max.right.base)).toBe(true);
          expect([r.min.confidence, r.max.confidence]).toEqual(['cited', 'cited']);
        }
      }
      for (const n of label.notes) expect(n.source).toMatch(/\S/);
    }
  });
  it('[REQ-LABEL-004] pumps whose labelling is not public have no table: IsoMed, Codman 3000; unknown and prototype names find none', () => {
    expect(PUMP_NAMES.filter((n) => lookupPumpLabel(n) === undefined)).toEqual(['isomed', 'codman-3000']);
    for (const n of ['synchromed', 'constructor', '__proto__', 'toString']) expect(lookupPumpLabel(n)).toBeUndefined();
    expect(Object.isFrozen(PUMP_LABELS)).toBe(true);
    expect(Object.getPrototypeOf(PUMP_LABELS)).toBeNull();
  });
  it('[REQ-LIB-001] Mitigo is listed at 10 and 25 mg/mL with its DailyMed label; the FDA communication is not cited for Mitigo alone', () => {
    const mitigo = lookupDrug('morphine')?.products.find((p) => p.name === 'Mitigo');
    expect(mitigo?.concentrations.map((c) => [c.value, c.note])).toEqual([['10 mg/mL', 'NDC 66794-160: 200 mg/20 mL'], ['25 mg/mL', 'NDC 66794-162: 500 mg/20 mL']]);
    expect(mitigo?.concentrations[1]?.source).toContain('728f3d83-9a63-0c1f-e053-2a91aa0ac7db');
    expect(lookupDrug('morphine')?.approval.basis.source).toContain('Mitigo label');
  });
});
