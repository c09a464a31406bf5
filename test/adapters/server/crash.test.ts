import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const START = resolve(ROOT, 'dist/esm/adapters/server/start.js');
const BIN = resolve(ROOT, 'bin/itdose.mjs');
const CORE = JSON.parse(readFileSync(resolve(ROOT, 'test/vectors/contract/core.json'), 'utf8')) as { request: unknown }[];
const REQUEST = JSON.stringify(CORE[0]?.request);

describe('a crash during a stream of writes', () => {
  it('[REQ-SRV-004] SIGKILL while calculations are being recorded: the chain still verifies and every acknowledged calculation is in it', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'itdose-crash-')), 'audit.sqlite');
    const child = spawn(process.execPath, [START, '--port', '0', '--audit-db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((res, rej) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (127\.0\.0\.1:\d+)/.exec(out);
        if (m !== null) res(`http://${m[1] ?? ''}`);
      });
      child.on('exit', () => rej(new Error('the server did not start')));
    });
    const acknowledged: string[] = [];
    let sent = 0;
    // Four clients send distinct requests (the same JSON, padded with a different number of spaces) until the kill.
    const client = async (): Promise<void> => {
      for (;;) {
        const text = REQUEST + ' '.repeat(sent);
        sent += 1;
        try {
          const r = await fetch(`${url}/v1/compile`, { method: 'POST', body: text, headers: { 'content-type': 'application/json' } });
          await r.text();
          if (r.status === 200) acknowledged.push(text);
        } catch {
          return; // the server is gone
        }
      }
    };
    const clients = [client(), client(), client(), client()];
    while (acknowledged.length < 40 && child.exitCode === null && child.signalCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await Promise.all(clients);
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(undefined) : child.once('exit', r)));

    const verdict = spawnSync(process.execPath, [BIN, 'audit', 'verify', db], { encoding: 'utf8', timeout: 60_000 });
    expect(verdict.status, verdict.stdout).toBe(0);
    const records = (JSON.parse(verdict.stdout) as { records: number }).records;
    expect(records).toBeGreaterThanOrEqual(acknowledged.length);
    const d = new Database(db, { readonly: true });
    const stored = new Set((d.prepare('SELECT request FROM audit_record').all() as { request: string }[]).map((r) => r.request));
    d.close();
    expect(acknowledged.filter((a) => !stored.has(a))).toEqual([]);
  }, 60_000);
});
