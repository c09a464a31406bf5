// The audit bundle: everything a reviewer needs to judge this build, readable
// offline, in audit-bundle/ (not committed).
//
//   npm run audit-bundle                      (tests, trace, coverage; uses an existing mutation report)
//   npm run audit-bundle -- --with-mutation   (also runs npm run mutate first; slow)
//
// The mutation section says which commit the score is of (reports/mutation/run.json,
// written by npm run mutate) and whether core/ and its tests changed since.
//
// It runs `npm test` (lint, types, build, tests with the JSON report, trace)
// and `npm run coverage`, then writes audit-bundle/README.md with the hazard
// log, the FMEA, the requirement catalogue, the trace matrix, the test and
// coverage summaries, the mutation score and surviving mutants, the fuzz
// profile, the toolchain and dependency versions and the git commit. A step
// that fails is recorded in the bundle, not hidden: the bundle is written
// either way, and the command exits 1 when any step failed.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { git as gitIn } from './lib/git.mjs';
import { mdTable } from './lib/markdown.mjs';
import { PATHS, runTrace } from './trace.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'audit-bundle');
const COVERAGE_SUMMARY = 'reports/coverage/coverage-summary.json';
const MUTATION_REPORT = 'reports/mutation/mutation.json';
const FUZZ_REPORT = 'reports/fuzz.json';
const PROOFS_REPORT = 'reports/proofs.json';
const MUTATION_RUN = 'reports/mutation/run.json';

/** Runs a command, echoing its output and saving it to `log`; resolves to its exit code. */
function run(command, args, log) {
  return new Promise((resolve) => {
    const file = createWriteStream(log);
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      from.on('data', (chunk) => {
        to.write(chunk);
        file.write(chunk);
      });
    }
    child.on('close', (code) => file.end(() => resolve(code ?? 1)));
    child.on('error', (e) => file.end(`\n${e.message}\n`, () => resolve(1)));
  });
}

async function readJson(rel) {
  try {
    return JSON.parse(await readFile(path.join(ROOT, rel), 'utf8'));
  } catch {
    return undefined;
  }
}

async function modified(rel) {
  try {
    return (await stat(path.join(ROOT, rel))).mtime.toISOString();
  } catch {
    return undefined;
  }
}

/** The mutation inputs that differ between `commit` and the work tree (committed or not); undefined when git cannot tell. */
function changedSince(commit) {
  const changed = git(['diff', '--name-only', commit, '--', ...MUTATION_INPUTS]);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', ...MUTATION_INPUTS]);
  if (changed === undefined || untracked === undefined) return undefined;
  return [...changed.split('\n'), ...untracked.split('\n')].filter((l) => l !== '');
}

const rel = (file) => path.relative(ROOT, file).split(path.sep).join('/');
const pct = (n) => (typeof n === 'number' ? `${n.toFixed(2)} %` : 'n/a');

const git = (args) => gitIn(ROOT, args);

/** Test results from the vitest JSON report. */
export function testSection(report) {
  if (report === undefined) return ['No test report (reports/vitest.json): `npm test` did not get as far as the tests.'];
  const files = report.testResults ?? [];
  const all = files.flatMap((f) => (f.assertionResults ?? []).map((a) => ({ file: rel(f.name), name: [...(a.ancestorTitles ?? []), a.title].join(' > '), status: a.status })));
  const count = (s) => all.filter((t) => t.status === s).length;
  const out = [
    `Run started ${new Date(report.startTime).toISOString()}; overall ${report.success ? '**passed**' : '**failed**'}.`,
    '',
    mdTable(['tests', 'passed', 'failed', 'skipped / todo', 'test files', 'files failed'], [[
      all.length, count('passed'), count('failed'), count('skipped') + count('pending') + count('todo'), files.length, files.filter((f) => f.status !== 'passed').length,
    ]]),
    '',
    mdTable(['test file', 'status', 'tests'], files.map((f) => [rel(f.name), f.status, (f.assertionResults ?? []).length])),
  ];
  const bad = all.filter((t) => t.status !== 'passed');
  if (bad.length > 0) out.push('', 'Tests that did not pass:', '', mdTable(['status', 'test', 'file'], bad.map((t) => [t.status, t.name, t.file])));
  return out;
}

