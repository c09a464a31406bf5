import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { reservoirStability } from '../../../core/library/reservoirStability.js';
import { q } from './_q.js';

const summary = (r: ReturnType<typeof reservoirStability>) =>
  E.isRight(r) ? r.right.map((v) => [v.drug, v.status, v.limit?.sourced.value]) : r.left.code;

describe('reservoirStability', () => {
  it('[REQ-LIB-009] morphine: 90 days alone, with clonidine, with bupivacaine and clonidine; not published with bupivacaine alone', () => {
    expect(summary(reservoirStability([{ drug: 'morphine' }], {}))).toEqual([['morphine', 'published', '90 day']]);
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

  it('[REQ-LIB-009] baclofen: refill within 180 days; drugs not in the library: not published', () => {
    expect(summary(reservoirStability([{ drug: 'baclofen' }, { drug: 'oxycodone' }], {}))).toEqual([
      ['baclofen', 'published', '180 day'], ['oxycodone', 'not-published', undefined],
    ]);
  });
});
