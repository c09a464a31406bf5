import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../spec/wire/commands/registry.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { startServer, type Running } from '../../test/adapters/server/_server.js';
import { holds } from '../_internals/holds.js';

const CORE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../test/vectors/contract/core.json'), 'utf8')) as { request: unknown }[];
const VALID = (CORE[0]?.request ?? {}) as Record<string, unknown>;

/** A request body: random text or bytes, random JSON, or the valid example with one top-level field replaced or removed. */
const body: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.tuple(fc.constantFrom(...Object.keys(VALID), 'extra'), fc.option(fc.jsonValue({ maxDepth: 3 }))).map(([k, v]) => {
    const copy: Record<string, unknown> = { ...VALID };
    if (v === null) delete copy[k];
    else copy[k] = v;
    return JSON.stringify(copy);
  }),
  fc.constant(JSON.stringify(VALID)),
);

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }).map((s) => s.trim());
const contentType = fc.oneof(fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/xml', ''), printable);
const extraHeaders = fc.dictionary(fc.stringMatching(/^x-[a-z0-9-]{1,20}$/), printable, { maxKeys: 4 });
const path = fc.oneof(fc.constantFrom(...COMMANDS.map((c) => `/v1/${c.name}`)), printable.map((p) => `/v1/${encodeURIComponent(p)}`));

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('the HTTP adapter under random input', () => {
  it('[REQ-SRV-002] random and malformed bodies, media types, headers and paths get 200 or a 4xx with the contract\'s error body; the server answers after', async () => {
    await holds(
      fc.asyncProperty(body, contentType, extraHeaders, path, async (b, type, extra, p) => {
        const headers: Record<string, string> = { ...extra };
        if (type !== '') headers['content-type'] = type;
        const r = await fetch(`${server.url}${p}`, { method: 'POST', body: b, headers });
        const text = await r.text();
        expect([200, 400, 404, 415, 422]).toContain(r.status);
        const parsed = JSON.parse(text) as { ok?: unknown; errors?: { code?: unknown; path?: unknown; message?: unknown }[] };
        expect(parsed.ok).toBe(r.status === 200);
        if (r.status !== 200) {
          expect(Array.isArray(parsed.errors) && parsed.errors.length > 0).toBe(true);
          for (const e of parsed.errors ?? []) {
            expect(e.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
            expect(typeof e.path).toBe('string');
            expect(typeof e.message).toBe('string');
          }
        }
        expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
      }),
      fuzzProfile(150),
    );
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