/** Coverage totals and per-file figures from the v8 json-summary. */
export function coverageSection(summary) {
  if (summary === undefined) return [`No coverage summary (${COVERAGE_SUMMARY}): \`npm run coverage\` did not write one.`];
  const row = (name, c) => [name, pct(c.lines?.pct), pct(c.statements?.pct), pct(c.functions?.pct), pct(c.branches?.pct)];
  const files = Object.entries(summary).filter(([k]) => k !== 'total');
  return [
    'Thresholds (vitest.config.ts): branches ≥ 95 % on core/.',
    '',
    mdTable(['scope', 'lines', 'statements', 'functions', 'branches'], [row('all of core/', summary.total ?? {}), ...files.map(([k, c]) => row(rel(k), c))]),
  ];
}

/** The files whose change makes a mutation report stale: the mutated code, the tests it runs, their configuration. */
export const MUTATION_INPUTS = ['core', 'test/core', 'properties', 'stryker.config.json', 'vitest.config.ts', 'vitest.mutation.config.ts'];

/**
 * What the run record (reports/mutation/run.json, written by `npm run mutate`)
 * says of the code mutated, against this bundle's commit. `changed` lists the
 * mutation inputs that differ between the mutated commit and this work tree
 * (undefined when git cannot tell).
 */
export function mutationProvenance(run, changed) {
  if (run === undefined) return ['No run record (reports/mutation/run.json): the report was not made by `npm run mutate`, so the commit it describes is unknown.'];
  const lines = [
    `Made by \`npm run mutate\` at commit \`${run.commit}\`${run.workTreeClean === true ? ' (clean work tree)' : ' **with uncommitted changes**'}, mutating ${run.mutate}, properties at FUZZ_RUNS=${run.fuzzRuns}, Node ${run.node}, from ${run.started} to ${run.finished} (${run.seconds} s); Stryker exit code ${run.strykerExitCode}.`,
  ];
  if (run.incremental === true) {
    lines.push('', 'The run was incremental (`--incremental`): Stryker reran every mutant whose code or covering tests changed since the results it started from (reports/stryker-incremental.json) and reused the others\' results; a plain `npm run mutate` reruns all.');
  }
  if (changed === undefined) lines.push('', '**Whether core/ and its tests changed since that commit could not be determined.**');
  else if (changed.length === 0) lines.push('', `core/, its tests and the mutation configuration are unchanged since that commit (${MUTATION_INPUTS.join(', ')}), so the score is of this bundle's code.`);
  else lines.push('', `**The report is stale**: since the mutated commit these changed: ${changed.map((f) => `\`${f}\``).join(', ')}. Run \`npm run mutate\` again.`);
  return lines;
}

