// Server load benchmark (issue 15). Run after the build:
//   npm run build && npm run bench:server [-- --write-docs]
//
// Starts the real HTTP server (the built adapter, dist/esm/adapters/server/start.js,
// as `npm run serve` does) in a child process on 127.0.0.1, port 0, and sends it,
// with autocannon over loopback, the contract's continuous compile request
// (the first continuous compile of test/vectors/contract/core.json) from
// BENCH_SERVER_CONNECTIONS connections (default 10) for BENCH_SERVER_SECONDS
// seconds (default 10), after BENCH_SERVER_WARMUP requests (default 500).
// Three runs, one server each, with BENCH_SERVER_WORKERS server processes
// sharing the port (`--workers`, node:cluster; default: the number of cores):
//
//  - the audit trail in a SQLite file in a fresh temporary directory, with the
//    server's own durability setting (the journal mode read back from the file,
//    the durability line the server prints): the deployed single-machine case;
//  - for comparison, the audit trail in memory (`--audit-db :memory:`): every
//    record still hashed, chained and written, but nothing reaches the disk.
//    The server cannot run with the audit trail off (every calculation is
//    recorded before it is answered), so this is the nearest comparison;
//  - the audit trail in PostgreSQL: a throw-away cluster on loopback
//    (scripts/lib/postgresCluster.mjs: Debian's postgresql binaries, as the
//    postgres user under root), synchronous_commit on, every server process
//    appending to the one chain. Where no cluster can be started the report
//    says why and measures none.
//
// For each run: requests per second (autocannon's mean of its per-second
// counts), p50 and p99 of the 2xx latencies (each response's time from the
// request written to the response read, as autocannon times it with
// process.hrtime, nearest rank over every 2xx response; autocannon's own
// histogram rounds to whole milliseconds), the largest, the server process's
// CPU time (user + system, from /proc on Linux) per 2xx answer, and the counts of
// 2xx, non-2xx, errors and timeouts. After the file and PostgreSQL runs the
// trail is checked with `itdose audit verify PATH|URL`: it must verify and hold at least one record per
// calculation answered 2xx (the first request, the warm-up and the run). The figures are reported against the issue's target (at least
// 5,000 compiles per second at p99 at most 10 ms, audit trail on), never
// asserted. The server CPU time is summed over the server's processes.
//
// Results: reports/bench-server.json (or --out=FILE); with --write-docs the
// section between the bench-server markers of docs/performance.md (or
// --docs=FILE). Exit code 1 when the server does not start, the first request
// is not answered 200 with ok: true, any request errs, times out or is not
// answered 2xx, or the audit trail does not verify: such a figure measures
// nothing. Every request goes to 127.0.0.1 only; every run stops by itself
// after its duration.
//
// Implements REQ-RUN-004.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { git } from './lib/git.mjs';
import { mdTable, replaceMarkedSection } from './lib/markdown.mjs';
import { startCluster } from './lib/postgresCluster.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_ENTRY = path.join(root, 'dist', 'esm', 'adapters', 'server', 'start.js');
const AUDIT_MODULE = path.join(root, 'dist', 'esm', 'adapters', 'server', 'audit', 'auditLog.js');
const CLI = path.join(root, 'bin', 'itdose.mjs');
const VECTORS = path.join(root, 'test', 'vectors', 'contract', 'core.json');

/** The issue's target for the audited run. */
export const TARGET = Object.freeze({ requestsPerSecond: 5000, p99Ms: 10 });
/** Bounds of the options: a run is bounded in time, connections and warm-up requests. */
export const LIMITS = Object.freeze({ maxSeconds: 600, maxConnections: 256, maxWarmup: 100_000, maxWorkers: 64 });
/** The markers of the section of docs/performance.md that --write-docs rewrites. */
export const DOCS_BEGIN = '<!-- bench-server:begin (written by npm run bench:server -- --write-docs; do not edit by hand) -->';
export const DOCS_END = '<!-- bench-server:end -->';
/** What the report says of the runs it cannot make (PostgreSQL: only when no cluster can be started, with the reason). */
export const NOT_MEASURED = Object.freeze({
  auditOff: 'not supported: the server records every calculation in its audit trail before it answers and has no setting to turn the trail off; the in-memory trail is the comparison',
});
/** The runs whose figures are held against the target (the durable audit trails). */
export const AUDITED_RUNS = Object.freeze(['sqlite-file', 'postgres']);

/** The contract's continuous compile request: the first compile vector whose therapy is continuous. */
export function continuousCompileVector() {
  const vectors = JSON.parse(readFileSync(VECTORS, 'utf8'));
  const v = vectors.find((x) => x.command === 'compile' && x.request?.therapy?.mode === 'continuous' && x.expect?.exit === 0);
  if (v === undefined) throw new Error('bench-server: no continuous compile vector answered with exit 0 in test/vectors/contract/core.json');
  return { name: v.name, request: v.request };
}

