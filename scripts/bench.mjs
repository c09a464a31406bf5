// Speed. Run after the build: npm run bench [-- --quick] [-- --write-docs]
//
// Every workload is timed with tinybench, in its own worker thread with a time
// limit and a heap cap (a workload that never returns prints "did not finish"
// instead of hanging the bench), through its command handler on the JSON text
// (the full path: parse, decode, compute, encode):
//
//  - the baseline: JSON.parse + JSON.stringify of a fixed document, no engine
//    code. Every median and p99 is also given as a ratio to the baseline's
//    median and p99 measured in the same run, so that figures compare across
//    machines and commits; absolute times vary by machine.
//  - the everyday workloads (scripts/lib/benchWorkloads.mjs): the four compile
//    requests of the speed issue and an ordinary request of every other command;
//  - the largest legal request of every command (scripts/lib/largestRequests.mjs),
//    marked against the 50 ms embedding target by its median;
//  - allocation per run: an estimate, from V8's sampling heap profiler
//    (objects collected by the garbage collector included), over a few runs;
//  - CLI start: `node bin/itdose.mjs compile` on the demo request, wall time,
//    as a ratio to `node -e 0`; beside it the compiled tree (dist/esm) started
//    the same way, to show what the single-file build saves;
//  - property throughput: cases per second of the main safety properties, each
//    file run by vitest (FUZZ_RECORD counts its cases; the time is vitest's
//    per-test duration, so vitest's own start is not counted).
//
// Results: reports/bench.json (or --out=FILE); with --write-docs, the tables
// between the bench markers of docs/performance.md (or --docs=FILE).
// --quick: one timed run of every workload, one CLI start of each kind, the
// properties at 1/100 of their runs: checks that the harness works, measures
// nothing. --no-properties skips the property throughput; --properties=TEXT
// runs only the property files whose path contains TEXT. --from=FILE measures
// nothing: it rewrites the docs section from a report written before.
//
// Environment: BENCH_TIMEOUT_SECONDS (per workload, default 30), BENCH_TIME_MS
// (time budget per workload, default 1000), BENCH_HEAP_MB (worker heap cap,
// default 1024), BENCH_ONLY (only the workloads whose id contains this text),
// BENCH_CLI_RUNS (starts of each kind, default 20), FUZZ_RUNS (multiplies the
// properties' runs, default 1).
// Exit code 1 when a workload is refused as malformed (exit 2) or faults (exit
// 1), when the baseline or an everyday workload does not finish, or when a
// property fails: such a figure measures nothing.
//
// Implements REQ-RUN-002, REQ-RUN-003.
import { spawnSync } from 'node:child_process';
import { replaceMarkedSection } from './lib/markdown.mjs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Bench } from 'tinybench';
import { everydayWorkloads } from './lib/benchWorkloads.mjs';
import { git } from './lib/git.mjs';
import { largestRequests } from './lib/largestRequests.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 50;
const VECTOR_FILES = ['contract/core.json', 'contract/reservoir.json', 'contract/safety.json', 'project/bridge-prime-clock.json'];

/** The main safety properties whose throughput is measured: one file each, with the requirement it checks. */
export const PROPERTY_FILES = [
  { file: 'properties/compile/noWindowExceedsCeiling.test.ts', what: 'no 24 h window above a ceiling (compile, against the reference)', requirement: 'REQ-DOSE-002' },
  { file: 'properties/compile/roundingNeverIncreasesDrug.test.ts', what: 'rounding never increases the drug', requirement: 'REQ-ROUND-002' },
  { file: 'properties/kernel/worst24hMatchesReference.test.ts', what: 'worst 24 h equals the reference', requirement: 'REQ-DOSE-002' },
  { file: 'properties/kernel/minutesUntilDrawnMatchesReference.test.ts', what: 'reservoir times equal the reference', requirement: 'REQ-RES-001' },
  { file: 'properties/bridge/tipDose24hMatchesReference.test.ts', what: 'bridge tip dose equals the reference', requirement: 'REQ-BRIDGE-001' },
  { file: 'properties/clock/clockChange24hMatchesReference.test.ts', what: 'clock change: every 24 h equals the reference', requirement: 'REQ-CLOCK-001' },
  { file: 'properties/limits/entryErrorsRefused.test.ts', what: 'entry errors are refused', requirement: 'REQ-LIMIT-104' },
];