/** Mutation score and surviving mutants from the Stryker JSON report. */
export function mutationSection(report, when, provenance = []) {
  if (report === undefined) {
    return ['**Mutation testing has not been run** for this bundle (no reports/mutation/mutation.json). Run `npm run mutate`, or `npm run audit-bundle -- --with-mutation`.'];
  }
  const rows = [];
  const tally = {};
  for (const [file, f] of Object.entries(report.files ?? {})) {
    for (const m of f.mutants ?? []) {
      tally[m.status] = (tally[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        rows.push([m.status, `${file}:${m.location?.start?.line ?? '?'}:${m.location?.start?.column ?? '?'}`, m.mutatorName, m.replacement ?? '']);
      }
    }
  }
  const n = (s) => tally[s] ?? 0;
  const detected = n('Killed') + n('Timeout');
  const valid = detected + n('Survived') + n('NoCoverage');
  const covered = detected + n('Survived');
  const score = valid === 0 ? undefined : (100 * detected) / valid;
  const out = [
    ...provenance,
    '',
    `Report of ${when ?? 'unknown date'}, mutating ${Object.keys(report.files ?? {}).length} files: ${Object.keys(report.files ?? {}).join(', ') || 'nothing'}.`,
    '',
    mdTable(['mutation score', 'score of covered code', 'killed', 'timeout', 'survived', 'no coverage', 'errors / ignored', 'break threshold'], [[
      pct(score), pct(covered === 0 ? undefined : (100 * detected) / covered), n('Killed'), n('Timeout'), n('Survived'), n('NoCoverage'),
      n('CompileError') + n('RuntimeError') + n('Ignored'), report.thresholds?.break ?? 'n/a',
    ]]),
  ];
  if (rows.length > 0) {
    out.push('', 'Surviving and uncovered mutants. Those that change no behaviour are judged, with the reason, in [equivalent-mutants.md](equivalent-mutants.md); any other is a gap in the tests.', '',
      mdTable(['status', 'where', 'mutator', 'replacement'], rows));
  }
  else out.push('', 'No surviving mutants.');
  return out;
}

/** The fuzz profile written by the CI fuzz stage: `{ seed, runsFactor, cases, ... }`. */
export function fuzzSection(fuzz) {
  const shape = 'Expected shape of reports/fuzz.json, written by the CI fuzz stage: `{ "seed": <integer>, "runsFactor": <integer>, "cases": <integer>, ... }` (further fields, such as the commit, are shown as given).';
  if (fuzz === undefined) {
    return ['No fuzz report (reports/fuzz.json): the time-boxed fuzz stage has not run here. The properties in `npm test` ran at their fixed default seed (properties/_internals/fuzzProfile.ts).', '', shape];
  }
  return [mdTable(['field', 'value'], Object.entries(fuzz).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])), '', shape];
}

/** The SMT proofs of the safety kernel (`npm run prove`): each theorem, the requirements it verifies, its status and solver time; the wrong-kernel demonstrations. */
export function proofsSection(proofs) {
  if (proofs === undefined || !Array.isArray(proofs.theorems)) return ['No proofs report (reports/proofs.json): `npm run prove` has not run here.'];
  const out = [
    `${proofs.theorems.filter((t) => t.status === 'proved').length} of ${proofs.theorems.length} theorems proved (${proofs.solver ?? 'solver not named'}).`, '',
    mdTable(['theorem', 'requirements', 'status', 'ms', 'paths', 'bound'], proofs.theorems.map((t) => [t.theorem, (t.requirements ?? []).join(', '), t.status, t.ms, t.paths ?? 'n/a', t.bound ?? 'none'])),
  ];
  const demos = Array.isArray(proofs.wrongKernels) ? proofs.wrongKernels : [];
  if (demos.length > 0) {
    out.push('', 'Deliberately wrong kernels: each theorem must fail against them, and its counterexample, as a request, must be refused by compile.', '',
      mdTable(['wrong kernel', 'theorem', 'verdict', 'compile refuses with', 'demonstrated'], demos.map((d) => [d.name, d.theorem, d.status, d.refusedWith ?? 'not refused', d.ok ? 'yes' : '**no**'])));
  }
  return out;
}

/** Node, npm and the locked versions of the direct dependencies. */
export function toolchainSection(pkg, lock, npmVersion) {
  const direct = [...Object.keys(pkg.dependencies ?? {}).map((n) => [n, 'dependency']), ...Object.keys(pkg.devDependencies ?? {}).map((n) => [n, 'devDependency'])];
  return [
    mdTable(['tool', 'version'], [['node', process.version], ['npm', npmVersion ?? 'n/a'], ['platform', `${process.platform} ${process.arch}`], ['package engines.node', pkg.engines?.node ?? 'n/a']]),
    '',
    mdTable(['package', 'kind', 'declared', 'locked (package-lock.json)'], direct.map(([name, kind]) => [
      name, kind, (pkg.dependencies ?? {})[name] ?? (pkg.devDependencies ?? {})[name], lock?.packages?.[`node_modules/${name}`]?.version ?? 'not locked',
    ])),
  ];
}

