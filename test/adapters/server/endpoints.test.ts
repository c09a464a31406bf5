import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../spec/wire/commands/registry.js';
import { wireSchemas } from '../../../spec/schema/schemaDocument.js';
import { MAX_JSON_BYTES } from '../../../spec/codecs/index.js';
import { serverErrorSchema } from '../../../adapters/server/_internals/serverErrorSchema.js';
import { serverConfig } from '../../../adapters/server/serverConfig.js';
import { post, startServer, type Running } from './_server.js';

const CORE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/contract/core.json'), 'utf8')) as { request: unknown }[];
const REQUEST = JSON.stringify(CORE[0]?.request);

let server: Running;
beforeAll(async () => {
  server = await startServer({}, (app) => {
    app.get('/test-fault', () => {
      throw new Error('secret detail of a bug');
    });
  });
});
afterAll(async () => {
  await server.stop();
});

/** The error codes of a body, or [] when it is not the contract's error body. */
function codes(text: string): string[] {
  const b = JSON.parse(text) as { ok?: unknown; errors?: { code?: unknown; path?: unknown; message?: unknown }[] };
  if (b.ok !== false || !Array.isArray(b.errors) || b.errors.length === 0) return [];
  return b.errors.map((e) => (typeof e.code === 'string' && typeof e.path === 'string' && typeof e.message === 'string' ? e.code : 'MALFORMED_ERROR'));
}

describe('endpoints', () => {
  it('[REQ-SRV-001] GET /v1/<command> for each listing command answers its CLI body with 200; /healthz answers', async () => {
    const listing = COMMANDS.filter((c) => !c.takesRequest);
    expect(listing.map((c) => c.name).sort()).toEqual(['drugs', 'pumps', 'version']);
    for (const c of listing) {
      const r = await fetch(`${server.url}/v1/${c.name}`);
      expect(r.status, c.name).toBe(200);
      expect(await r.text()).toBe(`${JSON.stringify(c.run(undefined).body, null, 2)}\n`);
    }
    const h = await fetch(`${server.url}/healthz`);
    expect(h.status).toBe(200);
    expect(await h.json()).toEqual({ ok: true });
  });
  it('[REQ-SRV-001] every command that takes a request has a POST route (a malformed body reaches its decoder: 400 with a decoder code)', async () => {
    for (const c of COMMANDS.filter((x) => x.takesRequest)) {
      const r = await post(`${server.url}/v1/${c.name}`, '{}');
      expect(r.status, c.name).toBe(400);
      expect(codes(r.text).length, c.name).toBeGreaterThan(0);
      expect(codes(r.text), c.name).not.toContain('NOT_FOUND');
    }
  });
  it('[REQ-SRV-001] listens on 127.0.0.1 unless told otherwise; HOST, PORT, ITDOSE_AUDIT_DB and flags set it', () => {
    const d = serverConfig([], {});
    expect(d.ok && d.config).toMatchObject({ host: '127.0.0.1', port: 8080, auditDb: './itdose-audit.sqlite', apiKeys: [] });
    const e = serverConfig([], { HOST: '0.0.0.0', PORT: '9000', ITDOSE_AUDIT_DB: ':memory:' });
    expect(e.ok && e.config).toMatchObject({ host: '0.0.0.0', port: 9000, auditDb: ':memory:' });
    const f = serverConfig(['--port', '7000', '--audit-db', 'x.sqlite'], { PORT: '9000' });
    expect(f.ok && f.config).toMatchObject({ port: 7000, auditDb: 'x.sqlite' });
    expect(serverConfig(['--port', '70000'], {}).ok).toBe(false);
    expect(serverConfig(['--bogus', '1'], {}).ok).toBe(false);
  });
  it('[REQ-SRV-003] GET /v1/openapi.json is OpenAPI 3.1 whose schemas are exactly the wire JSON Schemas, with a path per command', async () => {
    const r = await fetch(`${server.url}/v1/openapi.json`);
    expect(r.status).toBe(200);
    const doc = (await r.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: unknown } };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.schemas).toEqual({ ...(wireSchemas()['$defs'] as object), 'server.error': serverErrorSchema() });
    for (const c of COMMANDS) expect(Object.keys(doc.paths[`/v1/${c.name}`] ?? {}), c.name).toEqual([c.takesRequest ? 'post' : 'get']);
  });
});

