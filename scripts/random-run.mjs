// A time-boxed random run over every command, on the built engine (dist/).
// Run after the build: npm run random-run
//
// Requests come from scripts/lib/randomRequests.mjs: mutations of the contract
// examples and of the project's vectors (test/vectors/), and well-formed random
// requests from fast-check arbitraries. Each runs in-process through its command
// handler (the handler on JSON.parse of the request; text that is not JSON goes
// through the engine's own parser, as the CLI does), in a worker thread with a time
// limit and a heap cap, its time measured; an exception is an exit-1 answer. One
// request in RANDOM_RUN_CLI_EVERY (and every request with invalid UTF-8 bytes)
// also goes through the real CLI (node bin/itdose.mjs <command>, on stdin) to
// count its real exit codes.
//
// Environment (or --seconds=, --seed=, --examples=, --report= on the command line):
//   RANDOM_RUN_SECONDS   duration (default 60)
//   RANDOM_RUN_SEED      seed (default: from the clock; printed, and in the report)
//   RANDOM_RUN_EXAMPLES  the contract examples folder (default ../shared/contract/examples
//                        from the project root; skipped with a note when absent)
//   RANDOM_RUN_REPORT    the report path (default reports/random-run.json)
//   RANDOM_RUN_TIMEOUT_SECONDS  per request (default 5), RANDOM_RUN_CLI_EVERY (default 50),
//   RANDOM_RUN_HEAP_MB   worker heap cap (default 1024)
//
// The report: seed, duration, counts per command and exit code, the slowest
// requests with their times, every exit-1 request in full, every request slower
// than 1 s in full. Exit code 1 when any answer was exit 1 (or a crash, or not
// JSON) or slower than 1 s (a time-out included).
//
// Implements REQ-RUN-001.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clearTimeout } from 'node:timers';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { git } from './lib/git.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distUrl = (p) => pathToFileURL(path.join(root, 'dist', 'esm', p)).href;
const SLOW_MS = 1000;
const KEEP_SLOWEST = 20;
const KEEP_IN_FULL = 500;
const nowNs = () => process.hrtime.bigint();
const msSince = (t0) => Number(nowNs() - t0) / 1e6;

