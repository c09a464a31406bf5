// Speed. Run after the build: npm run bench
//
// 1. Ratios measured in one run (absolute times vary by machine; ratios between
//    operations measured back to back are what we compare across commits).
// 2. The largest legal request of every command (scripts/lib/largestRequests.mjs),
//    each timed in-process through its command handler (the handler on the parsed
//    JSON), in its own worker thread with a time limit and a heap cap, so that a
//    case that never returns prints "did not finish" instead of hanging the bench.
//    Mean, median and max per case, the ratio to the continuous compile, and the
//    issue's target (under 50 ms each). The figures are also written to
//    reports/bench.json.
//
// Environment: BENCH_TIMEOUT_SECONDS (per case, default 10), BENCH_RUNS (timed runs
// per case, default 20), BENCH_HEAP_MB (worker heap cap, default 1024),
// BENCH_ONLY (run only the cases whose id contains this text).
// Exit code 1 when a case is refused as malformed (exit 2) or the bench itself
// fails: such a case measures nothing, so the case list needs fixing.
//
// Implements REQ-RUN-002.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearTimeout } from 'node:timers';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 50;

async function loadEngine() {
  const dist = path.join(root, 'dist', 'esm');
  const url = (p) => new URL(`file://${path.join(dist, p)}`).href;
  const [{ COMMANDS }, codecs, quantity, { largestRequests }] = await Promise.all([
    import(url('spec/wire/commands/registry.js')),
    import(url('spec/codecs/index.js')),
    import(url('core/quantity/parseQuantity.js')),
    import('./lib/largestRequests.mjs'),
  ]);
  const digits = { integer: quantity.MAX_INTEGER_DIGITS ?? 12, fraction: quantity.MAX_FRACTION_DIGITS ?? 12 };
  const convert = COMMANDS.find((c) => c.name === 'convert');
  return { COMMANDS, built: largestRequests(codecs, digits, { convert: (u) => convert?.run(u).exitCode !== 2 }) };
}

const nowNs = () => process.hrtime.bigint();
const msSince = (t0) => Number(nowNs() - t0) / 1e6;

