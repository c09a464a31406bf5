import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey, parseApiKeys } from '../../../adapters/server/_internals/apiKeys.js';
import { canonicalRecord, GENESIS_HASH, recordHash } from '../../../adapters/server/audit/recordHash.js';
import { versions } from '../../../spec/wire/versions.js';
import { post, startServer, type Running } from './_server.js';

const BIN = resolve(import.meta.dirname, '../../../bin/itdose.mjs');
const CORE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/contract/core.json'), 'utf8')) as { request: unknown }[];
const REQUEST = JSON.stringify(CORE[0]?.request);
const KEY = 'k3y-for-the-test-0123456789abcdef';
const KEYS = parseApiKeys(`clinic-a=${hashKey(KEY)}`);

interface Row { seq: number; recorded_at: string; key_id: string | null; command: string; request: string; response: string; status: number; versions: string; prev_hash: string; hash: string }

function verify(path: string): { code: number | null; body: { ok: boolean; records?: number; firstBadRecord?: number | null; errors?: { code: string; path: string }[] } } {
  const r = spawnSync(process.execPath, [BIN, 'audit', 'verify', path], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, body: JSON.parse(r.stdout) as never };
}

/** A copy of the trail, changed by `tamper` (plain SQL, as someone with the file would). */
function tampered(source: string, name: string, tamper: (db: Database.Database) => void): string {
  const copy = `${source}.${name}.sqlite`;
  copyFileSync(source, copy);
  const db = new Database(copy);
  tamper(db);
  db.close();
  return copy;
}

let server: Running;
let path: string;
const answers: string[] = [];
beforeAll(async () => {
  if (!KEYS.ok) throw new Error(KEYS.message);
  server = await startServer({ apiKeys: KEYS.keys });
  path = server.auditPath;
  const auth = { authorization: `Bearer ${KEY}` };
  answers.push((await post(`${server.url}/v1/compile`, REQUEST, auth)).text);
  answers.push((await post(`${server.url}/v1/compile`, '{"pump": {}}', auth)).text);
  for (let i = 0; i < 4; i += 1) answers.push((await post(`${server.url}/v1/compile`, REQUEST, auth)).text);
  await server.stop();
});
afterAll(async () => {
  await server.stop().catch(() => undefined);
});

