import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresRequired, startCluster } from '../../../scripts/lib/postgresCluster.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const START = resolve(ROOT, 'dist/esm/adapters/server/start.js');
const BIN = resolve(ROOT, 'bin/itdose.mjs');
const CORE = JSON.parse(readFileSync(resolve(ROOT, 'test/vectors/contract/core.json'), 'utf8')) as { request: unknown }[];
const REQUEST = JSON.stringify(CORE[0]?.request);

// A throw-away cluster for this file; where PostgreSQL cannot be started the tests say why and are skipped,
// except in CI (CI set, or ITDOSE_REQUIRE_POSTGRES=1), where that is a failure.
const started = await startCluster();
if (!started.ok && postgresRequired()) throw new Error(`PostgreSQL is required here (CI) but cannot be started: ${started.reason}`);
if (!started.ok) process.stderr.write(`postgresAudit.test: PostgreSQL tests skipped: ${started.reason}\n`);
const cluster = started.ok ? started.cluster : undefined;
afterAll(() => cluster?.stop());

/** A distinct request text for number `n`: the same JSON followed by n's binary digits as spaces and tabs. */
function distinct(n: number): string {
  return `${REQUEST}\n${n.toString(2).replace(/0/g, ' ').replace(/1/g, '\t')}`;
}

function startServer(url: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [START, '--port', '0', '--audit-db', url], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((res, rej) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (127\.0\.0\.1:\d+)/.exec(out);
      if (m !== null) res({ child, base: `http://${m[1] ?? ''}` });
    });
    child.on('exit', () => rej(new Error(`the server did not start: ${err}`)));
  });
}

function stopped(child: ChildProcess): Promise<unknown> {
  return new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(undefined) : child.once('exit', r)));
}

