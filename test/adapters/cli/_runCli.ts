import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../../bin/itdose.mjs');

/** Runs the built CLI on a request (object, or raw text) and returns exit code, parsed stdout and stderr. */
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
  return { code: r.status, body, stdout: r.stdout, stderr: r.stderr };
}
