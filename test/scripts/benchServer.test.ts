import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writtenSection } from './_markedSection.js';
import { postgresBinDir } from '../../scripts/lib/postgresCluster.mjs';
import { DOCS_BEGIN, DOCS_END, NOT_MEASURED, TARGET, continuousCompileVector, percentile, problemsOf, replaceDocsSection } from '../../scripts/bench-server.mjs';

// The harness's shape, never a time: a 1 s run against the real server (the
// build that npm test makes before vitest) must finish, write a report of the stated shape
// and rewrite only the marked section of a copy of docs/performance.md.

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'itdose-bench-server-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  id: string; label: string; durability: string; seconds: number; connections: number;
  requestsPerSecond: number; requestsTotal: number; count2xx: number; non2xx: number; errors: number; timeouts: number; recordsAtLeast: number;
  p50Ms: number | null; p99Ms: number | null; maxMs: number | null; serverCpuMsPerRequest: number | null;
  audit?: { ok: boolean; records: number | null; journalMode: string | null };
}
interface Report {
  commit: string | null; cpus: number;
  options: { seconds: number; connections: number; warmup: number; workers: number };
  request: { name: string; command: string; bytes: number };
  target: { requestsPerSecond: number; p99Ms: number; met: boolean };
  runs: Run[]; notMeasured: { auditOff: string; postgres?: string }; problems: string[];
}

describe('npm run bench:server', () => {
  it('[REQ-RUN-004] [REQ-SRV-007] a 1 s run loads the real server (two processes) with the contract\'s continuous compile, audited in a verified SQLite file, in memory and (where a cluster starts) in a verified PostgreSQL database, and writes the report and the docs section', () => {
    const docs = join(work, 'performance.md');
    const original = readFileSync(resolve(ROOT, 'docs/performance.md'), 'utf8');
    writeFileSync(docs, original);
    const out = join(work, 'bench-server.json');
    const r = spawnSync(process.execPath, [resolve(ROOT, 'scripts/bench-server.mjs'), `--out=${out}`, `--docs=${docs}`], {
      cwd: ROOT, encoding: 'utf8', timeout: 120_000,
      env: { ...process.env, BENCH_SERVER_SECONDS: '1', BENCH_SERVER_CONNECTIONS: '2', BENCH_SERVER_WARMUP: '20', BENCH_SERVER_WORKERS: '2' },
    });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    // PostgreSQL is measured where its binaries are installed (a cluster that then fails to start is a problem of the run).
    const withPostgres = postgresBinDir() !== undefined;
    if (!withPostgres) expect(r.stdout).toContain('PostgreSQL: not available');
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;

    expect(report.options).toEqual({ seconds: 1, connections: 2, warmup: 20, workers: 2 });
    expect(report.request).toMatchObject({ name: continuousCompileVector().name, command: 'compile' });
    expect(report.target).toMatchObject(TARGET);
    expect(typeof report.target.met).toBe('boolean');
    expect(report.notMeasured.auditOff).toBe(NOT_MEASURED.auditOff);
    expect(report.notMeasured.postgres === undefined).toBe(withPostgres);
    expect(report.problems).toEqual([]);
    expect(report.runs.map((x) => x.id)).toEqual(withPostgres ? ['sqlite-file', 'sqlite-memory', 'postgres'] : ['sqlite-file', 'sqlite-memory']);
    for (const run of report.runs) {
      expect(run.connections, run.id).toBe(2);
      expect(run.count2xx, run.id).toBeGreaterThan(0);
      expect(run.requestsTotal, run.id).toBe(run.count2xx);
      expect([run.non2xx, run.errors, run.timeouts], run.id).toEqual([0, 0, 0]);
      expect(run.requestsPerSecond, run.id).toBeGreaterThan(0);
      expect(run.p50Ms, run.id).toBeGreaterThan(0);
      expect(run.p99Ms ?? 0, run.id).toBeGreaterThanOrEqual(run.p50Ms ?? Infinity);
      expect(run.maxMs ?? 0, run.id).toBeGreaterThanOrEqual(run.p99Ms ?? Infinity);
      expect(run.recordsAtLeast, run.id).toBe(1 + 20 + run.count2xx);
      if (process.platform === 'linux') expect(run.serverCpuMsPerRequest, run.id).toBeGreaterThanOrEqual(0);
      else expect(run.serverCpuMsPerRequest, run.id).toBeNull();
    }
    const [file, memory, postgres] = report.runs;
    expect(file?.audit?.ok).toBe(true);
    expect(file?.audit?.records).toBeGreaterThanOrEqual(file?.recordsAtLeast ?? Infinity);
    expect(file?.audit?.journalMode).toBe('WAL');
    expect(file?.durability).toContain('synchronous=FULL');
    expect(memory?.audit).toBeUndefined();
    if (withPostgres) {
      expect(postgres?.audit?.ok).toBe(true);
      expect(postgres?.audit?.records).toBeGreaterThanOrEqual(postgres?.recordsAtLeast ?? Infinity);
      expect(postgres?.durability).toContain('synchronous_commit=on');
    }

    const written = readFileSync(docs, 'utf8');
    const section = writtenSection(original, written, DOCS_BEGIN, DOCS_END);
    expect(section).toContain('| SQLite file |');
    if (withPostgres) expect(section).toContain('| PostgreSQL (loopback) |');
    else expect(section).toContain('PostgreSQL: not available');
  }, 180_000);

  it('[REQ-RUN-004] a run with a refused, erring or unrecorded request is a problem, and percentiles are by nearest rank', () => {
    const sound = { id: 'x', count2xx: 5, non2xx: 0, errors: 0, timeouts: 0, recordsAtLeast: 6, audit: { ok: true, records: 6 } };
    expect(problemsOf(sound)).toEqual([]);
    expect(problemsOf({ ...sound, non2xx: 1 })).toHaveLength(1);
    expect(problemsOf({ ...sound, errors: 2, timeouts: 1 })).toHaveLength(2);
    expect(problemsOf({ ...sound, count2xx: 0 })).toHaveLength(1);
    expect(problemsOf({ ...sound, audit: { ok: true, records: 5 } })).toHaveLength(1);
    expect(problemsOf({ ...sound, audit: { ok: false, records: null } })).toHaveLength(1);
    expect(percentile([], 50)).toBeNull();
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 50), percentile(xs, 99), percentile(xs, 100), percentile([7], 99)]).toEqual([50, 99, 100, 7]);
    expect(() => replaceDocsSection('no markers', 'x')).toThrow(/markers/);
  });
});
