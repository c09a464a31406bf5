// Builds the CommonJS entry (dist/cjs/index.cjs) from the compiled ESM core,
// so `require('itdose')` works as well as `import`.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/esm/core/index.js'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: 'dist/cjs/index.cjs',
  external: ['decimal.js', 'fp-ts', 'io-ts'],
  logLevel: 'warning',
});
