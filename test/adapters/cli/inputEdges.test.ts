import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../../bin/itdose.mjs');
const REQUEST = JSON.stringify(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/contract/core.json'), 'utf8'))[0].request);
const DIR = mkdtempSync(join(tmpdir(), 'itdose-edges-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

interface Run { code: number | null; body: { ok: boolean; errors?: { code: string; message: string }[] } | null }

/** Runs the built CLI asynchronously (so the test can feed a FIFO or a pipe while it reads). */
function runAsync(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString('utf8'); });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise<Run>((res) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      let body: Run['body'] = null;
      try {
        body = JSON.parse(out) as Run['body'];
      } catch {
        body = null;
      }
      res({ code, body });
    });
  });
}

function mkfifo(name: string): string {
  const path = join(DIR, name);
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr.toString()}`);
  return path;
}

const linux = process.platform === 'linux';

describe('itdose CLI: input edges', () => {
  it('[REQ-INPUT-001] invalid UTF-8 in a string (stdin or FILE) is INVALID_UTF8, exit 2, not silently replaced', () => {
    const at = REQUEST.indexOf('morphine') + 5; // inside the first drug name: "morph<C3 28>ine"
    const bytes = Buffer.concat([Buffer.from(REQUEST.slice(0, at)), Buffer.from([0xc3, 0x28]), Buffer.from(REQUEST.slice(at))]);
    const viaStdin = spawnSync(process.execPath, [BIN, 'compile'], { input: bytes, timeout: 60_000 });
    expect(viaStdin.status).toBe(2);
    expect(JSON.parse(viaStdin.stdout.toString('utf8')).errors).toMatchObject([{ code: 'INVALID_UTF8', path: '' }]);
    const file = join(DIR, 'bad-utf8.json');
    writeFileSync(file, bytes);
    const viaFile = spawnSync(process.execPath, [BIN, 'compile', file], { timeout: 60_000 });
    expect(viaFile.status).toBe(2);
    expect(JSON.parse(viaFile.stdout.toString('utf8')).errors).toMatchObject([{ code: 'INVALID_UTF8', path: '' }]);
    expect(viaFile.stdout.toString('utf8')).not.toContain('\ufffd');
  });

  it.runIf(linux)('[REQ-INPUT-003] a named FIFO as FILE is read as a stream: the contract request compiles (exit 0)', async () => {
    const fifo = mkfifo('request.fifo');
    const run = runAsync(['compile', fifo]);
    await writeFile(fifo, REQUEST);
    const r = await run;
    expect(r.code).toBe(0);
    expect(r.body?.ok).toBe(true);
  });

  it.runIf(linux && existsSync('/bin/bash'))('[REQ-INPUT-003] itdose compile <(cat request.json) in a real shell (a pipe as FILE)', () => {
    const file = join(DIR, 'request.json');
    writeFileSync(file, REQUEST);
    const r = spawnSync('/bin/bash', ['-c', `"${process.execPath}" "${BIN}" compile <(cat "${file}")`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });

  it.runIf(linux)('[REQ-INPUT-003] [REQ-WIRE-012] an endless FIFO is cut after 1 MiB + 1 byte: INPUT_TOO_LARGE, exit 2, and the CLI does not wait for the end', async () => {
    const fifo = mkfifo('endless.fifo');
    const run = runAsync(['compile', fifo]);
    // the writer would go on for 64 MiB; the CLI stops reading at the bound and closes the pipe
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const writer = (async () => {
      const { open } = await import('node:fs/promises');
      const h = await open(fifo, 'w');
      try {
        for (let i = 0; i < 64; i += 1) await h.write(chunk);
      } catch {
        // EPIPE: the reader has gone, as it should
      } finally {
        await h.close().catch(() => undefined);
      }
    })();
    const r = await run;
    await writer;
    expect(r.code).toBe(2);
    expect(r.body?.errors?.[0]?.code).toBe('INPUT_TOO_LARGE');
  });
});
