// The arithmetic of the CI fuzz stage (scripts/fuzz-stage.mjs), apart from
// running anything, so that test/scripts/fuzzPlan.test.ts can check it:
// how long each property may run, and what the records of a run add up to.

/** The case count the stage aims at in its time budget (issue 13: at least a million cases per CI run). */
export const TARGET_CASES = 1_000_000;

/** Property call sites in a test file's text: every `fuzzProfile(`, `params(` and `fuzzCheck(` runs one property. */
export function countPropertySites(text) {
  return (text.match(/\b(?:fuzzProfile|params|fuzzCheck)\(/g) ?? []).length;
}

/**
 * Each property's time box (ms): the budget less a reserve for vitest's start
 * and each file's transform and import (a quarter of the budget, at least 30 s),
 * shared equally among the properties across the workers. An equal time gives
 * a cheap property many more cases than a costly one, and every property the
 * same share of the machine; at least one second each.
 */
export function timeBoxMs({ budgetSeconds, workers, properties }) {
  if (!(budgetSeconds > 0) || !(workers >= 1) || !(properties >= 1)) throw new RangeError('timeBoxMs: a positive budget, workers and properties are needed');
  const reserve = Math.max(30, budgetSeconds / 4);
  const usable = Math.max(0, budgetSeconds - reserve);
  return Math.max(1000, Math.floor((usable * workers * 1000) / properties));
}

/** The JSON lines of a record file (blank lines skipped). */
export function readRecords(text) {
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

/** The area of a property file: its folder under properties/ (arith, kernel, compile, ...). */
export function areaOf(file) {
  const m = /^properties\/([^/]+)\//.exec(file ?? '');
  return m === null ? '(unknown)' : m[1];
}

/**
 * What a time-boxed run's records add up to: the cases in all, and for each
 * property its cases, time, cases per second and whether it ran at least its
 * default runs; per area (folder) the cases and their share; whether the
 * target was reached.
 */
export function summarise(records, { seconds, target = TARGET_CASES }) {
  const key = (r) => `${r.file ?? ''}\u0000${r.test ?? ''}`;
  // A law's share of cases that reached it (properties/_internals/lawShare.ts) is a line of its own.
  const shares = new Map(records.filter((r) => r.reachedShare !== undefined).map((r) => [key(r), r.reachedShare]));
  const properties = records.filter((r) => r.cases !== undefined).map((r) => ({
    file: r.file ?? '(unknown)',
    test: r.test ?? '(unknown)',
    cases: r.cases,
    defaultRuns: r.defaultRuns,
    ms: r.ms,
    casesPerSecond: r.ms > 0 ? Math.round((r.cases * 1000) / r.ms) : null,
    atLeastDefault: r.cases >= r.defaultRuns,
    ...(shares.has(key(r)) ? { reachedShare: shares.get(key(r)) } : {}),
  })).sort((a, b) => b.cases - a.cases);
  const cases = properties.reduce((n, p) => n + p.cases, 0);
  const areas = new Map();
  for (const p of properties) {
    const a = areaOf(p.file);
    const e = areas.get(a) ?? { area: a, properties: 0, cases: 0 };
    e.properties += 1;
    e.cases += p.cases;
    areas.set(a, e);
  }
  const distribution = [...areas.values()].sort((x, y) => y.cases - x.cases)
    .map((e) => ({ ...e, share: cases > 0 ? Number((e.cases / cases).toFixed(3)) : 0 }));
  return {
    cases,
    target,
    reachedTarget: cases >= target,
    casesPerSecond: seconds > 0 ? Math.round(cases / seconds) : null,
    belowDefault: properties.filter((p) => !p.atLeastDefault).map((p) => `${p.file} > ${p.test}`),
    distribution,
    properties,
  };
}
