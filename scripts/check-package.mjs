// Checks the package as an integrator receives it (REQ-PKG-004): packs it once,
// without rebuilding (`npm test` has just built it), then runs publint (strict)
// and @arethetypeswrong/cli on the tarball. The package is ESM-only and relies on
// require(esm) (Node >= 20.19), so attw runs with its esm-only profile, which
// ignores the node10 and CommonJS-resolution columns; docs/versioning.md says why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const work = mkdtempSync(join(tmpdir(), 'itdose-check-'));
try {
  execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (tgz === undefined) throw new Error('npm pack wrote no tarball');
  execFileSync(npx, ['publint', 'run', join(work, tgz), '--strict'], { stdio: 'inherit' });
  execFileSync(npx, ['attw', join(work, tgz), '--profile', 'esm-only', '--format', 'table-flipped'], { stdio: 'inherit' });
} catch (e) {
  console.error(`check-package: FAIL (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
