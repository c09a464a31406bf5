// The `prepare` step (npm ci, npm install, npm pack, a git dependency): runs
// `npm run build`. One case is skipped: `npx itdose` in a checkout. npm links
// the checkout into its npx cache and runs this step again, which would rebuild
// a build that `npm ci` has just made (seconds, on every new npx cache). When
// npm runs this step for `npx`/`npm exec` (npm_command is "exec") and the
// single-file CLI is already built, the checkout's own build is used as it is.
// Any other command, or a missing build, builds.
//
// Implements REQ-PKG-006.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareAction } from './lib/prepareStep.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = existsSync(path.join(root, 'dist', 'cli', 'itdose.mjs')) && existsSync(path.join(root, 'dist', 'esm', 'core', 'index.js'));

if (prepareAction(process.env, built) === 'use-existing') {
  process.stderr.write('itdose: prepare for npx: using the existing build (dist/); npm run build rebuilds it\n');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = r.status ?? 1;
}
