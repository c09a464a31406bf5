import { describe, expect, it } from 'vitest';
import { areaOf, countPropertySites, readRecords, summarise, TARGET_CASES, timeBoxMs } from '../../scripts/lib/fuzzPlan.mjs';

describe('the fuzz stage plan (scripts/lib/fuzzPlan.mjs)', () => {
  it('[REQ-FUZZ-004] counts every property call site of a test file', () => {
    expect(countPropertySites('fc.assert(p, fuzzProfile(200));\nfc.assert(q, params(50));\nconst r = fuzzCheck(x, 10);\nmyparams(3);')).toBe(3);
    expect(countPropertySites('nothing here')).toBe(0);
  });
  it('[REQ-FUZZ-004] shares the budget less a quarter (at least 30 s) equally among the properties across the workers, at least a second each', () => {
    expect(timeBoxMs({ budgetSeconds: 300, workers: 2, properties: 50 })).toBe(9000);
    expect(timeBoxMs({ budgetSeconds: 300, workers: 1, properties: 50 })).toBe(4500);
    expect(timeBoxMs({ budgetSeconds: 60, workers: 2, properties: 10 })).toBe(6000);
    expect(timeBoxMs({ budgetSeconds: 20, workers: 2, properties: 10 })).toBe(1000);
    expect(() => timeBoxMs({ budgetSeconds: 0, workers: 2, properties: 10 })).toThrow(RangeError);
    expect(() => timeBoxMs({ budgetSeconds: 300, workers: 2, properties: 0 })).toThrow(RangeError);
  });
  it('[REQ-FUZZ-004] sums the recorded cases, per property (with cases/s and the law share) and per area, and says whether the target was reached', () => {
    const records = readRecords([
      '{"cases":900000,"defaultRuns":500,"ms":9000,"file":"properties/arith/a.test.ts","test":"a > fast"}',
      '',
      '{"cases":150,"defaultRuns":200,"ms":9000,"file":"properties/compile/c.test.ts","test":"c > law"}',
      '{"reachedShare":0.99,"drawn":150,"file":"properties/compile/c.test.ts","test":"c > law"}',
      '{"cases":100000,"defaultRuns":100,"ms":8000,"file":"properties/arith/b.test.ts","test":"b > other"}',
    ].join('\n'));
    const s = summarise(records, { seconds: 100 });
    expect(s.cases).toBe(1_000_150);
    expect(s.target).toBe(TARGET_CASES);
    expect(s.reachedTarget).toBe(true);
    expect(s.casesPerSecond).toBe(10_002);
    expect(s.properties.map((p) => p.cases)).toEqual([900_000, 100_000, 150]);
    expect(s.properties[0]?.casesPerSecond).toBe(100_000);
    expect(s.properties[2]?.reachedShare).toBe(0.99);
    expect(s.properties[0]?.reachedShare).toBeUndefined();
    expect(s.belowDefault).toEqual(['properties/compile/c.test.ts > c > law']);
    expect(s.distribution).toEqual([
      { area: 'arith', properties: 2, cases: 1_000_000, share: 1 },
      { area: 'compile', properties: 1, cases: 150, share: 0 },
    ]);
    expect(summarise(records.slice(1), { seconds: 10 }).reachedTarget).toBe(false);
    expect(areaOf(undefined)).toBe('(unknown)');
  });
});