/** The value at percentile `p` (0 < p <= 100) of ascending `sorted`, nearest rank; null when empty. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

/** Milliseconds for a table: µs below 1 ms, 3 significant digits. */
export function formatMs(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '-';
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  return `${ms.toPrecision(3)} ms`;
}

function readOptions(argv, env) {
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const int = (text, fallback, min, max, what) => {
    if (text === undefined || text === '') return fallback;
    if (!/^[0-9]{1,7}$/.test(text) || Number(text) < min || Number(text) > max) throw new Error(`bench-server: ${what} is an integer from ${String(min)} to ${String(max)}`);
    return Number(text);
  };
  return {
    seconds: int(env['BENCH_SERVER_SECONDS'], 10, 1, LIMITS.maxSeconds, 'BENCH_SERVER_SECONDS'),
    connections: int(env['BENCH_SERVER_CONNECTIONS'], 10, 1, LIMITS.maxConnections, 'BENCH_SERVER_CONNECTIONS'),
    warmup: int(env['BENCH_SERVER_WARMUP'], 500, 0, LIMITS.maxWarmup, 'BENCH_SERVER_WARMUP'),
    workers: int(env['BENCH_SERVER_WORKERS'], typeof availableParallelism === 'function' ? availableParallelism() : cpus().length, 1, LIMITS.maxWorkers, 'BENCH_SERVER_WORKERS'),
    writeDocs: argv.includes('--write-docs') || value('docs') !== undefined,
    docsFile: path.resolve(value('docs') ?? path.join(root, 'docs', 'performance.md')),
    outFile: path.resolve(value('out') ?? path.join(root, 'reports', 'bench-server.json')),
  };
}

/** Starts the built server; resolves with the child, its port and the durability it prints once it listens. */
function startServer(auditDb, workers) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env['ITDOSE_API_KEYS']; // no keys: the benchmark measures the calculation and its audit record
    delete env['ITDOSE_API_KEYS_FILE'];
    const child = spawn(process.execPath, [SERVER_ENTRY, '--host', '127.0.0.1', '--port', '0', '--audit-db', auditDb, '--workers', String(workers)],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`bench-server: the server did not start within 20 s: ${err.slice(0, 500)}`)); }, 20_000);
    child.stderr.on('data', (d) => { if (err.length < 10_000) err += String(d); });
    child.stdout.on('data', (d) => {
      if (out.length < 10_000) out += String(d);
      const m = /listening on 127\.0\.0\.1:([0-9]+).*\n/.exec(out);
      if (m !== null) { clearTimeout(timer); resolve({ child, port: Number(m[1]), durability: /durability: (.*)\n/.exec(out)?.[1] ?? 'unknown', stderr: () => err }); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`bench-server: the server exited (${String(code)}) before listening: ${err.slice(0, 500)}`)); });
  });
}

/** Stops the server with SIGTERM (SIGKILL after 10 s); resolves when it has exited. */
function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) { resolve(); return; }
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

/**
 * CPU seconds (user + system) a process and its children (the server's
 * workers) have used so far, from /proc (Linux); null where that cannot be
 * read. Clock ticks of 1/100 s.
 */
function cpuSecondsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the line)
    if (!Number.isFinite(ticks)) return null;
    let children = 0;
    for (const tid of readdirSync(`/proc/${String(pid)}/task`)) {
      for (const child of readFileSync(`/proc/${String(pid)}/task/${tid}/children`, 'utf8').split(' ').filter((c) => c !== '')) {
        children += cpuSecondsOf(Number(child)) ?? 0;
      }
    }
    return ticks / 100 + children;
  } catch {
    return null;
  }
}

/** One autocannon run; `onLatency` receives each 2xx response's time in ms. */
function load(options, onLatency) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (e, result) => (e ? reject(e) : resolve(result)));
    if (onLatency !== undefined) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) onLatency(responseTime);
      });
    }
  });
}

