import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';

/** The seed every property runs from unless `FUZZ_SEED` says otherwise: runs are reproducible by default. */
export const DEFAULT_SEED = 20_260_101;

/** The environment variables the profile reads. */
export interface FuzzEnv {
  /** Integer seed for every property (default {@link DEFAULT_SEED}). */
  readonly FUZZ_SEED?: string | undefined;
  /**
   * Multiplies every property's default number of runs (default 1): a positive
   * integer `n`, or a unit fraction `1/n` (n runs fewer, at least one; mutation
   * testing uses it to run each mutant's properties faster).
   */
  readonly FUZZ_RUNS?: string | undefined;
  /**
   * When set, a file to which every property appends one JSON line
   * `{"numRuns": n, "file": f, "test": t}` (file and test when known), to count cases.
   */
  readonly FUZZ_RECORD?: string | undefined;
  /**
   * When set (a positive integer of milliseconds), the time-box mode of the CI
   * fuzz stage: every property runs case after case from its seed until this
   * time has passed (never fewer than one case), and records in `FUZZ_RECORD`
   * the cases it ran, `{"cases": n, "defaultRuns": d, "ms": t, ...}`.
   */
  readonly FUZZ_TIME_BOX_MS?: string | undefined;
  /** With `FUZZ_SEED`, replays one counterexample: the path fast-check printed with it. */
  readonly FUZZ_PATH?: string | undefined;
}

/** Where a property runs: its test file (relative to the working directory) and test name, when known. */
export interface FuzzSite {
  readonly file?: string | undefined;
  readonly test?: string | undefined;
}

/** The test file and test name vitest is running now (both undefined outside a test). */
export function currentSite(): FuzzSite {
  const state = expect.getState();
  return { file: state.testPath === undefined ? undefined : relative(process.cwd(), state.testPath).split('\\').join('/'), test: state.currentTestName };
}

let announced = false;

/**
 * The fast-check parameters for one property: a fixed seed by default
 * (`FUZZ_SEED` overrides it), the property's default number of runs
 * multiplied by `FUZZ_RUNS` (e.g. `FUZZ_RUNS=100` runs 100× as many cases),
 * and any extra parameters (pinned `examples`, say). On failure fast-check
 * prints the seed and the path that replay the counterexample; when
 * `FUZZ_SEED` or `FUZZ_RUNS` is set in the process environment, the seed
 * and factor are also printed (once per test file, to stderr) before the
 * first property runs, so a
 * fuzz log always starts with how to replay it. With `FUZZ_RECORD` set,
 * each call appends its number of runs to that file (`npm run bench` sums
 * them into its case count). With `FUZZ_TIME_BOX_MS` set (the CI fuzz stage),
 * the property runs from the seed until the box is spent instead, and records
 * the cases it really ran; a failure then also prints the command that replays
 * its counterexample alone (`FUZZ_SEED`, `FUZZ_PATH`).
 *
 * @example
 * import fc from 'fast-check';
 * import { fuzzProfile } from './fuzzProfile.js';
 * fc.assert(fc.property(fc.nat(), (n) => n >= 0), fuzzProfile(200));
 * fuzzProfile(200, {}, { FUZZ_SEED: '7', FUZZ_RUNS: '3' }); // { seed: 7, numRuns: 600 }
 * fuzzProfile(200, {}, { FUZZ_RUNS: '1/8' }); // { seed: 20260101, numRuns: 25 }
 *
 * Implements REQ-FUZZ-001 (reproducible property runs), REQ-FUZZ-004 (the time box).
 * @since 0.1.0
 */
export function fuzzProfile<Ts>(defaultRuns: number, extra: fc.Parameters<Ts> = {}, env: FuzzEnv = process.env, site: FuzzSite = currentSite()): fc.Parameters<Ts> {
  const seed = readInteger(env.FUZZ_SEED, 'FUZZ_SEED') ?? DEFAULT_SEED;
  const path = env.FUZZ_PATH === undefined || env.FUZZ_PATH === '' ? {} : { path: env.FUZZ_PATH };
  const box = readInteger(env.FUZZ_TIME_BOX_MS, 'FUZZ_TIME_BOX_MS');
  if (box !== undefined) return timeBoxed(defaultRuns, { ...extra, ...path }, seed, box, env.FUZZ_RECORD, site);
  const { times, divide } = readFactor(env.FUZZ_RUNS);
  const factor = divide === 1 ? String(times) : `1/${divide}`;
  const numRuns = Math.max(1, Math.floor((defaultRuns * times) / divide));
  if (!announced && env === process.env && (env.FUZZ_SEED !== undefined || env.FUZZ_RUNS !== undefined)) {
    announced = true;
    process.stderr.write(`[fuzz] seed ${seed}, runs ×${factor}; replay: FUZZ_SEED=${seed} FUZZ_RUNS=${factor} npm run fuzz\n`);
  }
  if (env.FUZZ_RECORD !== undefined && env.FUZZ_RECORD !== '') {
    appendFileSync(env.FUZZ_RECORD, `${JSON.stringify({ numRuns, ...(site.file === undefined ? {} : { file: site.file }), ...(site.test === undefined ? {} : { test: site.test }) })}\n`);
  }
  return { ...extra, ...path, seed, numRuns };
}

