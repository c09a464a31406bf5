import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { requestSource, REQUEST_COMMANDS, LISTING_COMMANDS, type Vector } from '../../scripts/lib/randomRequests.mjs';
import { MAX_COUNT, MAX_PER_DAY_ENTRIES, MAX_RESERVOIR_DRUGS } from '../../spec/codecs/index.js';
import { COMMANDS } from '../../spec/wire/commands/registry.js';

// The random-run harness (npm run random-run) is a measuring tool, not part of
// npm test; this keeps it from rotting: a 5 s run at a fixed seed on the built
// engine writes a report of the documented shape, and a seed gives the same
// request sequence twice.

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = mkdtempSync(path.join(tmpdir(), 'itdose-random-run-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const vectors = JSON.parse(readFileSync(path.join(projectRoot, 'test', 'vectors', 'contract', 'core.json'), 'utf8')) as Vector[];
const bounds = { MAX_PER_DAY_ENTRIES, MAX_COUNT, MAX_RESERVOIR_DRUGS };

type Json = Record<string, unknown>;

describe('random run', () => {
  it('[REQ-RUN-001] the same seed gives the same requests, and every command is drawn', () => {
    const a = requestSource(7, { bounds, pumpNames: ['synchromed-ii'], vectors });
    const b = requestSource(7, { bounds, pumpNames: ['synchromed-ii'], vectors });
    const seen = new Set<string>();
    for (let i = 0; i < 150; i += 1) {
      const x = a.next();
      const y = b.next();
      expect(y.command).toBe(x.command);
      expect(y.origin).toBe(x.origin);
      expect(y.text ?? y.bytes?.toString('base64')).toBe(x.text ?? x.bytes?.toString('base64'));
      seen.add(x.command);
    }
    for (const c of REQUEST_COMMANDS) expect(seen).toContain(c);
    expect([...REQUEST_COMMANDS, ...LISTING_COMMANDS].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it('[REQ-RUN-001] a 5 s run at a fixed seed writes the report: seed, counts per command and exit code, slowest, exit-1 and slow requests in full', () => {
    const report = path.join(tmp, 'random-run.json');
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'random-run.mjs'), '--seconds=5', '--seed=424242', `--report=${report}`], {
      cwd: projectRoot, encoding: 'utf8', timeout: 90_000,
      env: { ...process.env, RANDOM_RUN_TIMEOUT_SECONDS: '2', RANDOM_RUN_CLI_EVERY: '15' },
    });
    expect(run.stdout).toContain('seed 424242');
    expect(existsSync(report), run.stderr).toBe(true);
    const r = JSON.parse(readFileSync(report, 'utf8')) as Json;
    expect(r['tool']).toBe('random-run');
    expect(r['seed']).toBe(424242);
    expect(r['durationSeconds']).toBe(5);
    expect(r['requests']).toBeGreaterThan(0);
    const perCommand = r['perCommand'] as Record<string, { exitCodes: Record<string, number>; runs: number; maxMs: number }>;
    expect(Object.keys(perCommand).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const p of Object.values(perCommand)) {
      for (const [code, n] of Object.entries(p.exitCodes)) {
        expect(['0', '1', '2', '3', 'timeout', 'crash']).toContain(code);
        expect(n).toBeGreaterThan(0);
      }
    }
    const cli = r['cli'] as { runs: number; counts: Json; mismatches: unknown[]; failures: unknown[] };
    expect(cli.runs).toBeGreaterThan(0);
    for (const key of ['slowest', 'exit1', 'slow', 'problems']) expect(Array.isArray(r[key]), key).toBe(true);
    const slowest = r['slowest'] as { command: string; ms: number; request: string }[];
    expect(slowest.length).toBeGreaterThan(0);
    expect(slowest.map((s) => s.ms)).toEqual([...slowest.map((s) => s.ms)].sort((x, y) => y - x));
    for (const e of [...(r['exit1'] as Json[]), ...(r['slow'] as Json[])]) {
      expect(typeof e['text'] === 'string' || typeof e['bytesBase64'] === 'string').toBe(true);
      expect(typeof e['origin']).toBe('string');
    }
    // the exit code says whether anything was found
    const found = (r['exit1'] as unknown[]).length + (r['slow'] as unknown[]).length + (r['problems'] as unknown[]).length + cli.failures.length;
    expect(r['ok']).toBe(found === 0);
    expect(run.status).toBe(found === 0 ? 0 : 1);
  });
});