/** The markers of the section of docs/performance.md that --write-docs rewrites. */
export const DOCS_BEGIN = '<!-- bench:begin (written by npm run bench -- --write-docs; do not edit by hand) -->';
export const DOCS_END = '<!-- bench:end -->';

/** The baseline's fixed document: the same bytes on every machine and commit. */
function baselineDocument() {
  return Array.from({ length: 400 }, (_, i) => ({ start: `${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`, dose: `${String(i)}.25 mg/day`, n: i, even: i % 2 === 0, tags: ['a', 'bc'] }));
}

async function loadWorkloads() {
  const dist = path.join(root, 'dist', 'esm');
  const url = (p) => pathToFileURL(path.join(dist, p)).href;
  const [{ COMMANDS }, codecs, quantity, { DEMO_REQUEST }] = await Promise.all([
    import(url('spec/wire/commands/registry.js')),
    import(url('spec/codecs/index.js')),
    import(url('core/quantity/parseQuantity.js')),
    import(url('adapters/cli/demoRequest.js')),
  ]);
  const commandOf = (name) => {
    const c = COMMANDS.find((x) => x.name === name);
    if (c === undefined) throw new Error(`bench: no command ${name}`);
    return c;
  };
  const vectors = VECTOR_FILES.flatMap((f) => JSON.parse(readFileSync(path.join(root, 'test', 'vectors', f), 'utf8')));
  const everyday = everydayWorkloads(DEMO_REQUEST, vectors, (command, request) => commandOf(command).run(request).exitCode);
  const digits = { integer: quantity.MAX_INTEGER_DIGITS ?? 12, fraction: quantity.MAX_FRACTION_DIGITS ?? 12 };
  const largest = largestRequests(codecs, digits, { convert: (u) => commandOf('convert').run(u).exitCode !== 2 });
  const baselineText = JSON.stringify(baselineDocument());
  const workloads = [
    { id: 'baseline', group: 'baseline', command: null, label: `baseline: JSON.parse + JSON.stringify of a fixed ${baselineText.length}-byte document` },
    ...everyday.map((w) => ({ ...w, group: 'everyday' })),
    ...largest.cases.map((c) => ({ id: c.id, group: 'largest', command: c.command, label: `${c.command}: ${c.stress}`, request: c.request })),
  ];
  return { commandOf, workloads, bounds: largest.bounds, baselineText, demoRequest: DEMO_REQUEST };
}

const nowNs = () => process.hrtime.bigint();
const msSince = (t0) => Number(nowNs() - t0) / 1e6;

// ---------------------------------------------------------------- worker side

/** Bytes allocated per call of `fn`, estimated by V8's sampling heap profiler over `runs` calls. */
async function allocatedPerRun(fn, runs) {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (let i = 0; i < runs; i += 1) fn();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    return profile.samples.reduce((s, x) => s + x.size, 0) / runs;
  } finally {
    session.disconnect();
  }
}

async function runWorkloadInWorker() {
  const { id, quick, timeMs } = workerData;
  const { commandOf, workloads, baselineText } = await loadWorkloads();
  const w = workloads.find((x) => x.id === id);
  if (w === undefined) throw new Error(`bench: no workload ${id}`);
  let fn;
  if (w.command === null) {
    fn = () => JSON.stringify(JSON.parse(baselineText));
    parentPort.postMessage({ phase: 'first', exitCode: null, firstError: null, bytes: baselineText.length, responseBytes: baselineText.length });
  } else {
    const command = commandOf(w.command);
    const text = w.request === undefined ? undefined : JSON.stringify(w.request);
    fn = () => command.run(text === undefined ? undefined : JSON.parse(text)); // a fresh parsed request each run
    const first = fn();
    const errors = Array.isArray(first.body.errors) ? first.body.errors : [];
    parentPort.postMessage({ phase: 'first', exitCode: first.exitCode, firstError: errors[0] ?? null,
      bytes: text === undefined ? 0 : Buffer.byteLength(text), responseBytes: Buffer.byteLength(JSON.stringify(first.body)) });
  }
  const bench = new Bench({
    time: quick ? 0 : timeMs, iterations: quick ? 1 : (w.group === 'largest' ? 10 : 100),
    warmup: !quick, warmupTime: Math.min(250, timeMs / 4), warmupIterations: 3, throws: true,
  });
  bench.add(id, fn);
  bench.runSync();
  const r = bench.tasks[0]?.result;
  if (r?.state !== 'completed') throw (r && 'error' in r ? r.error : new Error(`bench: ${id} ended ${String(r?.state)}`));
  const { p50, p99, mean, min, max, samplesCount } = r.latency;
  const allocRuns = quick ? 1 : Math.max(1, Math.min(50, Math.round(300 / Math.max(p50, 0.001))));
  const allocated = await allocatedPerRun(fn, allocRuns);
  parentPort.postMessage({ phase: 'done', samples: samplesCount, medianMs: p50, p99Ms: p99, meanMs: mean, minMs: min, maxMs: max, allocatedBytesPerRun: allocated, allocationRuns: allocRuns });
}