// ---------------------------------------------------------------- worker: run requests in-process
async function workerMain() {
  const [{ COMMANDS }, { parseJsonText }, { errorResponse }] = await Promise.all([
    import(distUrl('spec/wire/commands/registry.js')),
    import(distUrl('spec/codecs/index.js')),
    import(distUrl('spec/wire/WireResponse.js')),
  ]);
  parentPort.on('message', (m) => {
    const command = COMMANDS.find((c) => c.name === m.command);
    let request;
    let parsed = true;
    if (m.text !== null) {
      try {
        request = JSON.parse(m.text);
      } catch {
        parsed = false;
      }
    }
    const t0 = nowNs();
    let r;
    let threw;
    try {
      if (command === undefined) throw new Error(`no command ${m.command}`);
      if (parsed) r = command.run(request);
      else {
        const p = parseJsonText(m.text);
        r = p._tag === 'Left' ? errorResponse(p.left) : command.run(p.right);
      }
    } catch (e) {
      threw = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    const ms = msSince(t0);
    if (threw !== undefined) {
      parentPort.postMessage({ id: m.id, exitCode: 1, ms, problem: `the handler threw ${threw}` });
      return;
    }
    let text;
    try {
      text = JSON.stringify(r.body);
    } catch (e) {
      parentPort.postMessage({ id: m.id, exitCode: 1, ms, problem: `the response is not JSON: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    const body = r.body;
    const errors = Array.isArray(body?.errors) ? body.errors : [];
    const wellFormed = body !== null && typeof body === 'object' && typeof body.ok === 'boolean'
      && (body.ok ? r.exitCode === 0 && Array.isArray(body.warnings) : r.exitCode !== 0 && errors.length > 0 && errors.every((e) => typeof e?.code === 'string' && typeof e?.path === 'string' && typeof e?.message === 'string'));
    parentPort.postMessage({
      id: m.id, exitCode: r.exitCode, ms, responseBytes: Buffer.byteLength(text), firstError: errors[0]?.code ?? null,
      problem: wellFormed ? null : 'the response does not have the wire shape (ok/errors/warnings, exit code)',
    });
  });
  parentPort.postMessage({ ready: true });
}

// ---------------------------------------------------------------- main
function option(name, env, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (arg !== undefined) return arg.slice(name.length + 3);
  return process.env[env] ?? fallback;
}

/** Vectors ({ name, command, request | raw }) from every JSON array file in the folders. */
function loadVectors(folders) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) {
        let data;
        try { data = JSON.parse(readFileSync(p, 'utf8')); } catch { continue; }
        if (!Array.isArray(data)) continue;
        for (const v of data) {
          if (v && typeof v.command === 'string' && (v.request !== undefined || typeof v.raw === 'string')) {
            out.push({ name: String(v.name ?? p), command: v.command, ...(v.raw === undefined ? { request: v.request } : { raw: v.raw }) });
          }
        }
      }
    }
  };
  for (const f of folders) if (existsSync(f)) walk(f);
  return out;
}

/** One in-process runner: a worker that is replaced when it times out or dies. */
class InProcess {
  constructor(heapMb, timeoutMs) {
    this.heapMb = heapMb;
    this.timeoutMs = timeoutMs;
    this.worker = undefined;
    this.restarts = 0;
  }

  async start() {
    this.worker = new Worker(fileURLToPath(import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: this.heapMb }, stdout: true, stderr: true });
    await new Promise((resolve, reject) => {
      const onMessage = (m) => { if (m.ready) { this.worker.off('message', onMessage); resolve(); } };
      this.worker.on('message', onMessage);
      this.worker.once('error', reject);
    });
  }

  run(id, command, text) {
    return new Promise((resolve) => {
      const w = this.worker;
      let done = false;
      const finish = (result, restart) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (restart) {
          this.restarts += 1;
          void w.terminate();
          this.start().then(() => resolve(result), () => resolve(result));
        } else resolve(result);
      };
      const onMessage = (m) => { if (m.id === id) finish(m, false); };
      const onError = (e) => finish({ id, exitCode: 'crash', ms: msSince(t0), problem: e?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of memory (heap capped at ${this.heapMb} MB)` : `worker error: ${e instanceof Error ? e.message : String(e)}` }, true);
      const onExit = () => finish({ id, exitCode: 'crash', ms: msSince(t0), problem: 'the worker exited' }, true);
      const timer = setTimeout(() => finish({ id, exitCode: 'timeout', ms: msSince(t0), problem: `did not finish in ${this.timeoutMs / 1000} s` }, true), this.timeoutMs);
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      const t0 = nowNs();
      w.postMessage({ id, command, text });
    });
  }

  stop() {
    return this.worker?.terminate();
  }
}

/** Runs the real CLI on one request (stdin), with a time limit. */
function runCli(command, input, timeoutMs) {
  return new Promise((resolve) => {
    const t0 = nowNs();
    const child = spawn(process.execPath, [path.join(root, 'bin', 'itdose.mjs'), command], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.stdin.on('error', () => {}); // the CLI may answer before reading everything
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      let json = true;
      try { JSON.parse(stdout); } catch { json = false; }
      resolve({ exitCode: timedOut ? 'timeout' : code ?? `signal ${signal}`, ms: msSince(t0), json, stderr: Buffer.concat(err).toString('utf8').slice(0, 500) });
    });
    child.stdin.end(input ?? '');
  });
}

function entry(req, result, extra = {}) {
  const request = req.bytes !== undefined ? { bytesBase64: req.bytes.toString('base64') } : { text: req.text };
  return { command: req.command, exitCode: result.exitCode, ms: Math.round(result.ms * 1000) / 1000, origin: req.origin, ...(result.problem ? { problem: result.problem } : {}), ...extra, ...request };
}

