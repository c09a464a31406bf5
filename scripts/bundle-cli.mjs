// Builds the single-file CLI (dist/cli/itdose.mjs) from the compiled ESM
// adapter, with its dependencies inside, so that starting `itdose` loads one
// module instead of a few hundred. bin/itdose.mjs loads it.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/esm/adapters/cli/main.js'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  outfile: 'dist/cli/itdose.mjs',
  legalComments: 'eof',
  logLevel: 'warning',
});
