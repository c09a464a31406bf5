// Records the commit the tests run on, beside their report: npm test runs it
// just before vitest, and scripts/trace.mjs refuses a vitest report whose
// recorded commit is not HEAD (a report of another commit verifies nothing).
//
//   node scripts/record-test-commit.mjs [--root DIR]
//
// Writes reports/vitest.meta.json: { commit, clean, recordedAt } — the HEAD
// commit (null outside a git checkout), whether the work tree had no change
// to a tracked file and no untracked file git does not ignore, and the time
// in ms since the epoch (the report must have started after it).
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the record is written, relative to the project root. */
export const META_PATH = 'reports/vitest.meta.json';

/** The HEAD commit of the git checkout at `root`, or undefined when there is none. */
export function headCommit(root) {
  const r = spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const sha = r.status === 0 ? r.stdout.trim() : '';
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

/** Whether the work tree at `root` has no change and no untracked file (undefined outside a git checkout). */
export function treeClean(root) {
  const r = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() === '' : undefined;
}

/** Writes the record under `root` and returns it. */
export async function recordTestCommit(root, now = Date.now()) {
  const meta = { commit: headCommit(root) ?? null, clean: treeClean(root) ?? false, recordedAt: now };
  await mkdir(path.join(root, path.dirname(META_PATH)), { recursive: true });
  await writeFile(path.join(root, META_PATH), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--root');
  const root = path.resolve(i >= 0 ? (process.argv[i + 1] ?? '.') : process.cwd());
  const meta = await recordTestCommit(root);
  console.log(`tests of commit ${meta.commit ?? '(not a git checkout)'}${meta.clean ? '' : ' (work tree not clean)'}; recorded in ${META_PATH}`);
}
