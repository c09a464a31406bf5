// npm run prove: proves every theorem of spec/proofs/ (issue 18) with Z3
// (z3-solver, the WASM build: no native install), each within a time bound,
// prints proved / failed / unknown with the solver time, writes
// reports/proofs.json (read by npm run trace and npm run audit-bundle), and
// exits 1 on anything but proved.
//
//   npm run prove [-- --only NAME] [-- --ms PER_THEOREM_MS]
//
// The proofs are TypeScript over the kernel's own sources: they are bundled
// (esbuild) into reports/.prove/ and run, so that what is proved is the
// code in core/ as it is, not a build of it from another time.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const perTheoremMs = Number(arg('--ms') ?? process.env.PROVE_MS_PER_THEOREM ?? 120_000);
const only = arg('--only');
const out = path.join(root, 'reports', '.prove', 'main.mjs');
await build({
  entryPoints: [path.join(root, 'spec', 'proofs', 'main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['z3-solver'],
  logLevel: 'warning',
});
const { proveAll } = await import(pathToFileURL(out).href);
const ok = await proveAll(root, perTheoremMs, only);
// the solver's worker threads would keep the process alive
process.exit(ok ? 0 : 1);
