import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODES } from '../../../../core/errors/codes.js';
import { SERVER_CODES, serverError } from '../../../../adapters/server/_internals/serverCodes.js';
import { serverErrorSchema } from '../../../../adapters/server/_internals/serverErrorSchema.js';
import { hashKey, parseApiKeys } from '../../../../adapters/server/_internals/apiKeys.js';
import { post, startServer, type Running } from '../_server.js';
import { expectGolden, goldenText } from '../../../vectors/_golden.js';

// REQ-SRV-008: the server's own codes are a published list like the engine's (test/core/errors): the committed
// golden file holds every code with its HTTP status (null: answered by itdose audit verify, not over HTTP).
// Removing a code or changing its status breaks integrators; adding one is written with UPDATE_GOLDEN=1.
const GOLDEN = resolve(import.meta.dirname, '../../../vectors/golden/server-codes.json');
const current = Object.fromEntries(Object.entries(SERVER_CODES).map(([code, { status }]) => [code, status]));

const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });
const valid = ajv.compile(serverErrorSchema());
const KEYS = parseApiKeys(`clinic-a=${hashKey('a-key-of-the-test-0123456789')}`);

let open: Running;
let keyed: Running;
let failing: Running;
beforeAll(async () => {
  if (!KEYS.ok) throw new Error(KEYS.message);
  open = await startServer();
  keyed = await startServer({ apiKeys: KEYS.keys });
  failing = await startServer({ audit: { append: () => Promise.reject(new Error('disk full')), close: async () => undefined, durability: 'none' } });
});
afterAll(async () => {
  await Promise.all([open.stop(), keyed.stop(), failing.stop()]);
});

describe('the published server-code list', () => {
  it('[REQ-SRV-008] [REQ-TEST-002] the golden list is committed (a missing file fails); no code is removed or changes status; every code is in it, in order', () => {
    const golden = JSON.parse(goldenText(GOLDEN, JSON.stringify(current, null, 1))) as Record<string, number | null>;
    const broken = Object.entries(golden).filter(([code, status]) => current[code] !== status).map(([code, status]) => `${code}: published as ${String(status)}, now ${String(current[code] ?? 'removed')}`);
    expect(broken).toEqual([]);
    expectGolden(GOLDEN, JSON.stringify(current, null, 1));
  });

  it('[REQ-SRV-008] no server code is also an engine code (one meaning per code)', () => {
    expect(Object.keys(SERVER_CODES).filter((c) => c in CODES)).toEqual([]);
  });

  it('[REQ-SRV-008] the server.error schema enumerates exactly the codes answered over HTTP, and refuses another', () => {
    const schema = serverErrorSchema() as { properties: { errors: { items: { properties: { code: { enum: string[] } } } } } };
    const httpCodes = Object.entries(SERVER_CODES).filter(([, c]) => c.status !== null).map(([c]) => c);
    expect(schema.properties.errors.items.properties.code.enum).toEqual([...httpCodes, 'INTERNAL_ERROR']);
    expect(valid(serverError('REQUEST_TIMEOUT', 'late'))).toBe(true);
    expect(valid({ ok: false, errors: [{ code: 'AUDIT_CHAIN_BROKEN', path: '', message: 'x' }] })).toBe(false);
    expect(valid({ ok: false, errors: [{ code: 'NOT_FOUND', path: '', message: 'x' }], extra: 1 })).toBe(false);
  });

  it('[REQ-SRV-008] the bodies answered with 401, 404, 415 and 500 AUDIT_WRITE_FAILED validate against server.error, with the status the list gives', async () => {
    const answers = [
      ['UNAUTHORIZED', await post(`${keyed.url}/v1/compile`, '{}')],
      ['NOT_FOUND', await post(`${open.url}/v1/nothing`, '{}')],
      ['UNSUPPORTED_MEDIA_TYPE', await post(`${open.url}/v1/compile`, '{}', { 'content-type': 'text/plain' })],
      ['AUDIT_WRITE_FAILED', await post(`${failing.url}/v1/compile`, '{}')],
    ] as const;
    for (const [code, r] of answers) {
      const body = JSON.parse(r.text) as { errors: { code: string }[] };
      expect(valid(body), `${code}: ${JSON.stringify(valid.errors)}`).toBe(true);
      expect(body.errors[0]?.code).toBe(code);
      expect(r.status).toBe(SERVER_CODES[code].status);
    }
  });
});
