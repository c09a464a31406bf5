// Mutation testing of core/ (npm run mutate): runs StrykerJS with
// stryker.config.json, passing on any arguments (`npm run mutate -- --mutate
// 'core/kernel/**/*.ts'` mutates a part only), then writes
// reports/mutation/run.json beside Stryker's report: the commit mutated,
// whether the work tree had changes, the part mutated, the properties' runs
// factor, the Node version, when it ran and how long it took, and Stryker's
// exit code. The audit bundle reads it to say which code the score is of.
// Exits with Stryker's exit code (1 when the score is below the break
// threshold).
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { git as gitIn } from './lib/git.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RUN_RECORD = 'reports/mutation/run.json';

const git = (...args) => gitIn(ROOT, args);

async function main(args) {
  const started = new Date();
  const commit = git('rev-parse', 'HEAD') ?? 'unknown';
  const changes = git('status', '--porcelain');
  const code = await new Promise((resolve) => {
    const child = spawn('npx', ['stryker', 'run', ...args], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('close', (c) => resolve(c ?? 1));
    child.on('error', () => resolve(1));
  });
  const finished = new Date();
  const mutateAt = args.indexOf('--mutate');
  const record = {
    commit,
    workTreeClean: changes === undefined ? 'unknown' : changes === '',
    mutate: mutateAt >= 0 ? args[mutateAt + 1] ?? '' : 'stryker.config.json (all of core/)',
    // --incremental reuses the results of reports/stryker-incremental.json for mutants whose code and tests did not change.
    incremental: args.includes('--incremental'),
    args,
    fuzzRuns: process.env['FUZZ_RUNS'] ?? '1/5 (vitest.mutation.config.ts)',
    node: process.version,
    started: started.toISOString(),
    finished: finished.toISOString(),
    seconds: Math.round((finished.getTime() - started.getTime()) / 1000),
    strykerExitCode: code,
  };
  await mkdir(path.join(ROOT, 'reports', 'mutation'), { recursive: true });
  await writeFile(path.join(ROOT, RUN_RECORD), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`mutate: ${RUN_RECORD} written (commit ${commit.slice(0, 12)}, ${record.seconds} s, exit ${code})`);
  process.exitCode = code;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