describe('the audit trail', () => {
  it('[REQ-SRV-004] each calculation leaves one record: request as received, response as sent, status, versions, the adapter\'s time, the key ID; chained by SHA-256 of the canonical form', () => {
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT * FROM audit_record ORDER BY seq').all() as Row[];
    db.close();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.map((r) => r.response)).toEqual(answers);
    expect(rows.map((r) => r.status)).toEqual([200, 400, 200, 200, 200, 200]);
    let prev = GENESIS_HASH;
    for (const r of rows) {
      expect(r).toMatchObject({ recorded_at: '2026-01-01T00:00:00.000Z', key_id: 'clinic-a', command: 'compile', versions: JSON.stringify(versions()), prev_hash: prev });
      const record = { seq: r.seq, recordedAt: r.recorded_at, keyId: r.key_id, command: r.command, request: r.request, response: r.response, status: r.status, versions: r.versions, prevHash: r.prev_hash };
      expect(canonicalRecord(record).startsWith(`["itdose-audit-v1",${r.seq},`)).toBe(true);
      expect(recordHash(record)).toBe(r.hash);
      prev = r.hash;
    }
    expect(rows[0]?.request).toBe(REQUEST);
  });
  it('[REQ-SRV-006] the key itself is nowhere in the audit file; its ID is', () => {
    const bytes = readFileSync(path);
    expect(bytes.includes(Buffer.from(KEY))).toBe(false);
    expect(bytes.includes(Buffer.from(hashKey(KEY)))).toBe(false);
    expect(bytes.includes(Buffer.from('clinic-a'))).toBe(true);
  });
  it('[REQ-SRV-005] itdose audit verify accepts the intact trail (exit 0, the number of records)', () => {
    const r = verify(path);
    expect(r.code).toBe(0);
    expect(r.body).toMatchObject({ ok: true, records: 6 });
  });
  it('[REQ-SRV-005] a changed record is AUDIT_RECORD_CHANGED naming it (exit 1)', () => {
    const r = verify(tampered(path, 'changed', (db) => db.prepare("UPDATE audit_record SET response = replace(response, '\"ok\": true', '\"ok\": false') WHERE seq = 3").run()));
    expect(r.code).toBe(1);
    expect(r.body.firstBadRecord).toBe(3);
    expect(r.body.errors?.[0]).toMatchObject({ code: 'AUDIT_RECORD_CHANGED', path: 'records[3]' });
  });
  it('[REQ-SRV-005] a deleted record is AUDIT_CHAIN_BROKEN at its place', () => {
    const r = verify(tampered(path, 'deleted', (db) => db.prepare('DELETE FROM audit_record WHERE seq = 4').run()));
    expect(r.code).toBe(1);
    expect(r.body.firstBadRecord).toBe(4);
    expect(r.body.errors?.[0]?.code).toBe('AUDIT_CHAIN_BROKEN');
  });
  it('[REQ-SRV-005] two records swapped are AUDIT_CHAIN_BROKEN at the first', () => {
    const r = verify(tampered(path, 'reordered', (db) => {
      db.prepare('UPDATE audit_record SET seq = -2 WHERE seq = 2').run();
      db.prepare('UPDATE audit_record SET seq = 2 WHERE seq = 3').run();
      db.prepare('UPDATE audit_record SET seq = 3 WHERE seq = -2').run();
    }));
    expect(r.code).toBe(1);
    expect(r.body.firstBadRecord).toBe(2);
    expect(r.body.errors?.[0]?.code).toBe('AUDIT_CHAIN_BROKEN');
  });
  it('[REQ-SRV-005] an inserted record is found at its place; one appended at the end (hashes recomputed) is AUDIT_HEAD_MISMATCH', () => {
    const inserted = verify(tampered(path, 'inserted', (db) => {
      for (const s of [6, 5, 4, 3]) db.prepare('UPDATE audit_record SET seq = seq + 1 WHERE seq = ?').run(s);
      db.prepare('INSERT INTO audit_record SELECT 3, recorded_at, key_id, command, request, response, status, versions, prev_hash, hash FROM audit_record WHERE seq = 2').run();
    }));
    expect(inserted.code).toBe(1);
    expect(inserted.body.firstBadRecord).toBe(3);
    expect(inserted.body.errors?.[0]?.code).toBe('AUDIT_CHAIN_BROKEN');
    const appended = verify(tampered(path, 'appended', (db) => {
      const last = db.prepare('SELECT * FROM audit_record WHERE seq = 6').get() as Row;
      const record = { seq: 7, recordedAt: last.recorded_at, keyId: last.key_id, command: last.command, request: last.request, response: last.response, status: last.status, versions: last.versions, prevHash: last.hash };
      db.prepare('INSERT INTO audit_record VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(7, record.recordedAt, record.keyId, record.command, record.request, record.response, record.status, record.versions, record.prevHash, recordHash(record));
    }));
    expect(appended.code).toBe(1);
    expect(appended.body.firstBadRecord).toBe(7);
    expect(appended.body.errors?.[0]?.code).toBe('AUDIT_HEAD_MISMATCH');
  });
  it('[REQ-SRV-005] the last record deleted is AUDIT_HEAD_MISMATCH; a file that is not a trail is AUDIT_UNREADABLE', () => {
    const r = verify(tampered(path, 'truncated', (db) => db.prepare('DELETE FROM audit_record WHERE seq = 6').run()));
    expect(r.code).toBe(1);
    expect(r.body.errors?.[0]?.code).toBe('AUDIT_HEAD_MISMATCH');
    expect(r.body.firstBadRecord).toBe(6);
    const missing = verify(`${path}.does-not-exist`);
    expect(missing.code).toBe(1);
    expect(missing.body.errors?.[0]?.code).toBe('AUDIT_UNREADABLE');
    expect(spawnSync(process.execPath, [BIN, 'audit'], { encoding: 'utf8' }).status).toBe(2);
  });
});

describe('API keys', () => {
  it('[REQ-SRV-006] with keys configured, a calculation without a key or with a wrong one is 401 UNAUTHORIZED and is not recorded; listings stay open; no CORS header', async () => {
    if (!KEYS.ok) throw new Error(KEYS.message);
    const s = await startServer({ apiKeys: KEYS.keys });
    try {
      for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: KEY }, { authorization: `Basic ${KEY}` }]) {
        const r = await post(`${s.url}/v1/compile`, REQUEST, headers);
        expect(r.status).toBe(401);
        expect((JSON.parse(r.text) as { errors: { code: string }[] }).errors[0]?.code).toBe('UNAUTHORIZED');
      }
      const ok = await post(`${s.url}/v1/compile`, REQUEST, { authorization: `Bearer ${KEY}`, origin: 'http://evil.example' });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('access-control-allow-origin')).toBeNull();
      expect((await fetch(`${s.url}/v1/drugs`)).status).toBe(200);
      const db = new Database(s.auditPath, { readonly: true });
      expect((db.prepare('SELECT count(*) AS n FROM audit_record').get() as { n: number }).n).toBe(1);
      db.close();
    } finally {
      await s.stop();
    }
  });
  it('[REQ-SRV-006] a key list is ID=SHA256HEX entries; anything else is refused without echoing it', () => {
    expect(parseApiKeys('').ok).toBe(true);
    const bad = parseApiKeys('a=supersecret');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).not.toContain('supersecret');
    expect(parseApiKeys(`a=${hashKey('x')},a=${hashKey('y')}`).ok).toBe(false);
    expect(parseApiKeys(`# comment\na=${hashKey('x')}\nb=${hashKey('y')}`)).toMatchObject({ ok: true, keys: [{ id: 'a' }, { id: 'b' }] });
  });
});
