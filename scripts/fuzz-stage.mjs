#!/usr/bin/env node
// The time-boxed CI fuzz stage (REQ-FUZZ-002, REQ-FUZZ-004).
//
// Runs every property under properties/ with a seed derived from the commit
// under test (the first 8 hex digits of `git rev-parse HEAD`, read as a signed
// 32-bit integer), so each commit explores new cases yet any failure replays
// exactly. One vitest run in parallel workers (FUZZ_WORKERS, default the
// machine's cores): every property runs case after case from that seed for an
// equal time box (FUZZ_TIME_BOX_MS in properties/_internals/fuzzProfile.ts),
// the budget (FUZZ_BUDGET_SECONDS, default 300) less a reserve for vitest's
// start, shared among the properties across the workers (scripts/lib/fuzzPlan.mjs).
// An equal time gives the cheap properties (arithmetic, codecs, kernel laws)
// many more cases than the costly ones (tip dose over a week, the pump model),
// while each still runs at least its box. The run is killed (and reported as a
// failure) past twice the budget.
//
// Prints the seed first; at the end each property's cases, time and cases/s,
// the cases per area and the total against the target of 1,000,000; writes
// reports/fuzz.json { seed, runsFactor, cases, commit, ..., properties }. A
// failing property prints fast-check's counterexample with its seed and path
// and the command that replays it alone (FUZZ_SEED, FUZZ_PATH); the stage
// then exits 1.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { countPropertySites, readRecords, summarise, timeBoxMs } from './lib/fuzzPlan.mjs';

const budgetSeconds = Number(process.env.FUZZ_BUDGET_SECONDS ?? '300');
if (!Number.isFinite(budgetSeconds) || budgetSeconds <= 0) {
  console.error(`fuzz-stage: FUZZ_BUDGET_SECONDS must be a positive number, got "${process.env.FUZZ_BUDGET_SECONDS}"`);
  process.exit(2);
}
const workers = Number(process.env.FUZZ_WORKERS ?? String(availableParallelism()));
if (!Number.isSafeInteger(workers) || workers < 1) {
  console.error(`fuzz-stage: FUZZ_WORKERS must be a positive integer, got "${process.env.FUZZ_WORKERS}"`);
  process.exit(2);
}
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
// As a signed 32-bit integer, the form fast-check prints on a failure, so the two logs show the same seed.
const seed = Number.parseInt(commit.slice(0, 8), 16) | 0;

/** Every property test file under properties/, relative to the working directory. */
function propertyFiles(dir = 'properties') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    return e.isDirectory() ? propertyFiles(p) : e.name.endsWith('.test.ts') ? [p] : [];
  });
}
// Named one by one: vitest reads a directory argument as a filter on any path containing it (test/properties/ too).
const files = propertyFiles();
const sites = files.reduce((n, f) => n + countPropertySites(readFileSync(f, 'utf8')), 0);
const boxMs = timeBoxMs({ budgetSeconds, workers, properties: sites });
console.log(`fuzz-stage: commit ${commit}, seed ${seed} (from its first 8 hex digits), budget ${budgetSeconds} s, ${workers} workers, ${sites} properties, ${(boxMs / 1000).toFixed(1)} s each`);

const work = mkdtempSync(join(tmpdir(), 'itdose-fuzz-'));
const record = join(work, 'cases.jsonl');
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [join('node_modules', 'vitest', 'vitest.mjs'), 'run', ...files, `--maxWorkers=${workers}`, `--testTimeout=${Math.ceil(budgetSeconds * 2000)}`], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_TIME_BOX_MS: String(boxMs), FUZZ_RECORD: record },
  timeout: Math.ceil(budgetSeconds * 2000),
  killSignal: 'SIGKILL',
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const timedOut = run.error !== undefined && run.error.code === 'ETIMEDOUT';
const summary = summarise(existsSync(record) ? readRecords(readFileSync(record, 'utf8')) : [], { seconds });
rmSync(work, { recursive: true, force: true });
const passed = run.status === 0 && !timedOut;

for (const p of summary.properties) {
  const reached = p.reachedShare === undefined ? '' : ` (${(p.reachedShare * 100).toFixed(1)} % reached the law)`;
  console.log(`fuzz-stage: ${String(p.cases).padStart(9)} cases ${String(p.casesPerSecond ?? '-').padStart(7)}/s ${(p.ms / 1000).toFixed(1).padStart(6)} s  ${p.file} > ${p.test.split(' > ').slice(-1)[0]?.slice(0, 90)}${reached}`);
}
for (const a of summary.distribution) console.log(`fuzz-stage: area ${a.area}: ${a.properties} properties, ${a.cases} cases (${(a.share * 100).toFixed(1)} %)`);
if (summary.belowDefault.length > 0) console.log(`fuzz-stage: below their default runs in the time box: ${summary.belowDefault.join('; ')}`);
if (summary.properties.length !== sites) console.log(`fuzz-stage: ${summary.properties.length} property runs recorded for ${sites} call sites`);

const report = {
  seed,
  runsFactor: 'time-boxed',
  cases: summary.cases,
  commit,
  passed,
  budgetSeconds,
  seconds: Number(seconds.toFixed(1)),
  workers,
  timeBoxMs: boxMs,
  target: summary.target,
  reachedTarget: summary.reachedTarget,
  casesPerSecond: summary.casesPerSecond,
  replay: `FUZZ_SEED=${seed} FUZZ_TIME_BOX_MS=${boxMs} npm run fuzz`,
  belowDefault: summary.belowDefault,
  distribution: summary.distribution,
  properties: summary.properties,
};
mkdirSync('reports', { recursive: true });
writeFileSync(join('reports', 'fuzz.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`fuzz-stage: seed ${seed}, ${summary.cases} cases in ${report.seconds} s (${summary.casesPerSecond ?? 0} cases/s; target ${summary.target}: ${summary.reachedTarget ? 'reached' : 'NOT reached'}): ${passed ? 'passed' : 'FAILED'}`);
if (!passed) {
  console.error(timedOut
    ? `fuzz-stage: the run did not finish within twice the budget (${2 * budgetSeconds} s); replay: ${report.replay}`
    : `fuzz-stage: a property failed (its counterexample, seed, path and replay command are printed above); replay the whole stage: ${report.replay}`);
  process.exit(1);
}
