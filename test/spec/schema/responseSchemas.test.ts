import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { requestSource, type Vector } from '../../../scripts/lib/randomRequests.mjs';
import { MAX_COUNT, MAX_PER_DAY_ENTRIES, MAX_RESERVOIR_DRUGS } from '../../../spec/codecs/index.js';
import { CODES } from '../../../core/index.js';
import { DEMO_REQUEST } from '../../../adapters/cli/demoRequest.js';
import { RESPONSE_COMMANDS, responseSchema } from '../../../spec/schema/responseSchemas.js';
import { schemaDocument, wireSchemas } from '../../../spec/schema/schemaDocument.js';
import { COMMANDS } from '../../../spec/wire/commands/registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });
const validators = Object.fromEntries(RESPONSE_COMMANDS.map((c) => [c, ajv.compile(responseSchema(c) ?? {})]));

const vectors = ['contract', 'project'].flatMap((dir) =>
  readdirSync(path.join(root, 'test', 'vectors', dir)).filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(path.join(root, 'test', 'vectors', dir, f), 'utf8')) as Vector[]));

/** Runs a command and checks its response body against the command's response schema. */
function checked(command: string, request: unknown): { ok: boolean; exit: number } {
  const c = COMMANDS.find((x) => x.name === command);
  if (c === undefined) throw new Error(command);
  const { body, exitCode } = c.run(request);
  const validate = validators[command];
  expect(validate?.(body), `${command}: ${JSON.stringify(validate?.errors)?.slice(0, 600)}`).toBe(true);
  return { ok: body.ok, exit: exitCode };
}

describe('response schemas from the shapes the encoders are typed with', () => {
  it('[REQ-SCHEMA-002] every command has a response schema a strict 2020-12 validator compiles; the whole document compiles too', () => {
    expect([...RESPONSE_COMMANDS].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    const whole = wireSchemas();
    expect(new Ajv2020({ strict: true, strictTypes: false, strictRequired: false }).compile(whole)).toBeTypeOf('function');
    const defs = Object.keys(whole['$defs'] as object);
    expect(defs).toContain('compile.request');
    expect(defs).toContain('compile.response');
    expect(defs).toContain('drugs.response');
    expect(defs).not.toContain('drugs.request');
  });

  it('[REQ-SCHEMA-002] every contract and project vector, the demo and the listings answer within their schema, answers and refusals alike', () => {
    const seen = new Set<string>();
    for (const v of vectors) {
      if (v.request === undefined) continue;
      const r = checked(v.command, v.request);
      seen.add(`${v.command}:${r.ok}`);
    }
    checked('compile', DEMO_REQUEST);
    for (const c of ['drugs', 'pumps', 'version']) checked(c, undefined);
    for (const c of ['compile', 'bridge', 'prime', 'clock-change']) expect(seen, c).toContain(`${c}:true`);
    expect(seen).toContain('compile:false');
  });

  it('[REQ-SCHEMA-002] every response to 1500 random requests (fixed seed; about 45 answers, the rest refusals) is within its schema', () => {
    const source = requestSource(20261207, { bounds: { MAX_PER_DAY_ENTRIES, MAX_COUNT, MAX_RESERVOIR_DRUGS }, pumpNames: ['synchromed-ii', 'prometra'], vectors });
    const outcomes = { ok: 0, refused: 0 };
    for (let i = 0; i < 1500; i += 1) {
      const r = source.next();
      if (r.text === null || r.text === undefined || !RESPONSE_COMMANDS.includes(r.command)) continue;
      let json: unknown;
      try { json = JSON.parse(r.text); } catch { continue; }
      const out = checked(r.command, json);
      outcomes[out.ok ? 'ok' : 'refused'] += 1;
    }
    expect(outcomes.ok).toBeGreaterThanOrEqual(30);
    expect(outcomes.refused).toBeGreaterThanOrEqual(100);
  });

  it('[REQ-SCHEMA-002] the schema refuses a response with an extra field, a missing field, a number for a quantity or a code the catalogue lacks', () => {
    const body = COMMANDS.find((c) => c.name === 'compile')?.run(DEMO_REQUEST).body as Record<string, unknown>;
    const validate = validators['compile'];
    expect(validate?.(body)).toBe(true);
    expect(validate?.({ ...body, extra: 1 })).toBe(false);
    const { reservoir: _r, ...withoutReservoir } = body;
    expect(validate?.(withoutReservoir)).toBe(false);
    expect(validate?.({ ...body, doses: { morphine: { concentration: '10 mg/mL', perDay: 3, worst24h: '3 mg', least24h: '3 mg' } } })).toBe(false);
    expect(validate?.({ ok: false, errors: [{ code: 'NOT_A_CODE', path: '', message: 'x' }], versions: body['versions'] })).toBe(false);
    expect(validate?.({ ok: false, errors: [{ code: 'UNKNOWN_FIELD', path: '', message: 'x' }], versions: body['versions'] })).toBe(true);
  });

  it('[REQ-SCHEMA-002] [REQ-ERR-004] the error and warning codes of the schema are the catalogue\'s, each in its class', () => {
    const codesIn = (s: unknown): string[] => JSON.stringify(s).match(/"enum":\[[^\]]*\]/g)?.flatMap((e) => JSON.parse(e.slice(7)) as string[]) ?? [];
    const all = new Set(codesIn(responseSchema('compile')));
    for (const code of Object.keys(CODES)) expect(all, code).toContain(code);
  });

  it('[REQ-SCHEMA-002] itdose schema: a command\'s request by default, its response on request, a listing\'s response; an unknown part or command refused', () => {
    const title = (command?: string, part?: string): unknown => {
      const r = schemaDocument(command, part);
      return r._tag === 'Right' ? r.right['title'] : r.left[0]?.code;
    };
    expect(title('compile')).toBe('itdose compile request (wire format v1)');
    expect(title('compile', 'response')).toBe('itdose compile response (wire format v1)');
    expect(title('pumps')).toBe('itdose pumps response (wire format v1)');
    expect(title('pumps', 'request')).toBe('UNKNOWN_COMMAND');
    expect(title('compile', 'body')).toBe('INVALID_VALUE');
    expect(title('nope')).toBe('UNKNOWN_COMMAND');
  });
});