// ---------------------------------------------------------------- main side

function runWorkload(w, opts) {
  return new Promise((resolve) => {
    const started = nowNs();
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { benchWorkload: true, id: w.id, quick: opts.quick, timeMs: opts.timeMs },
      resourceLimits: { maxOldGenerationSizeMb: opts.heapMb },
      stdout: true,
      stderr: true,
    });
    let first;
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve({ id: w.id, group: w.group, command: w.command, label: w.label, ...(w.before === undefined ? {} : { before: w.before }), ...(first ?? {}), ...result, wallMs: msSince(started) });
    };
    const timer = setTimeout(() => finish({ outcome: 'timeout', note: `did not finish in ${opts.timeoutSeconds} s` }), opts.timeoutSeconds * 1000);
    worker.on('message', (m) => {
      if (m.phase === 'first') first = { exitCode: m.exitCode, firstError: m.firstError, bytes: m.bytes, responseBytes: m.responseBytes };
      if (m.phase === 'done') {
        const { phase: _phase, ...figures } = m;
        finish({ outcome: 'done', ...figures });
      }
    });
    worker.on('error', (e) => {
      const oom = e && e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish({ outcome: oom ? 'out-of-memory' : 'crashed', note: oom ? `ran out of memory (heap capped at ${opts.heapMb} MB)` : `threw: ${e instanceof Error ? e.message : String(e)}` });
    });
    worker.on('exit', () => finish({ outcome: 'crashed', note: 'the worker exited without an answer' }));
  });
}

/** The q-quantile (0..1) of numbers, linearly interpolated. */
function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (s[lo] ?? 0) + ((s[hi] ?? 0) - (s[lo] ?? 0)) * (at - lo);
}

/** Wall time of starting node: `node -e 0`, the CLI (bin/itdose.mjs, the single-file build) and the compiled tree, each on the demo request. */
function cliStart(opts, demoRequest) {
  const input = JSON.stringify(demoRequest);
  const treeMain = pathToFileURL(path.join(root, 'dist', 'esm', 'adapters', 'cli', 'main.js')).href;
  const kinds = [
    { id: 'node', label: 'node -e 0', args: ['-e', '0'], exitCode: 0 },
    { id: 'cli', label: 'node bin/itdose.mjs compile (single-file build)', args: [path.join(root, 'bin', 'itdose.mjs'), 'compile'], input, exitCode: 0 },
    { id: 'tree', label: 'the compiled tree, dist/esm (what bin/itdose.mjs loaded before)', args: ['--input-type=module', '-e', `import { main } from ${JSON.stringify(treeMain)}; process.exitCode = await main(['compile']);`], input, exitCode: 0 },
  ];
  const times = Object.fromEntries(kinds.map((k) => [k.id, []]));
  const problems = [];
  for (let i = 0; i < opts.cliRuns; i += 1) {
    for (const k of kinds) { // interleaved, so that a slow moment of the machine falls on every kind
      const t0 = nowNs();
      const r = spawnSync(process.execPath, k.args, { cwd: root, input: k.input ?? '', stdio: ['pipe', 'pipe', 'pipe'] });
      times[k.id].push(msSince(t0));
      if (r.status !== k.exitCode) problems.push(`${k.label}: exit ${String(r.status)} ${String(r.stderr).slice(0, 200)}`);
    }
  }
  const base = quantile(times['node'], 0.5);
  return {
    runs: opts.cliRuns, problems,
    starts: kinds.map((k) => ({ id: k.id, label: k.label, medianMs: quantile(times[k.id], 0.5), p99Ms: quantile(times[k.id], 0.99), ratioToNode: quantile(times[k.id], 0.5) / base })),
  };
}