/** As many cases as fast-check can run in a time box at most (a practical infinity, never reached in a box). */
const UNBOUNDED_RUNS = 1_000_000_000;

/**
 * The time-box parameters: run until `boxMs` has passed (fast-check's
 * `interruptAfterTimeLimit`, checked between cases, an interruption not a
 * failure), then report through {@link recordRun}: the cases actually run
 * are recorded and a failure throws fast-check's own message (counterexample,
 * seed, path) with the command that replays it.
 */
function timeBoxed<Ts>(defaultRuns: number, extra: fc.Parameters<Ts>, seed: number, boxMs: number, record: string | undefined, site: FuzzSite): fc.Parameters<Ts> {
  if (boxMs < 1) throw new RangeError(`FUZZ_TIME_BOX_MS must be a positive integer, got ${boxMs}`);
  const started = performance.now();
  return {
    ...extra,
    seed,
    numRuns: UNBOUNDED_RUNS,
    // The plugin decorates generation without reading the values: it fits a property of any Ts.
    plugins: [fc.interruptAfterTimeLimit(boxMs) as fc.Plugin<Ts>],
    reporter: (details) => {
      recordRun(details, defaultRuns, performance.now() - started, record, site);
      throwIfFailed(details, site);
    },
  };
}

/**
 * Records one finished time-boxed property run: `{"cases", "defaultRuns",
 * "ms", "file", "test"}`, one JSON line, when `record` is set (`fc.check`
 * calls no reporter: {@link fuzzCheck} records its run itself).
 */
export function recordRun<Ts>(details: fc.RunDetails<Ts>, defaultRuns: number, ms: number, record: string | undefined, site: FuzzSite): void {
  if (record === undefined || record === '') return;
  appendFileSync(record, `${JSON.stringify({ cases: details.numRuns, defaultRuns, ms: Math.round(ms), ...(site.file === undefined ? {} : { file: site.file }), ...(site.test === undefined ? {} : { test: site.test }) })}\n`);
}

/** When the run failed, throws fast-check's report (counterexample, seed, path) with the command that replays that counterexample alone. */
export function throwIfFailed<Ts>(details: fc.RunDetails<Ts>, site: FuzzSite): void {
  if (!details.failed) return;
  const path = details.counterexamplePath ?? '';
  const only = site.test === undefined ? '' : ` -t ${JSON.stringify(site.test.split(' > ').slice(-1)[0] ?? '')}`;
  throw new Error(`${fc.defaultReportMessage(details) ?? 'Property failed'}\n[fuzz] replay this counterexample: FUZZ_SEED=${details.seed} FUZZ_PATH=${JSON.stringify(path)} npx vitest run ${site.file ?? ''}${only}`);
}

/**
 * `fc.check` of a synchronous property with {@link fuzzProfile}'s parameters
 * for `defaultRuns`, its run recorded as `fc.assert`'s are in the time-box
 * mode (where `fc.check` would otherwise count nothing); returns fast-check's
 * details, a failure included, for the caller to judge (a test that expects
 * a counterexample, say).
 */
export function fuzzCheck<Ts>(property: fc.IProperty<Ts>, defaultRuns: number, env: FuzzEnv = process.env, site: FuzzSite = currentSite()): fc.RunDetails<Ts> {
  const started = performance.now();
  const { reporter: _reporter, ...parameters } = fuzzProfile<Ts>(defaultRuns, {}, env, site);
  const details = fc.check(property, parameters);
  if (env.FUZZ_TIME_BOX_MS !== undefined && env.FUZZ_TIME_BOX_MS !== '') recordRun(details, defaultRuns, performance.now() - started, env.FUZZ_RECORD, site);
  return details;
}

/** `FUZZ_RUNS` as `times / divide`: `n` is `n / 1`, `1/n` is `1 / n`; anything else is an error. */
function readFactor(text: string | undefined): { times: number; divide: number } {
  const fraction = text === undefined ? null : /^1\/([0-9]+)$/.exec(text);
  if (fraction !== null) {
    const divide = Number(fraction[1]);
    if (!Number.isSafeInteger(divide) || divide < 1) throw new RangeError(`FUZZ_RUNS must be a positive integer or 1/n, got "${String(text)}"`);
    return { times: 1, divide };
  }
  const times = readInteger(text, 'FUZZ_RUNS') ?? 1;
  if (times < 1) throw new RangeError(`FUZZ_RUNS must be a positive integer or 1/n, got "${String(text)}"`);
  return { times, divide: 1 };
}

/** An optional decimal integer from the environment; a malformed one is an error, never silently ignored. */
function readInteger(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  if (!/^-?[0-9]+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new RangeError(`${name} must be an integer, got "${text}"`);
  return Number(text);
}