async function main() {
  const seconds = Number(option('seconds', 'RANDOM_RUN_SECONDS', '60'));
  const seedText = option('seed', 'RANDOM_RUN_SEED', String(Date.now() % 2_147_483_647));
  const seed = Number.parseInt(seedText, 10) | 0;
  const examples = path.resolve(root, option('examples', 'RANDOM_RUN_EXAMPLES', path.join('..', 'shared', 'contract', 'examples')));
  const reportPath = path.resolve(root, option('report', 'RANDOM_RUN_REPORT', path.join('reports', 'random-run.json')));
  const timeoutMs = 1000 * (Number(process.env['RANDOM_RUN_TIMEOUT_SECONDS'] ?? '5') || 5);
  const cliEvery = Math.max(1, Number(process.env['RANDOM_RUN_CLI_EVERY'] ?? '50') || 50);
  const heapMb = Number(process.env['RANDOM_RUN_HEAP_MB'] ?? '1024') || 1024;
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('RANDOM_RUN_SECONDS must be a positive number');

  const [codecs, core, { requestSource, REQUEST_COMMANDS, LISTING_COMMANDS }] = await Promise.all([
    import(distUrl('spec/codecs/index.js')), import(distUrl('core/index.js')), import('./lib/randomRequests.mjs'),
  ]);
  const bounds = {
    MAX_PER_DAY_ENTRIES: codecs.MAX_PER_DAY_ENTRIES ?? 1440, MAX_COUNT: codecs.MAX_COUNT ?? 10_000, MAX_RESERVOIR_DRUGS: codecs.MAX_RESERVOIR_DRUGS ?? 16,
  };
  const pumpNames = Object.keys(core.PUMP_PROFILES ?? {});
  const vectorFolders = [examples, path.join(root, 'test', 'vectors')];
  const vectors = loadVectors(vectorFolders);
  if (vectors.length === 0) throw new Error('no example requests found to mutate');
  const commands = [...REQUEST_COMMANDS, ...LISTING_COMMANDS];
  console.log(`random run: seed ${seed} (RANDOM_RUN_SEED=${seed} replays it), ${seconds} s, ${vectors.length} example requests`
    + ` (${existsSync(examples) ? examples : `no contract examples at ${examples}`}; test/vectors), limit ${timeoutMs / 1000} s per request, 1 in ${cliEvery} through the CLI`);

  const source = requestSource(seed, { bounds, pumpNames, vectors });
  const runner = new InProcess(heapMb, timeoutMs);
  await runner.start();

  const counts = Object.fromEntries(commands.map((c) => [c, {}]));
  const timing = Object.fromEntries(commands.map((c) => [c, { runs: 0, totalMs: 0, maxMs: 0 }]));
  const cli = { runs: 0, counts: Object.fromEntries(commands.map((c) => [c, {}])), mismatches: [], failures: [] };
  const exit1 = [];
  const slow = [];
  const problems = [];
  let slowest = [];
  let omitted = 0;
  const generatorErrors = [];
  const keep = (list, item) => { if (list.length < KEEP_IN_FULL) list.push(item); else omitted += 1; };
  const bump = (table, key) => { table[key] = (table[key] ?? 0) + 1; };
  const cliPending = new Set();
  const cliFailing = (e) => e.exitCode === 1 || e.exitCode === 'timeout' || typeof e.exitCode === 'string' || !e.json;
  const toCli = async (req, inProcessExit) => {
    while (cliPending.size >= 2) await Promise.race([...cliPending]); // back-pressure: at most two CLI runs at a time
    const p = runCli(req.command, req.bytes ?? req.text ?? '', Math.max(30_000, timeoutMs * 3)).then((res) => {
      cli.runs += 1;
      bump(cli.counts[req.command], String(res.exitCode));
      const e = { ...res, inProcessExit };
      if (cliFailing(e)) keep(cli.failures, entry(req, { exitCode: res.exitCode, ms: res.ms, problem: res.json ? res.stderr : `stdout is not one JSON document; stderr: ${res.stderr}` }));
      else if (inProcessExit !== undefined && inProcessExit !== res.exitCode && cli.mismatches.length < 50) {
        cli.mismatches.push(entry(req, { exitCode: res.exitCode, ms: res.ms }, { inProcessExit }));
      }
    }).finally(() => cliPending.delete(p));
    cliPending.add(p);
  };

  const started = nowNs();
  let n = 0;
  let lastPrint = Date.now();
  while (msSince(started) < seconds * 1000) {
    let req;
    try {
      req = source.next();
    } catch (e) { // a bug of the generators, not of the engine: counted, and the run goes on
      generatorErrors.push(e instanceof Error ? e.stack ?? e.message : String(e));
      if (generatorErrors.length > 100) throw e;
      continue;
    }
    n += 1;
    if (req.bytes !== undefined) { // invalid UTF-8: only the CLI reads bytes
      await toCli(req, undefined);
      continue;
    }
    const result = await runner.run(n, req.command, req.text);
    bump(counts[req.command], String(result.exitCode));
    const t = timing[req.command];
    t.runs += 1;
    t.totalMs += result.ms;
    t.maxMs = Math.max(t.maxMs, result.ms);
    if (result.exitCode === 1 || result.exitCode === 'crash') keep(exit1, entry(req, result));
    else if (result.problem && typeof result.exitCode === 'number') keep(problems, entry(req, result));
    if (result.ms > SLOW_MS || result.exitCode === 'timeout') keep(slow, entry(req, result));
    if (slowest.length < KEEP_SLOWEST || result.ms > slowest[slowest.length - 1].ms) {
      const text = req.text ?? '';
      slowest.push({ command: req.command, ms: Math.round(result.ms * 1000) / 1000, exitCode: result.exitCode, origin: req.origin, bytes: Buffer.byteLength(text),
        request: text.length > 4000 ? `${text.slice(0, 4000)}… (${text.length} characters)` : text });
      slowest = slowest.sort((a, b) => b.ms - a.ms).slice(0, KEEP_SLOWEST);
    }
    if (n % cliEvery === 0) await toCli(req, result.exitCode);
    if (Date.now() - lastPrint > 10_000) {
      lastPrint = Date.now();
      console.log(`  ${Math.round(msSince(started) / 1000)} s: ${n} requests, ${exit1.length} exit-1, ${slow.length} slower than 1 s, ${runner.restarts} worker restarts`);
    }
  }
  await Promise.all([...cliPending]);
  await runner.stop();
  const elapsed = msSince(started) / 1000;

  const perCommand = Object.fromEntries(commands.map((c) => [c, {
    exitCodes: counts[c], runs: timing[c].runs,
    meanMs: timing[c].runs > 0 ? Math.round((timing[c].totalMs / timing[c].runs) * 1000) / 1000 : null, maxMs: Math.round(timing[c].maxMs * 1000) / 1000,
  }]));
  const cliFailures = cli.failures.length;
  const ok = exit1.length === 0 && slow.length === 0 && cliFailures === 0 && problems.length === 0;
  const report = {
    tool: 'random-run', ok, seed, durationSeconds: seconds, elapsedSeconds: Math.round(elapsed * 10) / 10, startedAt: new Date(Date.now() - elapsed * 1000).toISOString(),
    commit: git(root, ['rev-parse', 'HEAD']) ?? null, node: process.version,
    options: { timeoutSeconds: timeoutMs / 1000, cliEvery, heapMb, slowMs: SLOW_MS, examples: existsSync(examples) ? path.relative(root, examples) : null },
    bounds, exampleRequests: vectors.length, requests: n, workerRestarts: runner.restarts,
    perCommand, cli,
    slowest, exit1, slow, problems, omittedFromLists: omitted, generatorErrors,
  };
  mkdirSync(path.dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\n${n} requests in ${elapsed.toFixed(1)} s (seed ${seed})`);
  for (const c of commands) {
    const p = perCommand[c];
    console.log(`  ${c.padEnd(13)} ${String(p.runs).padStart(6)} runs  exit ${JSON.stringify(p.exitCodes)}  mean ${p.meanMs ?? '-'} ms  max ${p.maxMs} ms`);
  }
  console.log(`  CLI: ${cli.runs} runs, exit ${JSON.stringify(Object.fromEntries(Object.entries(cli.counts).filter(([, v]) => Object.keys(v).length > 0)))}, ${cli.mismatches.length} exit codes differing from in-process, ${cliFailures} failures`);
  console.log(`  exit-1 answers: ${exit1.length}; slower than ${SLOW_MS} ms: ${slow.length} (time-outs: ${slow.filter((s) => s.exitCode === 'timeout').length}); malformed responses: ${problems.length}`);
  console.log(`  report: ${path.relative(root, reportPath)}`);
  if (!ok) {
    console.log(`random run FAILED; replay with RANDOM_RUN_SEED=${seed} RANDOM_RUN_SECONDS=${seconds} npm run random-run (the failing requests are in the report in full)`);
    process.exitCode = 1;
  }
}

if (isMainThread) await main();
else await workerMain();
