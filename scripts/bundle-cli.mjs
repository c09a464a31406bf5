// Builds the single-file CLI (dist/cli/itdose.mjs) from the compiled ESM
// adapter, with its dependencies inside, so that starting `itdose` loads one
// module instead of a few hundred; bin/itdose.mjs loads it. The licences of
// the packages bundled into it are written beside it
// (dist/cli/THIRD-PARTY-LICENSES.txt), since the file carries their code.
//
// Implements REQ-PKG-006.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * fp-ts's CommonJS build (`fp-ts/lib/*`, which the compiled tree imports) swapped
 * for its ES module build (`fp-ts/es6/*`, the same functions, the one io-ts's
 * module build already imports): the bundle then holds one copy of fp-ts, as ES
 * modules that esbuild can leave out where unused, instead of CommonJS wrappers
 * evaluated at every start (issue 13: CLI start).
 */
const fpTsModules = {
  name: 'fp-ts-es6',
  setup(b) {
    b.onResolve({ filter: /^fp-ts\/lib\/[A-Za-z]+(\.js)?$/ }, (args) => b.resolve(args.path.replace('/lib/', '/es6/'), { kind: args.kind, resolveDir: args.resolveDir }));
  },
};

const result = await build({
  plugins: [fpTsModules],
  entryPoints: ['dist/esm/adapters/cli/main.js'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  outfile: 'dist/cli/itdose.mjs',
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});

/** The package directories (node_modules/<name> or node_modules/@scope/<name>) of the bundled inputs. */
const packages = [...new Set(Object.keys(result.metafile.inputs).flatMap((input) => {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m === null ? [] : [m[1]];
}))].sort();

const notices = packages.map((name) => {
  const dir = path.join('node_modules', name);
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const files = readdirSync(dir).filter((f) => /^licen[cs]e/i.test(f)).sort();
  if (files.length === 0) throw new Error(`bundle-cli: ${name} is bundled into the CLI but has no licence file`);
  return `${name} ${version}\n${'='.repeat(name.length + 1 + version.length)}\n\n${files.map((f) => readFileSync(path.join(dir, f), 'utf8').trim()).join('\n\n')}\n`;
});
writeFileSync('dist/cli/THIRD-PARTY-LICENSES.txt',
  `dist/cli/itdose.mjs bundles the code of these packages; their licences follow.\n\n${notices.join('\n')}`);