// ---------------------------------------------------------------- worker side
async function runCaseInWorker() {
  const { id, runs } = workerData;
  const { COMMANDS, built } = await loadEngine();
  const c = built.cases.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no case ${id}`);
  const command = COMMANDS.find((x) => x.name === c.command);
  if (command === undefined) throw new Error(`no command ${c.command}`);
  const text = c.request === undefined ? undefined : JSON.stringify(c.request);
  const once = () => {
    const request = text === undefined ? undefined : JSON.parse(text); // a fresh parsed request each run
    const t0 = nowNs();
    const r = command.run(request);
    return { ms: msSince(t0), r };
  };
  const first = once();
  const errors = Array.isArray(first.r.body.errors) ? first.r.body.errors : [];
  parentPort.postMessage({
    phase: 'first', ms: first.ms, exitCode: first.r.exitCode, bytes: text === undefined ? 0 : Buffer.byteLength(text),
    firstError: errors[0] ?? null, responseBytes: Buffer.byteLength(JSON.stringify(first.r.body)),
  });
  // warm-up (up to 3 runs within 1 s; none after a first run over 1 s), then the
  // timed runs (up to `runs`, started within about 3 s), each reported as it ends
  const warmStart = nowNs();
  for (let i = 0; i < 3 && first.ms < 1000 && msSince(warmStart) < 1000; i += 1) once();
  const timedStart = nowNs();
  for (let n = 0; n < runs && (n === 0 || msSince(timedStart) < 3000); n += 1) parentPort.postMessage({ phase: 'run', ms: once().ms });
  parentPort.postMessage({ phase: 'done' });
}

// ---------------------------------------------------------------- main side
function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { runs: sorted.length, meanMs: mean, medianMs: median, maxMs: sorted[sorted.length - 1] };
}

function runCase(id, opts) {
  return new Promise((resolve) => {
    const started = nowNs();
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { id, runs: opts.runs },
      resourceLimits: { maxOldGenerationSizeMb: opts.heapMb },
      stdout: true,
      stderr: true,
    });
    let first;
    const times = [];
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve({ id, ...(first ?? {}), ...result, wallMs: msSince(started) });
    };
    const timer = setTimeout(() => {
      finish(first === undefined
        ? { outcome: 'timeout', note: `did not finish in ${opts.timeoutSeconds} s` }
        : { outcome: 'partial', ...stats(times.length > 0 ? times : [first.firstMs]),
          note: times.length > 0 ? `the runs that ended within the ${opts.timeoutSeconds} s limit` : `the first run only; the next did not end within the ${opts.timeoutSeconds} s limit` });
    }, opts.timeoutSeconds * 1000);
    worker.on('message', (m) => {
      if (m.phase === 'first') first = { exitCode: m.exitCode, firstMs: m.ms, firstError: m.firstError, bytes: m.bytes, responseBytes: m.responseBytes };
      if (m.phase === 'run') times.push(m.ms);
      if (m.phase === 'done') finish({ outcome: 'done', ...stats(times.length > 0 ? times : [first?.firstMs ?? 0]) });
    });
    worker.on('error', (e) => {
      const oom = e && e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish({ outcome: oom ? 'out-of-memory' : 'crashed', note: oom ? `ran out of memory (heap capped at ${opts.heapMb} MB)` : `threw: ${e instanceof Error ? e.message : String(e)}` });
    });
    worker.on('exit', () => finish({ outcome: 'crashed', note: 'the worker exited without an answer' }));
  });
}

function timeRatioBase(compile, DEMO_REQUEST) {
  const time = (label, n, fn) => {
    for (let i = 0; i < Math.min(50, n); i++) fn(); // warm up
    const t0 = nowNs();
    for (let i = 0; i < n; i++) fn();
    return { label, n, nsPerOp: Number(nowNs() - t0) / n };
  };
  const flex = {
    ...DEMO_REQUEST,
    therapy: {
      mode: 'flex', drug: 'morphine',
      steps: Array.from({ length: 24 }, (_, h) => ({ start: `${String(h).padStart(2, '0')}:00`, dose: `${(2 + (h % 3)).toString()} mg/day` })),
      periodicBoluses: [{ start: '23:50', dose: '0.2 mg', duration: '20 min' }],
      patientBolus: { dose: '0.1 mg', duration: '10 min', lockout: '7 h', maxPerDay: 3 },
    },
  };
  const noBolus = { ...DEMO_REQUEST, therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } };
  return [
    time('compile: continuous, no patient bolus', 300, () => compile.run(noBolus)),
    time('compile: continuous + patient bolus (demo)', 300, () => compile.run(DEMO_REQUEST)),
    time('compile: 24 flex steps + periodic + patient bolus', 100, () => compile.run(flex)),
  ];
}

const fmt = (v) => (v === undefined ? '-' : v < 10 ? v.toFixed(2) : v.toFixed(1));

async function main() {
  const opts = {
    timeoutSeconds: Number(process.env['BENCH_TIMEOUT_SECONDS'] ?? '10') || 10,
    runs: Math.max(1, Number(process.env['BENCH_RUNS'] ?? '20') || 20),
    heapMb: Number(process.env['BENCH_HEAP_MB'] ?? '1024') || 1024,
    only: process.env['BENCH_ONLY'] ?? '',
  };
  const { COMMANDS, built } = await loadEngine();
  const compile = COMMANDS.find((c) => c.name === 'compile');
  if (compile === undefined) {
    console.error('bench: the compile command is missing');
    process.exit(1);
  }
  const { DEMO_REQUEST } = await import(new URL(`file://${path.join(root, 'dist', 'esm', 'adapters', 'cli', 'demoRequest.js')}`).href);

  // 1. ratios, as before
  const ratios = timeRatioBase(compile, DEMO_REQUEST);
  const base = ratios[0].nsPerOp;
  console.log('operation'.padEnd(52), 'runs', '  ratio to first');
  for (const r of ratios) console.log(r.label.padEnd(52), String(r.n).padStart(4), `  ${(r.nsPerOp / base).toFixed(2)}x`);

  // 2. the largest legal requests
  console.log(`\nlargest legal requests (target: each under ${TARGET_MS} ms in-process; limit ${opts.timeoutSeconds} s per case, heap ${opts.heapMb} MB)`);
  console.log('bounds read from the decoder:', JSON.stringify(built.bounds));
  const cases = built.cases.filter((c) => c.id.includes(opts.only));
  const results = [];
  for (const c of cases) {
    const r = await runCase(c.id, opts);
    const row = { ...r, command: c.command, stress: c.stress };
    results.push(row);
    const malformed = r.exitCode === 2 || r.exitCode === 1;
    const err = r.firstError ? ` ${r.firstError.code} at "${r.firstError.path}"` : '';
    const mark = r.outcome === 'done' || r.outcome === 'partial' ? (r.maxMs < TARGET_MS ? 'ok' : `OVER ${TARGET_MS} ms`) : 'DID NOT FINISH';
    console.log(`${c.id.padEnd(40)} exit ${r.exitCode ?? '-'}  runs ${String(r.runs ?? 0).padStart(2)}  mean ${fmt(r.meanMs).padStart(8)}  median ${fmt(r.medianMs).padStart(8)}  max ${fmt(r.maxMs).padStart(8)} ms  ${mark}${r.note ? ` (${r.note})` : ''}`);
    if (malformed) console.log(`  ! refused with exit ${r.exitCode}:${err}${r.firstError ? ` ${r.firstError.message}` : ''}`);
    else if (r.exitCode === 3) console.log(`  refused for safety:${err}`);
  }
  const baseRow = results.find((r) => r.id === 'compile-continuous');
  const baseMean = baseRow?.meanMs;
  console.log('\nper command (the slowest case; ratio of its mean to the continuous compile\'s mean):');
  const perCommand = {};
  for (const name of [...new Set(cases.map((c) => c.command))]) {
    const rows = results.filter((r) => r.command === name);
    const unfinished = rows.filter((r) => r.outcome !== 'done' && r.outcome !== 'partial');
    const worst = rows.filter((r) => r.maxMs !== undefined).sort((a, b) => b.maxMs - a.maxMs)[0];
    const ratio = worst && baseMean ? worst.meanMs / baseMean : undefined;
    const pass = unfinished.length === 0 && worst !== undefined && worst.maxMs < TARGET_MS;
    perCommand[name] = { worstCase: worst?.id ?? null, meanMs: worst?.meanMs ?? null, medianMs: worst?.medianMs ?? null, maxMs: worst?.maxMs ?? null,
      ratioToContinuousCompile: ratio ?? null, unfinished: unfinished.map((r) => r.id), underTarget: pass };
    console.log(`${name.padEnd(14)} ${pass ? 'ok  ' : 'FAIL'} slowest ${String(worst?.id ?? '-').padEnd(40)} mean ${fmt(worst?.meanMs).padStart(8)}  median ${fmt(worst?.medianMs).padStart(8)}  max ${fmt(worst?.maxMs).padStart(8)} ms  ${ratio === undefined ? '' : `${ratio.toFixed(1)}x`}${unfinished.length > 0 ? `  did not finish: ${unfinished.map((r) => r.id).join(', ')}` : ''}`);
  }
  const report = {
    date: new Date().toISOString(), node: process.version, cpus: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
    targetMs: TARGET_MS, options: opts, bounds: built.bounds,
    ratios: ratios.map((r) => ({ label: r.label, runs: r.n, ratioToFirst: r.nsPerOp / base })),
    cases: results, perCommand,
  };
  mkdirSync(path.join(root, 'reports'), { recursive: true });
  writeFileSync(path.join(root, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nwritten: reports/bench.json');
  const bad = results.filter((r) => r.exitCode === 2 || r.exitCode === 1);
  if (bad.length > 0) {
    console.error(`bench: ${bad.length} case(s) refused as malformed or failed (${bad.map((r) => r.id).join(', ')}); they measure nothing`);
    process.exitCode = 1;
  }
}

if (isMainThread) await main();
else await runCaseInWorker();