/** Sends distinct requests numbered from `from`, `count` of them over `clients` connections; answers the texts answered 200. */
async function send(base: string, from: number, count: number, clients: number): Promise<string[]> {
  const acknowledged: string[] = [];
  let next = from;
  const client = async (): Promise<void> => {
    while (next < from + count) {
      const text = distinct(next);
      next += 1;
      try {
        const r = await fetch(`${base}/v1/compile`, { method: 'POST', body: text, headers: { 'content-type': 'application/json' } });
        await r.text();
        if (r.status === 200) acknowledged.push(text);
      } catch {
        return; // the server is gone
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return acknowledged;
}

function verify(target: string): { code: number | null; body: { ok: boolean; records?: number; firstBadRecord?: number | null; errors?: { code: string; path: string; message: string }[] } } {
  const r = spawnSync(process.execPath, [BIN, 'audit', 'verify', target], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, body: JSON.parse(r.stdout) as never };
}

async function sql(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(text, values);
  } finally {
    await c.end();
  }
}

async function storedRequests(url: string): Promise<Set<string>> {
  return new Set((await sql(url, 'SELECT request FROM audit_record')).rows.map((r: { request: string }) => r.request));
}

describe.skipIf(cluster === undefined)(`the PostgreSQL audit trail${started.ok ? '' : ` (skipped: ${started.reason})`}`, () => {
  let source = '';

  it('[REQ-SRV-007] two server processes append concurrently to one database: the chain verifies and every acknowledged calculation is in it', async () => {
    source = await (cluster?.database('concurrent') ?? Promise.resolve(''));
    const [a, b] = await Promise.all([startServer(source), startServer(source)]);
    try {
      const [ackA, ackB] = await Promise.all([send(a.base, 0, 150, 6), send(b.base, 1000, 150, 6)]);
      expect(ackA.length).toBe(150);
      expect(ackB.length).toBe(150);
      const v = verify(source);
      expect(v.code, JSON.stringify(v.body)).toBe(0);
      expect(v.body.records).toBe(300);
      const stored = await storedRequests(source);
      expect([...ackA, ...ackB].filter((t) => !stored.has(t))).toEqual([]);
      // The two instances' records are interleaved in the one chain (they did append at the same time).
      const fromA = new Set(ackA);
      const order = (await sql(source, 'SELECT request FROM audit_record ORDER BY seq')).rows.map((r: { request: string }) => fromA.has(r.request));
      expect(order.filter((x, i) => i > 0 && x !== order[i - 1]).length).toBeGreaterThan(1);
    } finally {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([stopped(a.child), stopped(b.child)]);
    }
  }, 120_000);

  it('[REQ-SRV-007] SIGKILL of one of two instances during a stream of writes: the chain still verifies and every acknowledged calculation is in it', async () => {
    const url = await (cluster?.database('crash') ?? Promise.resolve(''));
    const [a, b] = await Promise.all([startServer(url), startServer(url)]);
    try {
      const streamA = send(a.base, 0, 100_000, 4);
      const streamB = send(b.base, 200_000, 200, 4);
      const ackB = await streamB;
      a.child.kill('SIGKILL');
      const ackA = await streamA;
      await stopped(a.child);
      const v = verify(url);
      expect(v.code, JSON.stringify(v.body)).toBe(0);
      expect(v.body.records).toBeGreaterThanOrEqual(ackA.length + ackB.length);
      const stored = await storedRequests(url);
      expect([...ackA, ...ackB].filter((t) => !stored.has(t))).toEqual([]);
    } finally {
      a.child.kill('SIGKILL');
      b.child.kill('SIGTERM');
      await Promise.all([stopped(a.child), stopped(b.child)]);
    }
  }, 120_000);

  /** A copy of the concurrent test's database (CREATE DATABASE ... TEMPLATE), changed by plain SQL as someone with access would. */
  async function tampered(name: string, statements: string[]): Promise<string> {
    const url = await (cluster?.database(`${name} TEMPLATE concurrent`) ?? Promise.resolve(''));
    const copy = url.replace(/\/[^/]*$/, `/${name}`);
    for (const s of statements) await sql(copy, s);
    return copy;
  }

  it('[REQ-SRV-005] [REQ-SRV-007] itdose audit verify postgres://URL names the first changed, deleted, inserted or reordered record', async () => {
    expect(source).not.toBe('');
    const cases: [string, string[], string, number][] = [
      ['changed', ["UPDATE audit_record SET response = replace(response, '\"ok\": true', '\"ok\": false') WHERE seq = 17"], 'AUDIT_RECORD_CHANGED', 17],
      ['deleted', ['DELETE FROM audit_record WHERE seq = 40'], 'AUDIT_CHAIN_BROKEN', 40],
      ['reordered', ['UPDATE audit_record SET seq = -1 WHERE seq = 60', 'UPDATE audit_record SET seq = 60 WHERE seq = 61', 'UPDATE audit_record SET seq = 61 WHERE seq = -1'], 'AUDIT_CHAIN_BROKEN', 60],
      ['inserted', ['UPDATE audit_record SET seq = seq + 1000 WHERE seq >= 80', 'UPDATE audit_record SET seq = seq - 999 WHERE seq >= 1080', "INSERT INTO audit_record SELECT 80, recorded_at, key_id, command, request || ' ', response, status, versions, prev_hash, hash FROM audit_record WHERE seq = 79"], 'AUDIT_CHAIN_BROKEN', 80],
      ['truncated', ['DELETE FROM audit_record WHERE seq = 300'], 'AUDIT_HEAD_MISMATCH', 300],
    ];
    for (const [name, statements, code, record] of cases) {
      const v = verify(await tampered(name, statements));
      expect(v.code, name).toBe(1);
      expect(v.body.errors?.[0]?.code, name).toBe(code);
      expect(v.body.firstBadRecord, name).toBe(record);
      expect(v.body.errors?.[0]?.path, name).toBe(`records[${record}]`);
    }
    expect(verify(source).code).toBe(0);
  }, 120_000);

  it('[REQ-SRV-004] [REQ-SRV-007] a transaction that fails withholds the answer (500 AUDIT_WRITE_FAILED), moves no head, and the server records again once the table is back', async () => {
    const url = await (cluster?.database('failing') ?? Promise.resolve(''));
    const a = await startServer(url);
    try {
      expect(await send(a.base, 0, 3, 1)).toHaveLength(3);
      await sql(url, 'ALTER TABLE audit_record RENAME TO audit_record_away');
      const r = await fetch(`${a.base}/v1/compile`, { method: 'POST', body: distinct(3), headers: { 'content-type': 'application/json' } });
      expect(r.status).toBe(500);
      expect((JSON.parse(await r.text()) as { errors: { code: string }[] }).errors[0]?.code).toBe('AUDIT_WRITE_FAILED');
      await sql(url, 'ALTER TABLE audit_record_away RENAME TO audit_record');
      expect((await sql(url, 'SELECT seq FROM audit_head')).rows[0]).toEqual({ seq: '3' });
      expect(await send(a.base, 4, 2, 1)).toHaveLength(2);
      const v = verify(url);
      expect(v.code, JSON.stringify(v.body)).toBe(0);
      expect(v.body.records).toBe(5);
    } finally {
      a.child.kill('SIGTERM');
      await stopped(a.child);
    }
  }, 60_000);

  it('[REQ-SRV-007] a database that cannot be reached is AUDIT_UNREADABLE, and the message does not repeat the URL\'s password', () => {
    const v = verify('postgres://someone:s3cret-pw@127.0.0.1:1/none');
    expect(v.code).toBe(1);
    expect(v.body.errors?.[0]?.code).toBe('AUDIT_UNREADABLE');
    expect(JSON.stringify(v.body)).not.toContain('s3cret-pw');
  });
});