async function measure(run, body, opts) {
  const server = await startServer(run.auditDb, opts.workers);
  try {
    const url = `http://127.0.0.1:${String(server.port)}/v1/compile`;
    const headers = { 'content-type': 'application/json' };
    const first = await globalThis.fetch(url, { method: 'POST', headers, body });
    const firstBody = await first.json();
    if (first.status !== 200 || firstBody?.ok !== true) throw new Error(`bench-server: the first request was answered ${String(first.status)}: ${JSON.stringify(firstBody).slice(0, 500)}`);
    const base = { url, method: 'POST', headers, body, connections: opts.connections, timeout: 10 };
    const warm = opts.warmup > 0 ? await load({ ...base, amount: opts.warmup }) : undefined;
    const latencies = [];
    const cpuBefore = cpuSecondsOf(server.child.pid);
    const r = await load({ ...base, duration: opts.seconds }, (ms) => latencies.push(ms));
    const cpuAfter = cpuSecondsOf(server.child.pid);
    const serverCpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    latencies.sort((a, b) => a - b);
    return {
      id: run.id, label: run.label, auditDb: run.kind, durability: server.durability,
      seconds: r.duration, connections: opts.connections, workers: opts.workers,
      requestsPerSecond: r.requests.average, requestsTotal: r.requests.total,
      count2xx: r['2xx'], non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts,
      recordsAtLeast: 1 + (warm?.['2xx'] ?? 0) + r['2xx'], // the first request, the warm-up's and the run's 2xx answers
      p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), maxMs: latencies.at(-1) ?? null,
      serverCpuSeconds, serverCpuMsPerRequest: serverCpuSeconds === null || r['2xx'] === 0 ? null : (serverCpuSeconds * 1000) / r['2xx'],
      autocannonP50Ms: r.latency.p50, autocannonP99Ms: r.latency.p99,
      serverStderr: server.stderr().slice(0, 2000),
    };
  } finally {
    await stopServer(server.child);
  }
}

