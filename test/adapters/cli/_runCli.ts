import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { responseSchema } from '../../../spec/schema/responseSchemas.js';

const BIN = resolve(import.meta.dirname, '../../../bin/itdose.mjs');
const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });
const validators = new Map<string, ValidateFunction>();

/**
 * The response schema check every CLI run of the tests goes through (REQ-SCHEMA-002): a body that is not
 * within its command's schema (an unknown command's refusal: within any command's) throws, failing the test.
 */
function checkBody(command: string, body: unknown): void {
  const name = responseSchema(command) === undefined ? 'version' : command;
  let validate = validators.get(name);
  if (validate === undefined) {
    validate = ajv.compile(responseSchema(name) ?? {});
    validators.set(name, validate);
  }
  if (!validate(body)) throw new Error(`${command}: the response is not within its schema: ${JSON.stringify(validate.errors)?.slice(0, 800)}`);
}

/** Runs the built CLI on a request (object, or raw text) and returns exit code, parsed stdout and stderr; the body is checked against its response schema. */
export function runCli(command: string, request: unknown, raw = false): { code: number | null; body: unknown; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'itdose-cli-'));
  const file = join(dir, 'request.json');
  writeFileSync(file, raw ? String(request) : JSON.stringify(request));
  const r = spawnSync(process.execPath, [BIN, command, file], { encoding: 'utf8', timeout: 60_000 });
  let body: unknown = null;
  try {
    body = JSON.parse(r.stdout);
  } catch {
    body = null;
  }
  if (body !== null) checkBody(command, body);
  return { code: r.status, body, stdout: r.stdout, stderr: r.stderr };
}