describe('bad input', () => {
  it('[REQ-SRV-002] a body over the CLI\'s bound is INPUT_TOO_LARGE (400); one at the bound is read and decoded', async () => {
    const big = await post(`${server.url}/v1/compile`, `"${'x'.repeat(MAX_JSON_BYTES)}"`);
    expect(big.status).toBe(400);
    expect(codes(big.text)).toEqual(['INPUT_TOO_LARGE']);
    const atBound = await post(`${server.url}/v1/compile`, `"${'x'.repeat(MAX_JSON_BYTES - 2)}"`);
    expect(atBound.status).toBe(400);
    expect(codes(atBound.text)).not.toContain('INPUT_TOO_LARGE');
  });
  it('[REQ-SRV-002] invalid UTF-8, duplicate keys, deep nesting and non-JSON are refused as the CLI refuses them (400)', async () => {
    const cases: [string | Uint8Array, string][] = [
      [Uint8Array.of(0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d), 'INVALID_UTF8'],
      ['{"pump": {}, "pump": {}}', 'DUPLICATE_FIELD'],
      ['['.repeat(10_000) + ']'.repeat(10_000), 'INPUT_TOO_LARGE'],
      ['not json', 'INVALID_JSON'],
      ['', 'INVALID_JSON'],
    ];
    for (const [body, code] of cases) {
      const r = await post(`${server.url}/v1/compile`, body);
      expect(r.status, code).toBe(400);
      expect(codes(r.text), code).toContain(code);
    }
  });
  it('[REQ-SRV-002] a body that is not application/json is UNSUPPORTED_MEDIA_TYPE (415); an unknown path is NOT_FOUND (404)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await post(`${server.url}/v1/compile`, REQUEST, { 'content-type': type });
      expect(r.status, type).toBe(415);
      expect(codes(r.text), type).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    }
    const none = await fetch(`${server.url}/v1/compile`, { method: 'POST' });
    expect(none.status).toBe(415);
    const nf = await post(`${server.url}/v1/nope`, REQUEST);
    expect(nf.status).toBe(404);
    expect(codes(nf.text)).toEqual(['NOT_FOUND']);
    const get = await fetch(`${server.url}/v1/compile`);
    expect(get.status).toBe(404);
  });
  it('[REQ-SRV-002] a fault in a route is 500 INTERNAL_ERROR with a correlation ID and no stack or detail; the server keeps answering', async () => {
    const r = await fetch(`${server.url}/test-fault`);
    expect(r.status).toBe(500);
    const text = await r.text();
    const body = JSON.parse(text) as { correlationId?: unknown };
    expect(codes(text)).toEqual(['INTERNAL_ERROR']);
    expect(body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(text).not.toMatch(/secret detail|\n\s+at .+:\d+:\d+/);
    const ok = await post(`${server.url}/v1/compile`, REQUEST);
    expect(ok.status).toBe(200);
  });
  it('[REQ-SRV-004] an audit trail that cannot be written withholds the answer: 500 AUDIT_WRITE_FAILED, no result in the body', async () => {
    const broken = await startServer({
      audit: { append: () => { throw new Error('disk full'); }, close: async () => undefined, durability: 'none' },
    });
    try {
      const r = await post(`${broken.url}/v1/compile`, REQUEST);
      expect(r.status).toBe(500);
      expect(codes(r.text)).toEqual(['AUDIT_WRITE_FAILED']);
      expect(r.text).not.toMatch(/"program"|disk full/);
    } finally {
      await broken.stop();
    }
  });
});