/** `itdose audit verify PATH|URL` on the trail, and (a SQLite file) its journal mode read back. */
function checkAuditFile(file) {
  const r = spawnSync(process.execPath, [CLI, 'audit', 'verify', file], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  let verify;
  try { verify = JSON.parse(r.stdout); } catch { verify = { ok: false, output: `${r.stdout}${r.stderr}`.slice(0, 500) }; }
  let journalMode = null;
  if (/^postgres(ql)?:\/\//.test(file)) return { ok: r.status === 0 && verify?.ok === true, records: typeof verify?.records === 'number' ? verify.records : null, journalMode };
  try {
    const db = new Database(file, { readonly: true });
    try { journalMode = String(db.pragma('journal_mode', { simple: true })).toUpperCase(); } finally { db.close(); }
  } catch { journalMode = null; }
  return { ok: r.status === 0 && verify?.ok === true, records: typeof verify?.records === 'number' ? verify.records : null, journalMode };
}

/** The problems that make a run's figures meaningless (empty when the run is sound). */
export function problemsOf(run) {
  const out = [];
  if (run.count2xx === 0) out.push(`${run.id}: no 2xx answer`);
  if (run.non2xx > 0) out.push(`${run.id}: ${String(run.non2xx)} answers were not 2xx`);
  if (run.errors > 0) out.push(`${run.id}: ${String(run.errors)} requests erred`);
  if (run.timeouts > 0) out.push(`${run.id}: ${String(run.timeouts)} requests timed out`);
  if (run.audit !== undefined) {
    if (!run.audit.ok) out.push(`${run.id}: the audit trail does not verify`);
    else if (run.audit.records === null || run.audit.records < run.recordsAtLeast) out.push(`${run.id}: the audit trail holds ${String(run.audit.records)} records, fewer than the ${String(run.recordsAtLeast)} calculations answered 2xx`);
  }
  return out;
}

/** The Markdown of the docs section (markers included) for a report. */
export function renderDocs(report) {
  const rows = report.runs.map((r) => [
    r.label, r.durability, String(Math.round(r.requestsPerSecond)), formatMs(r.p50Ms), formatMs(r.p99Ms), formatMs(r.maxMs), formatMs(r.serverCpuMsPerRequest),
    `${String(r.count2xx)} / ${String(r.non2xx)} / ${String(r.errors)} / ${String(r.timeouts)}`,
    AUDITED_RUNS.includes(r.id) ? (meets(r) ? 'met' : 'NOT MET') : '-',
  ]);
  return [
    DOCS_BEGIN,
    '',
    `Measured at commit \`${report.commit ?? 'unknown'}\` on ${report.date.slice(0, 10)}, Node ${report.node}, ${String(report.cpus)} cores (load average ${report.loadAverage.before.toFixed(2)} before, ${report.loadAverage.after.toFixed(2)} after);`,
    `${report.request.name} (\`POST /v1/compile\`), ${String(report.options.connections)} connections for ${String(report.options.seconds)} s after ${String(report.options.warmup)} warm-up requests, ${String(report.options.workers)} server process(es) sharing the port per run (\`--workers\`), autocannon in the benchmark's process on the same machine.`,
    `Target of the audited run: at least ${String(report.target.requestsPerSecond)} requests per second at p99 at most ${String(report.target.p99Ms)} ms.`,
    '',
    mdTable(['audit trail', 'durability', 'requests/s', 'p50', 'p99', 'max', 'server CPU per request', '2xx / non-2xx / errors / timeouts', 'target'], rows),
    '',
    `Audit trail off: ${report.notMeasured.auditOff}.${report.notMeasured.postgres === undefined ? '' : ` PostgreSQL: ${report.notMeasured.postgres}.`}`,
    '',
    DOCS_END,
  ].join('\n');
}

/** Whether a run meets the target (at least the rate, p99 at most the bound). */
export function meets(run) {
  return run.requestsPerSecond >= TARGET.requestsPerSecond && run.p99Ms !== null && run.p99Ms <= TARGET.p99Ms;
}

/** `text` with the bench-server section replaced by `section`. */
export function replaceDocsSection(text, section) {
  return replaceMarkedSection(text, DOCS_BEGIN, DOCS_END, section, 'bench-server');
}

async function main() {
  const opts = readOptions(process.argv.slice(2), process.env);
  if (!existsSync(SERVER_ENTRY) || !existsSync(AUDIT_MODULE)) {
    console.error('bench-server: the server is not built; run npm run build first');
    return 1;
  }
  const vector = continuousCompileVector();
  const body = JSON.stringify(vector.request);
  const work = mkdtempSync(path.join(tmpdir(), 'itdose-bench-server-'));
  const auditFile = path.join(work, 'audit.sqlite');
  const loadBefore = loadavg()[0] ?? 0;
  console.log(`bench-server: ${vector.name}; ${String(opts.connections)} connections, ${String(opts.seconds)} s per run after ${String(opts.warmup)} warm-up requests, ${String(opts.workers)} server process(es); 127.0.0.1 only`);
  const runs = [];
  const notMeasured = { ...NOT_MEASURED };
  const pg = await startCluster();
  if (!pg.ok) notMeasured.postgres = `not available: no PostgreSQL cluster could be started (${pg.reason})`;
  try {
    const pgUrl = pg.ok ? await pg.cluster.database('itdose_bench') : undefined;
    for (const run of [
      { id: 'sqlite-file', kind: 'file', label: 'SQLite file', auditDb: auditFile },
      { id: 'sqlite-memory', kind: ':memory:', label: 'SQLite in memory (not durable; comparison)', auditDb: ':memory:' },
      ...(pgUrl === undefined ? [] : [{ id: 'postgres', kind: 'postgres', label: 'PostgreSQL (loopback)', auditDb: pgUrl }]),
    ]) {
      const m = await measure(run, body, opts);
      if (run.kind !== ':memory:') m.audit = checkAuditFile(run.auditDb);
      runs.push(m);
      console.log(`  ${m.label}: ${m.requestsPerSecond.toFixed(0)} requests/s, p50 ${formatMs(m.p50Ms)}, p99 ${formatMs(m.p99Ms)}, max ${formatMs(m.maxMs)}, server CPU ${formatMs(m.serverCpuMsPerRequest)} per request; 2xx ${String(m.count2xx)}, non-2xx ${String(m.non2xx)}, errors ${String(m.errors)}, timeouts ${String(m.timeouts)}${m.audit === undefined ? '' : `; audit verify ${m.audit.ok ? 'ok' : 'FAILED'}, ${String(m.audit.records)} records`}`);
      console.log(`    durability: ${m.durability}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (pg.ok) pg.cluster.stop();
  }
  console.log(`  audit trail off: ${notMeasured.auditOff}`);
  if (notMeasured.postgres !== undefined) console.log(`  PostgreSQL: ${notMeasured.postgres}`);
  const problems = runs.flatMap(problemsOf);
  const met = runs.some((r) => AUDITED_RUNS.includes(r.id) && meets(r));
  console.log(`  target (a durable audited run, ≥ ${String(TARGET.requestsPerSecond)}/s at p99 ≤ ${String(TARGET.p99Ms)} ms): ${met ? 'met' : 'not met'} (reported, not asserted)`);
  const report = {
    date: new Date().toISOString(), commit: git(root, ['rev-parse', '--short', 'HEAD']) ?? null, node: process.version,
    cpus: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
    loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
    options: { seconds: opts.seconds, connections: opts.connections, warmup: opts.warmup, workers: opts.workers },
    request: { name: vector.name, command: 'compile', bytes: Buffer.byteLength(body) },
    target: { ...TARGET, met },
    runs, notMeasured, problems,
  };
  mkdirSync(path.dirname(opts.outFile), { recursive: true });
  writeFileSync(opts.outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written: ${path.relative(root, opts.outFile)}`);
  if (opts.writeDocs) {
    writeFileSync(opts.docsFile, replaceDocsSection(readFileSync(opts.docsFile, 'utf8'), renderDocs(report)));
    console.log(`written: ${path.relative(root, opts.docsFile)} (the bench-server section)`);
  }
  for (const p of problems) console.error(`bench-server: ${p}`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => { process.exitCode = code; }, (e) => { console.error(e instanceof Error ? e.message : e); process.exitCode = 1; });
}