/** The requirement catalogue as Markdown. */
export function requirementsMarkdown(requirements) {
  return [
    '# Requirement catalogue', '',
    'Kinds: **model** (verified on the engine itself: properties, differential and unit tests), **platform** (verified on the built artefact and its runtimes: package, CLI, Node versions, CI stages), **not-formalisable** (reviewed by people; a test pins what can be checked of it).', '',
    mdTable(['ID', 'kind', 'title', 'demands', 'verified by'], requirements.map((r) => [r.id, r.kind, r.title, r.demands, r.verifiedBy])), '',
  ].join('\n');
}

async function main(argv) {
  const withMutation = argv.includes('--with-mutation');
  await rm(OUT, { recursive: true, force: true });
  await mkdir(path.join(OUT, 'logs'), { recursive: true });
  await mkdir(path.join(OUT, 'data'), { recursive: true });

  const steps = [];
  const step = async (name, args) => {
    console.log(`\naudit-bundle: npm ${args.join(' ')}`);
    const code = await run('npm', args, path.join(OUT, 'logs', `${name}.log`));
    steps.push({ name: `npm ${args.join(' ')}`, code, log: `logs/${name}.log` });
  };
  if (withMutation) await step('mutate', ['run', 'mutate']);
  // the proofs first, so that the trace at the end of npm test counts them
  await step('prove', ['run', 'prove']);
  await step('test', ['test']);
  await step('coverage', ['run', 'coverage']);
  await step('verify-c', ['run', 'verify:c']); // Frama-C Eva over the firmware C code: writes docs/firmware-eva-report.md
  // npm test stops at its first failing stage; the trace is always taken, on whatever the tests reported.
  const trace = await runTrace(ROOT);

  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  const lock = await readJson('package-lock.json');
  const vitest = await readJson(PATHS.vitestReport);
  const coverage = await readJson(COVERAGE_SUMMARY);
  const mutation = await readJson(MUTATION_REPORT);
  const mutationRun = await readJson(MUTATION_RUN);
  const mutationChanged = mutationRun === undefined ? undefined : changedSince(mutationRun.commit);
  const fuzz = await readJson(FUZZ_REPORT);
  const proofs = await readJson(PROOFS_REPORT);
  let requirements;
  try {
    requirements = (await import(pathToFileURL(path.join(ROOT, PATHS.catalogue)).href)).REQUIREMENTS;
  } catch {
    requirements = undefined;
  }

  // Documents and raw data, side by side.
  await cp(path.join(ROOT, PATHS.hazardLog), path.join(OUT, 'hazard-log.md'));
  await cp(path.join(ROOT, PATHS.fmeaLog), path.join(OUT, 'fmea.md'));
  await cp(path.join(ROOT, 'docs/hazard-analysis/equivalent-mutants.md'), path.join(OUT, 'equivalent-mutants.md')).catch(() => {});
  await cp(path.join(ROOT, PATHS.traceMd), path.join(OUT, 'trace.md'));
  await cp(path.join(ROOT, 'docs/firmware-eva-report.md'), path.join(OUT, 'firmware-eva-report.md')).catch(() => {});
  await writeFile(path.join(OUT, 'requirements.md'), requirements === undefined ? 'The catalogue could not be loaded: the build failed.\n' : requirementsMarkdown(requirements));
  for (const [from, to] of [[PATHS.hazards, 'hazards.json'], [PATHS.fmea, 'fmea.json'], [PATHS.traceJson, 'trace.json'], [PATHS.vitestReport, 'vitest.json'], [PATHS.vitestMeta, 'vitest.meta.json'], [COVERAGE_SUMMARY, 'coverage-summary.json'], [MUTATION_REPORT, 'mutation.json'], [FUZZ_REPORT, 'fuzz.json'], [PROOFS_REPORT, 'proofs.json']]) {
    await cp(path.join(ROOT, from), path.join(OUT, 'data', to)).catch(() => {});
  }
  await cp(path.join(ROOT, 'reports', 'coverage'), path.join(OUT, 'coverage'), { recursive: true }).catch(() => {});
  await cp(path.join(ROOT, 'reports', 'mutation'), path.join(OUT, 'mutation'), { recursive: true }).catch(() => {});

  const commit = git(['rev-parse', 'HEAD']) ?? 'unknown (not a git checkout)';
  const dirty = git(['status', '--porcelain']);
  const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' }).stdout?.trim();
  const failed = steps.filter((s) => s.code !== 0);
  const readme = [
    '# itdose audit bundle', '',
    `Commit \`${commit}\`${dirty ? ` with uncommitted changes (${dirty.split('\n').length} paths): this bundle does not describe a commit exactly` : ', clean working tree'}.`,
    `Made ${new Date().toISOString()} by \`npm run audit-bundle${withMutation ? ' -- --with-mutation' : ''}\`.`, '',
    failed.length === 0 ? 'Every step passed.' : `**${failed.length} step(s) failed**: ${failed.map((s) => `\`${s.name}\` (exit ${s.code}, [log](${s.log}))`).join(', ')}.`, '',
    '## Contents', '',
    '- [Hazard log](hazard-log.md): hazards, causes, harms, severity and probability before and after control, controls in the engine, the device and the clinic, requirement IDs',
    '- [FMEA of the core](fmea.md): failure modes of every public export and their controls',
    '- [Requirement catalogue](requirements.md)',
    '- [Trace matrix](trace.md): hazard → requirements → tests → status',
    '- [Frama-C Eva report](firmware-eva-report.md): absence of runtime errors in the firmware C decoder and scheduler (`npm run verify:c`)',
    '- Coverage report: [coverage/index.html](coverage/index.html); mutation report: [mutation/mutation.html](mutation/mutation.html) (when run)',
    '- Raw data: [data/](data/) (hazards.json, fmea.json, trace.json, vitest.json, coverage-summary.json, mutation.json, fuzz.json when present); logs of each step: [logs/](logs/)', '',
    '## Steps', '',
    mdTable(['step', 'exit code', 'log'], [...steps.map((s) => [s.name, s.code, s.log]), ['trace (taken directly)', trace.ok ? 0 : 1, 'trace.md']]), '',
    '## Traceability', '',
    `Trace: **${trace.ok ? 'PASS' : 'FAIL'}**, ${trace.problems.length} problem(s); ${trace.matrix.hazards.filter((h) => h.status === 'traced').length} of ${trace.matrix.hazards.length} hazards fully traced; ${trace.matrix.requirements.filter((r) => r.status === 'verified').length} of ${trace.matrix.requirements.length} requirements verified by passing tests.`,
    ...(trace.problems.length > 0 ? ['', mdTable(['rule', 'message'], trace.problems.map((p) => [p.rule, p.message]))] : []), '',
    '## Test results', '', ...testSection(vitest), '',
    '## Coverage', '', ...coverageSection(coverage), '',
    '## Mutation testing', '', ...mutationSection(mutation, await modified(MUTATION_REPORT), mutationProvenance(mutationRun, mutationChanged)), '',
    '## Fuzz profile and seeds', '', ...fuzzSection(fuzz), '',
    '## Proofs (SMT, Z3)', '', ...proofsSection(proofs), '',
    '## Toolchain and dependencies', '', ...toolchainSection(pkg, lock, npmVersion), '',
  ].join('\n');
  await writeFile(path.join(OUT, 'README.md'), readme);
  console.log(`\naudit-bundle: wrote ${rel(OUT)}/README.md${failed.length > 0 ? `; failed steps: ${failed.map((s) => s.name).join(', ')}` : ''}${trace.ok ? '' : '; trace FAILED'}`);
  return failed.length === 0 && trace.ok ? 0 : 1;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
