import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { lookupDrug } from '../../../core/library/drugs.js';
import { reservoirStability } from '../../../core/library/reservoirStability.js';
import { q } from './_q.js';

const summary = (r: ReturnType<typeof reservoirStability>) =>
  E.isRight(r) ? r.right.map((v) => [v.drug, v.status, v.limit?.sourced.value]) : r.left.code;

describe('reservoirStability', () => {
  it('[REQ-LIB-009] [REQ-LIB-102] morphine: 90 days with clonidine, with bupivacaine and clonidine, and (inferred) alone; not published with bupivacaine alone', () => {
    expect(summary(reservoirStability([{ drug: 'morphine' }], {}))).toEqual([['morphine', 'published', '90 day']]);
    expect(summary(reservoirStability([{ drug: 'morphine' }, { drug: 'clonidine' }], {}))).toEqual([
      ['morphine', 'published', '90 day'], ['clonidine', 'not-published', undefined],
    ]);
    expect(summary(reservoirStability([{ drug: 'morphine' }, { drug: 'bupivacaine' }, { drug: 'clonidine' }], {}))).toEqual([
      ['morphine', 'published', '90 day'], ['bupivacaine', 'not-published', undefined], ['clonidine', 'not-published', undefined],
    ]);
    expect(summary(reservoirStability([{ drug: 'morphine' }, { drug: 'bupivacaine' }], {}))).toEqual([
      ['morphine', 'not-published', undefined], ['bupivacaine', 'not-published', undefined],
    ]);
  });

  it('[REQ-LIB-009] ziconotide: 14 days for a first fill (or when unknown), then 40 days diluted, 84 days undiluted (100 mcg/mL)', () => {
    expect(summary(reservoirStability([{ drug: 'ziconotide' }], {}))).toEqual([['ziconotide', 'published', '14 day']]);
    expect(summary(reservoirStability([{ drug: 'ziconotide', concentration: q('concentration', '5 mcg/mL') }], { firstFill: false }))).toEqual([['ziconotide', 'published', '40 day']]);
    expect(summary(reservoirStability([{ drug: 'ziconotide', concentration: q('concentration', '0.1 mg/mL') }], { firstFill: false }))).toEqual([['ziconotide', 'published', '84 day']]);
  });

  it('[REQ-LIB-102] each morphine admixture cites the study of that admixture; morphine alone is an inference graded A', () => {
    const at = (fill: { drug: string }[]) => {
      const r = reservoirStability(fill, {});
      return E.isRight(r) ? r.right[0]?.limit?.sourced : undefined;
    };
    expect(at([{ drug: 'morphine' }, { drug: 'clonidine' }])?.source).toBe(
      'Hildebrand, Elsberry, Hassenbusch: Stability and compatibility of morphine-clonidine admixtures in an implantable infusion system, J Pain Symptom Manage 2003;25(5):464-71');
    expect(at([{ drug: 'morphine' }, { drug: 'bupivacaine' }, { drug: 'clonidine' }])?.source).toBe(
      'Classen, Wimbish, Kupiec: Stability of admixture containing morphine sulfate, bupivacaine hydrochloride, and clonidine hydrochloride in an implantable infusion system, J Pain Symptom Manage 2004;28(6):603-11');
    const alone = at([{ drug: 'morphine' }]);
    expect([alone?.grade, alone?.confidence]).toEqual(['A', 'approximate']);
    expect(alone?.source).toBe('inferred from Hildebrand 2003 (morphine with clonidine) and Classen 2004 (morphine, bupivacaine and clonidine)');
    expect(at([{ drug: 'morphine' }, { drug: 'clonidine' }])?.grade).toBe('O');
    expect(lookupDrug('morphine')?.notPublished).toContain('reservoir stability of morphine alone (the 90 days are inferred from studies of admixtures, grade A)');
  });

  it('[REQ-LIB-102] hydromorphone: 120 days alone (Hildebrand 2001, above 95 % after 4 months); not published in an admixture', () => {
    expect(summary(reservoirStability([{ drug: 'hydromorphone' }], {}))).toEqual([['hydromorphone', 'published', '120 day']]);
    expect(summary(reservoirStability([{ drug: 'hydromorphone' }, { drug: 'clonidine' }], {}))).toEqual([
      ['hydromorphone', 'not-published', undefined], ['clonidine', 'not-published', undefined],
    ]);
    const r = reservoirStability([{ drug: 'hydromorphone' }], {});
    const s = E.isRight(r) ? r.right[0]?.limit?.sourced : undefined;
    expect(s?.source).toBe('Hildebrand, Elsberry, Anderson: Stability and compatibility of hydromorphone hydrochloride in an implantable infusion system, J Pain Symptom Manage 2001;22(6):1042-7');
    expect([s?.grade, s?.confidence]).toEqual(['O', 'other']);
    expect(lookupDrug('hydromorphone')?.notPublished).not.toContain('reservoir stability');
  });

  it('[REQ-LIB-009] baclofen: refill within 180 days; drugs not in the library: not published', () => {
    expect(summary(reservoirStability([{ drug: 'baclofen' }, { drug: 'oxycodone' }], {}))).toEqual([
      ['baclofen', 'published', '180 day'], ['oxycodone', 'not-published', undefined],
    ]);
    // the citation no longer calls PMID 38043050 a Cureus paper; the value is kept, the publication unread
    const b = lookupDrug('baclofen')?.stability[0]?.maxInReservoir;
    expect(b?.source).toBe('PMID 38043050 (2023)');
    expect(b?.source).not.toContain('Cureus');
  });
});