/** Cases per second of each main safety property file, each run by vitest with FUZZ_RECORD counting its cases. */
function propertyThroughput(opts) {
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS' && k !== 'FUZZ_RECORD'));
  const runs = opts.quick ? '1/100' : (process.env['FUZZ_RUNS'] ?? '1');
  const out = [];
  for (const p of PROPERTY_FILES.filter((x) => x.file.includes(opts.propertyFilter))) {
    const dir = mkdtempSync(path.join(tmpdir(), 'itdose-bench-'));
    try {
      const record = path.join(dir, 'cases.jsonl');
      const report = path.join(dir, 'vitest.json');
      const r = spawnSync(process.execPath, [vitest, 'run', p.file, '--reporter=json', `--outputFile.json=${report}`],
        { cwd: root, env: { ...env, FUZZ_RECORD: record, FUZZ_RUNS: runs }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: opts.propertyTimeoutSeconds * 1000 });
      let cases = 0;
      let ms = 0;
      let failed = r.status !== 0;
      try {
        cases = readFileSync(record, 'utf8').split('\n').filter((l) => l.trim() !== '').reduce((s, l) => s + Number(JSON.parse(l).numRuns), 0);
        const json = JSON.parse(readFileSync(report, 'utf8'));
        for (const f of json.testResults ?? []) for (const a of f.assertionResults ?? []) {
          ms += Number(a.duration ?? 0);
          if (a.status !== 'passed') failed = true;
        }
      } catch {
        failed = true;
      }
      out.push({ ...p, fuzzRuns: runs, cases, ms, casesPerSecond: ms > 0 ? (cases * 1000) / ms : null, msPerCase: cases > 0 ? ms / cases : null, passed: !failed });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

// ---------------------------------------------------------------- report

/** A time in ms, printed in µs below 1 ms, three significant digits. */
export function formatMs(ms) {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '-';
  const [value, unit] = ms < 1 ? [ms * 1000, 'µs'] : ms < 1000 ? [ms, 'ms'] : [ms / 1000, 's'];
  const text = value.toPrecision(3);
  return `${text.includes('.') && !text.includes('e') ? text.replace(/0+$/, '').replace(/\.$/, '') : String(Number(text))} ${unit}`;
}
const formatRatio = (r) => (typeof r !== 'number' || !Number.isFinite(r) ? '-' : `${r < 0.1 ? r.toPrecision(2) : r < 10 ? r.toFixed(2) : r.toFixed(1)}×`);
const formatBytes = (b) => (typeof b !== 'number' || !Number.isFinite(b) ? '-' : b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(0)} kB`);
const cell = (s) => String(s).replace(/\|/g, '\\|');

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** The markdown section of docs/performance.md for a report. */
export function renderDocs(report) {
  const base = report.workloads.find((w) => w.group === 'baseline');
  const figures = (w) => w.outcome === 'done'
    ? [formatMs(w.medianMs), formatMs(w.p99Ms), formatRatio(w.medianRatio), formatRatio(w.p99Ratio), formatBytes(w.allocatedBytesPerRun)]
    : [w.note ?? w.outcome, '-', '-', '-', '-'];
  const lines = [
    DOCS_BEGIN,
    '',
    `Measured at commit \`${report.commit ?? 'unknown'}\` on ${report.date.slice(0, 10)}, Node ${report.node}, ${report.cpus} cores${report.quick ? ' (QUICK RUN: one run each, the figures mean nothing)' : ''};`,
    `${report.options.timeMs} ms of timed runs per workload after warm-up. ${base?.label ?? 'baseline'}: median ${formatMs(base?.medianMs)}, p99 ${formatMs(base?.p99Ms)}.`,
    'Ratios: a median over the baseline\'s median, a p99 over the baseline\'s p99, in the same run.',
    'Allocated: bytes allocated per run, an estimate from V8\'s sampling heap profiler (collected objects included).',
    '',
    '### Everyday requests (full path: JSON text to response body)',
    '',
    table(['workload', 'median', 'p99', 'median ratio', 'p99 ratio', 'allocated per run (estimate)', 'the issue\'s figure (median / p99)'],
      report.workloads.filter((w) => w.group === 'everyday').map((w) => [w.label, ...figures(w), w.before ?? ''])),
    '',
    `### The largest legal requests (target: median under ${report.targetMs} ms)`,
    '',
    table(['case', 'exit', 'median', 'p99', 'median ratio', 'p99 ratio', 'allocated per run (estimate)', 'runs', 'target'],
      report.workloads.filter((w) => w.group === 'largest').map((w) => {
        const [m, p, mr, pr, a] = figures(w);
        return [w.label, w.exitCode ?? '-', m, p, mr, pr, a, w.samples ?? 0, w.outcome !== 'done' ? 'DID NOT FINISH' : w.medianMs < report.targetMs ? 'ok' : `OVER ${report.targetMs} ms`];
      })),
    '',
    `### CLI start (wall time of a process, ${report.cliStart.runs} starts each, interleaved)`,
    '',
    table(['start', 'median', 'p99', 'ratio to node -e 0 (medians)'],
      report.cliStart.starts.map((s) => [s.label, formatMs(s.medianMs), formatMs(s.p99Ms), formatRatio(s.ratioToNode)])),
    '',
  ];
  if (report.properties.length > 0) {
    lines.push('### Property throughput (vitest\'s duration of each test file; FUZZ_RUNS ' + (report.properties[0]?.fuzzRuns ?? '1') + ')', '',
      table(['property', 'file', 'requirement', 'cases', 'cases per second', 'per case', 'per case over the baseline median'],
        report.properties.map((p) => [p.what, `\`${p.file}\``, p.requirement, p.cases, p.casesPerSecond === null ? '-' : p.casesPerSecond.toFixed(p.casesPerSecond < 10 ? 1 : 0),
          formatMs(p.msPerCase), p.msPerCase === null || !base?.medianMs ? '-' : formatRatio(p.msPerCase / base.medianMs)])), '');
  }
  lines.push(DOCS_END);
  return lines.join('\n');
}

/** `text` with the section between the bench markers replaced by `section`; an error when the markers are missing. */
export function replaceDocsSection(text, section) {
  return replaceMarkedSection(text, DOCS_BEGIN, DOCS_END, section, 'bench');
}

function readOptions(argv, env) {
  const flag = (name) => argv.includes(`--${name}`);
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const num = (v, d) => (v !== undefined && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
  const quick = flag('quick');
  return {
    quick,
    writeDocs: flag('write-docs') || value('docs') !== undefined,
    docsFile: path.resolve(value('docs') ?? path.join(root, 'docs', 'performance.md')),
    outFile: path.resolve(value('out') ?? path.join(root, 'reports', 'bench.json')),
    fromFile: value('from') === undefined ? undefined : path.resolve(value('from')),
    properties: !flag('no-properties'),
    propertyFilter: value('properties') ?? '',
    only: env['BENCH_ONLY'] ?? '',
    timeoutSeconds: num(env['BENCH_TIMEOUT_SECONDS'], 30),
    timeMs: num(env['BENCH_TIME_MS'], 1000),
    heapMb: num(env['BENCH_HEAP_MB'], 1024),
    cliRuns: quick ? 1 : Math.round(num(env['BENCH_CLI_RUNS'], 20)),
    propertyTimeoutSeconds: 600,
  };
}

async function main() {
  const opts = readOptions(process.argv.slice(2), process.env);
  if (opts.fromFile !== undefined) { // no measuring: the docs section from a report written before
    writeFileSync(opts.docsFile, replaceDocsSection(readFileSync(opts.docsFile, 'utf8'), renderDocs(JSON.parse(readFileSync(opts.fromFile, 'utf8')))));
    console.log(`written: ${path.relative(root, opts.docsFile)} (the bench section, from ${path.relative(root, opts.fromFile)})`);
    return;
  }
  const { workloads, bounds, demoRequest } = await loadWorkloads();
  const chosen = workloads.filter((w) => w.group === 'baseline' || w.id.includes(opts.only));
  console.log(`bench: ${chosen.length} workloads${opts.quick ? ' (quick: one run each, checks the harness, measures nothing)' : ''}; limit ${opts.timeoutSeconds} s and heap ${opts.heapMb} MB each`);
  const results = [];
  let base;
  for (const w of chosen) {
    const r = await runWorkload(w, opts);
    if (w.group === 'baseline') base = r;
    const medianRatio = base?.outcome === 'done' && r.outcome === 'done' ? r.medianMs / base.medianMs : null;
    const p99Ratio = base?.outcome === 'done' && r.outcome === 'done' ? r.p99Ms / base.p99Ms : null;
    results.push({ ...r, medianRatio, p99Ratio });
    const figures = r.outcome === 'done'
      ? `median ${formatMs(r.medianMs).padStart(9)} (${formatRatio(medianRatio).padStart(7)})  p99 ${formatMs(r.p99Ms).padStart(9)} (${formatRatio(p99Ratio).padStart(7)})  alloc ${formatBytes(r.allocatedBytesPerRun).padStart(8)}  runs ${String(r.samples)}`
      : `DID NOT FINISH (${r.note ?? r.outcome})`;
    console.log(`${w.id.padEnd(40)} exit ${String(r.exitCode ?? '-').padStart(4)}  ${figures}`);
    if (r.exitCode === 1 || r.exitCode === 2) console.log(`  ! refused with exit ${r.exitCode}: ${r.firstError ? `${r.firstError.code} at "${r.firstError.path}" ${r.firstError.message}` : ''}`);
  }

  console.log('\nCLI start');
  const cli = cliStart(opts, demoRequest);
  for (const s of cli.starts) console.log(`${s.label.padEnd(70)} median ${formatMs(s.medianMs).padStart(9)}  p99 ${formatMs(s.p99Ms).padStart(9)}  ${formatRatio(s.ratioToNode)} node -e 0`);
  for (const p of cli.problems) console.log(`  ! ${p}`);

  const properties = opts.properties ? propertyThroughput(opts) : [];
  if (properties.length > 0) console.log('\nproperty throughput');
  for (const p of properties) console.log(`${p.file.padEnd(64)} ${p.passed ? '' : 'FAILED '}${String(p.cases).padStart(5)} cases  ${p.casesPerSecond === null ? '-' : p.casesPerSecond.toFixed(1)} cases/s`);

  const report = {
    date: new Date().toISOString(), commit: git(root, ['rev-parse', '--short', 'HEAD']) ?? null, node: process.version,
    cpus: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length, quick: opts.quick,
    targetMs: TARGET_MS, options: { timeMs: opts.timeMs, timeoutSeconds: opts.timeoutSeconds, heapMb: opts.heapMb, only: opts.only, cliRuns: opts.cliRuns },
    bounds, baseline: base?.label ?? null, workloads: results, cliStart: cli, properties,
  };
  mkdirSync(path.dirname(opts.outFile), { recursive: true });
  writeFileSync(opts.outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten: ${path.relative(root, opts.outFile) || opts.outFile}`);
  if (opts.writeDocs) {
    writeFileSync(opts.docsFile, replaceDocsSection(readFileSync(opts.docsFile, 'utf8'), renderDocs(report)));
    console.log(`written: ${path.relative(root, opts.docsFile)} (the bench section)`);
  }
  const bad = [
    ...results.filter((r) => r.exitCode === 1 || r.exitCode === 2).map((r) => `${r.id} answered exit ${r.exitCode}`),
    ...results.filter((r) => r.group !== 'largest' && r.outcome !== 'done').map((r) => `${r.id} did not finish`),
    ...cli.problems,
    ...properties.filter((p) => !p.passed).map((p) => `${p.file} failed`),
  ];
  if (bad.length > 0) {
    console.error(`bench: ${bad.length} figure(s) measure nothing: ${bad.join('; ')}`);
    process.exitCode = 1;
  }
}

if (!isMainThread && workerData?.benchWorkload === true) await runWorkloadInWorker();
else if (isMainThread && process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
