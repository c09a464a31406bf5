import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { requestSource, type Vector } from '../../../scripts/lib/randomRequests.mjs';
import { MAX_COUNT, MAX_PER_DAY_ENTRIES, MAX_RESERVOIR_DRUGS } from '../../../spec/codecs/index.js';
import { bridgeRequestCodec } from '../../../spec/codecs/decodeBridgeRequest.js';
import { clockChangeRequestCodec } from '../../../spec/codecs/decodeClockChangeRequest.js';
import { compileRequestCodec } from '../../../spec/codecs/decodeCompileRequest.js';
import { convertRequestCodec } from '../../../spec/codecs/decodeConvertRequest.js';
import { primeRequestCodec } from '../../../spec/codecs/decodePrimeRequest.js';
import { refillCheckRequestCodec } from '../../../spec/codecs/decodeRefillCheckRequest.js';
import { UNDESCRIBED, type WireCodec } from '../../../spec/codecs/WireCodec.js';
import { allRequestSchemas, requestSchema, SCHEMA_COMMANDS } from '../../../spec/schema/requestSchemas.js';
import { COMMANDS } from '../../../spec/wire/commands/registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CODECS: Record<string, WireCodec<unknown>> = {
  compile: compileRequestCodec, bridge: bridgeRequestCodec, prime: primeRequestCodec,
  'clock-change': clockChangeRequestCodec, convert: convertRequestCodec, 'refill-check': refillCheckRequestCodec,
};

// strict, except that a `required` inside oneOf/not may name a property declared by the enclosing object
const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });
const validators = Object.fromEntries(SCHEMA_COMMANDS.map((c) => [c, ajv.compile(requestSchema(c) ?? {})]));

const vectorFiles = ['contract', 'project'].flatMap((dir) =>
  readdirSync(path.join(root, 'test', 'vectors', dir)).filter((f) => f.endsWith('.json')).map((f) => path.join(root, 'test', 'vectors', dir, f)));
const vectors = vectorFiles.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Vector[]);

/** Every string under `$comment` anywhere in a schema. */
function comments(s: unknown): string[] {
  if (Array.isArray(s)) return s.flatMap(comments);
  if (s === null || typeof s !== 'object') return [];
  return Object.entries(s).flatMap(([k, v]) => (k === '$comment' && typeof v === 'string' ? [v] : comments(v)));
}

describe('request schemas derived from the codecs', () => {
  it('[REQ-SCHEMA-001] every command that takes a request has a schema that a standard 2020-12 validator compiles in strict mode', () => {
    expect([...SCHEMA_COMMANDS].sort()).toEqual(COMMANDS.filter((c) => c.takesRequest).map((c) => c.name).sort());
    for (const c of SCHEMA_COMMANDS) expect(typeof validators[c]).toBe('function');
    expect(Object.keys((allRequestSchemas()['$defs'] ?? {}) as object).sort()).toEqual([...SCHEMA_COMMANDS].sort());
    expect(requestSchema('drugs')).toBeUndefined();
    expect(requestSchema('__proto__')).toBeUndefined();
  });

  it('[REQ-SCHEMA-001] no codec of any request is left without a schema', () => {
    for (const c of SCHEMA_COMMANDS) expect(comments(requestSchema(c))).not.toContain(UNDESCRIBED);
  });

  it('[REQ-SCHEMA-001] every contract and project vector the decoder accepts validates against its command\'s schema', () => {
    let accepted = 0;
    for (const v of vectors) {
      const codec = CODECS[v.command];
      if (codec === undefined || v.request === undefined) continue;
      if (codec.decode(v.request)._tag !== 'Right') continue;
      accepted += 1;
      const validate = validators[v.command];
      expect(validate?.(v.request), `${v.name}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    }
    expect(accepted).toBeGreaterThanOrEqual(10);
  });

  it('[REQ-SCHEMA-001] every random request (fixed seed) the decoder accepts validates against the schema', () => {
    const source = requestSource(20261203, { bounds: { MAX_PER_DAY_ENTRIES, MAX_COUNT, MAX_RESERVOIR_DRUGS }, pumpNames: ['synchromed-ii', 'prometra'], vectors });
    let accepted = 0;
    for (let i = 0; i < 1500; i += 1) {
      const r = source.next();
      const codec = CODECS[r.command];
      if (codec === undefined || r.text === null || r.text === undefined) continue;
      let json: unknown;
      try { json = JSON.parse(r.text); } catch { continue; }
      if (codec.decode(json)._tag !== 'Right') continue;
      accepted += 1;
      const validate = validators[r.command];
      expect(validate?.(json), `${r.command} ${r.text.slice(0, 300)}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    }
    expect(accepted).toBeGreaterThanOrEqual(150);
  });

  it('[REQ-SCHEMA-001] the schema refuses what the wire format refuses: an unknown field, a number for a quantity, a dose in the wrong dimension, a missing field', () => {
    const ok = vectors.find((v) => v.command === 'compile' && v.request !== undefined && compileRequestCodec.decode(v.request)._tag === 'Right');
    expect(ok).toBeDefined();
    const base = ok?.request as Record<string, Record<string, unknown>>;
    const validate = validators['compile'];
    expect(validate?.(base)).toBe(true);
    expect(validate?.({ ...base, extra: 1 })).toBe(false);
    expect(validate?.({ ...base, therapy: { ...base['therapy'], dose: 3 } })).toBe(false);
    expect(validate?.({ ...base, therapy: { ...base['therapy'], dose: '3 mg' } })).toBe(false);
    expect(validate?.({ ...base, therapy: { ...base['therapy'], dose: '3 mg/dy' } })).toBe(false);
    const { pump: _pump, ...withoutPump } = base;
    expect(validate?.(withoutPump)).toBe(false);
  });
});
