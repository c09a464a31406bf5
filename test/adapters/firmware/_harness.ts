import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SchedulerCall } from '../../../adapters/firmware/deviceDeliveries.js';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The firmware C sources. */
export const C_DIR = join(ROOT, 'adapters/firmware/c');
export const C_SOURCE = join(C_DIR, 'itdose_image.c');
export const C_HEADER = join(C_DIR, 'itdose_image.h');
const HARNESS = join(ROOT, 'test/adapters/firmware/c/harness.c');

/** The flags the issue asks for: strict C99, every warning an error. */
export const STRICT = ['-std=c99', '-Wall', '-Wextra', '-Werror', '-pedantic'];
const SANITIZE = ['-g', '-O1', '-fsanitize=address,undefined', '-fno-sanitize-recover=all', '-fno-omit-frame-pointer'];
/** Sanitizers stop at the first report; leak checking needs ptrace, which containers often lack (the code allocates nothing). */
export const SANITIZER_ENV = { ...process.env, ASAN_OPTIONS: 'detect_leaks=0:abort_on_error=0:halt_on_error=1', UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1' };

const work = mkdtempSync(join(tmpdir(), 'itdose-firmware-'));
const built = new Map<string, string>();

/** The C compiler: `CC`, else `cc`. */
export const CC = process.env['CC'] ?? 'cc';

/** Builds the test driver once per kind: `sanitized` (ASan + UBSan) or `fast` (-O2, for the exhaustive corruption runs). */
export function harness(kind: 'sanitized' | 'fast'): string {
  const cached = built.get(kind);
  if (cached !== undefined) return cached;
  const out = join(work, `harness-${kind}`);
  execFileSync(CC, [...STRICT, ...(kind === 'sanitized' ? SANITIZE : ['-O2']), `-I${C_DIR}`, C_SOURCE, HARNESS, '-o', out], { stdio: 'pipe' });
  built.set(kind, out);
  return out;
}

let counter = 0;
/** Writes bytes to a fresh file in the work directory. */
export function writeTemp(name: string, bytes: Uint8Array | string): string {
  counter += 1;
  const path = join(work, `${counter}-${name}`);
  writeFileSync(path, bytes);
  return path;
}

/** Runs the driver; its stdout, failing the test on a sanitizer report or a non-zero exit. */
export function runHarness(kind: 'sanitized' | 'fast', args: readonly string[]): string {
  const r = spawnSync(harness(kind), args, { env: SANITIZER_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 || r.stderr !== '') throw new Error(`harness ${args.join(' ')} exited ${String(r.status)}: ${r.stderr}${r.stdout.slice(0, 400)}`);
  return r.stdout;
}

/** One line of the C scheduler's answer. */
export interface CDelivery {
  readonly t: bigint;
  readonly deliverNl: bigint;
  readonly withheldNl: bigint;
  readonly bolus: number;
}

/** The C scheduler's answers to `calls` on `image`, from pump time t0 (sanitized build). */
export function runScheduler(image: Uint8Array, t0: bigint, calls: readonly SchedulerCall[]): CDelivery[] {
  const img = writeTemp('image.bin', image);
  const script = writeTemp('calls.txt', `${t0}\n${calls.map((c) => `${c.t} ${c.request ? 1 : 0}`).join('\n')}\n`);
  const out = runHarness('sanitized', ['run', img, script]).trim();
  return out === '' ? [] : out.split('\n').map((line) => {
    const [t, deliver, withheld, bolus] = line.split(' ');
    if (deliver === 'error') throw new Error(`scheduler error at ${t}: ${line}`);
    return { t: BigInt(t ?? ''), deliverNl: BigInt(deliver ?? ''), withheldNl: BigInt(withheld ?? ''), bolus: Number(bolus) };
  });
}
