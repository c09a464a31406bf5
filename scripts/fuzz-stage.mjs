#!/usr/bin/env node
// The time-boxed CI fuzz stage (REQ-FUZZ-002).
//
// Runs every property under properties/ with a seed derived from the commit
// under test (the first 8 hex digits of `git rev-parse HEAD`, read as a signed
// 32-bit integer), so each commit
// explores new cases yet any failure replays exactly. Two rounds, both
// bounded: a calibration round at the default number of runs, then one round
// with every property's runs multiplied by as much as the rest of the budget
// allows, judged from the calibration with a margin (FUZZ_BUDGET_SECONDS,
// default 180; a round still running at twice the remaining budget is killed
// and reported as a failure). Prints the seed first and
// the number of cases at the end; writes reports/fuzz.json
// { seed, runsFactor, cases, commit, ... }; on a failure exits 1 and prints
// the command that replays it.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const budgetSeconds = Number(process.env.FUZZ_BUDGET_SECONDS ?? '180');
if (!Number.isFinite(budgetSeconds) || budgetSeconds <= 0) {
  console.error(`fuzz-stage: FUZZ_BUDGET_SECONDS must be a positive number, got "${process.env.FUZZ_BUDGET_SECONDS}"`);
  process.exit(2);
}
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
// As a signed 32-bit integer, the form fast-check prints on a failure, so the two logs show the same seed.
const seed = Number.parseInt(commit.slice(0, 8), 16) | 0;
const replay = (factor) => `FUZZ_SEED=${seed} FUZZ_RUNS=${factor} npm run fuzz`;
console.log(`fuzz-stage: commit ${commit}, seed ${seed} (from its first 8 hex digits), budget ${budgetSeconds} s`);

const work = mkdtempSync(join(tmpdir(), 'itdose-fuzz-'));

/** One vitest run of properties/ at a runs factor; returns whether it passed, how long it took and how many cases it planned. */
function round(factor, limitSeconds) {
  const record = join(work, `runs-${factor}.jsonl`);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join('node_modules', 'vitest', 'vitest.mjs'), 'run', 'properties', `--testTimeout=${Math.ceil(limitSeconds * 1000)}`], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_RUNS: String(factor), FUZZ_RECORD: record },
    timeout: Math.ceil(limitSeconds * 1000),
    killSignal: 'SIGKILL',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cases = existsSync(record)
    ? readFileSync(record, 'utf8').split('\n').filter((l) => l !== '').reduce((n, l) => n + JSON.parse(l).numRuns, 0)
    : 0;
  const timedOut = run.error !== undefined && run.error.code === 'ETIMEDOUT';
  return { factor, passed: run.status === 0 && !timedOut, timedOut, seconds, cases };
}

function finish(rounds) {
  const last = rounds[rounds.length - 1];
  const report = {
    seed,
    runsFactor: last.factor,
    cases: rounds.reduce((n, r) => n + r.cases, 0),
    commit,
    passed: rounds.every((r) => r.passed),
    budgetSeconds,
    seconds: Number(rounds.reduce((s, r) => s + r.seconds, 0).toFixed(1)),
    rounds: rounds.map((r) => ({ ...r, seconds: Number(r.seconds.toFixed(1)) })),
    replay: replay(last.factor),
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync(join('reports', 'fuzz.json'), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  console.log(`fuzz-stage: seed ${seed}, runs ×${report.runsFactor}, ${report.cases} cases in ${report.seconds} s: ${report.passed ? 'passed' : 'FAILED'}`);
  if (!report.passed) {
    console.error(last.timedOut
      ? `fuzz-stage: the round at runs ×${last.factor} did not finish within its time limit; replay: ${report.replay}`
      : `fuzz-stage: a property failed (fast-check printed its counterexample, seed and path above); replay: ${report.replay}`);
    process.exit(1);
  }
}

const calibration = round(1, budgetSeconds);
if (!calibration.passed) finish([calibration]);
const remaining = budgetSeconds - calibration.seconds;
// A round costs about as much per unit of factor as the calibration did (its start-up included); a margin of
// 1.5 absorbs a busy machine, and the round is killed (and reported) only past twice the remaining budget.
const factor = Math.floor(remaining / (1.5 * calibration.seconds));
if (factor < 2) {
  console.log(`fuzz-stage: the calibration round used ${calibration.seconds.toFixed(1)} s of the budget; no room for a larger round`);
  finish([calibration]);
} else {
  finish([calibration, round(factor, 2 * remaining)]);
}
