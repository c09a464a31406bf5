import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writtenSection } from './_markedSection.js';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../../core/quantity/parseQuantity.js';
import * as codecs from '../../spec/codecs/index.js';
import { COMMANDS } from '../../spec/wire/commands/registry.js';
import { DOCS_BEGIN, DOCS_END, PROPERTY_FILES, formatMs, replaceDocsSection } from '../../scripts/bench.mjs';
import { VECTOR_COMMANDS } from '../../scripts/lib/benchWorkloads.mjs';
import { largestRequests } from '../../scripts/lib/largestRequests.mjs';

// The harness's shape, never a time: one quick run (every workload timed once,
// one CLI start of each kind, one property file at 1/100 of its runs) must
// finish, write a report of the stated shape and rewrite only the marked
// section of a copy of docs/performance.md.

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'itdose-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Workload { id: string; group: string; label: string; outcome: string; exitCode: number | null; samples: number; medianMs: number; p99Ms: number; medianRatio: number; p99Ratio: number; allocatedBytesPerRun: number }
interface Report {
  quick: boolean;
  workloads: Workload[];
  cliStart: { problems: string[]; starts: { id: string; medianMs: number; ratioToNode: number }[] };
  properties: { file: string; cases: number; casesPerSecond: number; passed: boolean }[];
}

const positive = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v > 0;
// one run of a sub-microsecond workload may read 0 on the timer, and the sampling heap profiler may take no sample of it
const nonNegative = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

describe('npm run bench -- --quick', () => {
  it('[REQ-RUN-002] [REQ-RUN-003] times every workload once (the baseline, the everyday requests of every command, the largest legal requests), the CLI start and a property file, and writes the report and the docs section', () => {
    const docs = join(work, 'performance.md');
    const original = readFileSync(resolve(ROOT, 'docs/performance.md'), 'utf8');
    writeFileSync(docs, original);
    const out = join(work, 'bench.json');
    const property = PROPERTY_FILES.find((p) => p.file.includes('entryErrorsRefused'));
    expect(property).toBeDefined();
    const r = spawnSync(process.execPath, [resolve(ROOT, 'scripts/bench.mjs'), '--quick', `--out=${out}`, `--docs=${docs}`, '--properties=entryErrorsRefused'],
      { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.quick).toBe(true);

    const convert = COMMANDS.find((c) => c.name === 'convert');
    const largest = largestRequests({ ...codecs }, { integer: MAX_INTEGER_DIGITS, fraction: MAX_FRACTION_DIGITS }, { convert: (u) => convert?.run(u).exitCode !== 2 });
    const ids = report.workloads.map((w) => w.id);
    expect(ids[0]).toBe('baseline');
    expect(ids.filter((id) => id.startsWith('compile-') && report.workloads.find((w) => w.id === id)?.group === 'everyday'))
      .toEqual(['compile-continuous-morphine', 'compile-patient-bolus', 'compile-flex-24', 'compile-admixture-3']);
    for (const command of VECTOR_COMMANDS) expect(ids, command).toContain(`${command}-vector`);
    expect(report.workloads.filter((w) => w.group === 'largest').map((w) => w.id)).toEqual(largest.cases.map((c) => c.id));
    for (const w of report.workloads) {
      expect(w.outcome, w.id).toBe('done');
      expect(w.samples, w.id).toBeGreaterThanOrEqual(1);
      expect([w.medianMs, w.p99Ms, w.medianRatio, w.p99Ratio, w.allocatedBytesPerRun].every(nonNegative), `${w.id}: ${JSON.stringify(w)}`).toBe(true);
      if (w.group === 'baseline' || w.group === 'everyday') expect(positive(w.medianMs) && positive(w.allocatedBytesPerRun), `${w.id}: ${JSON.stringify(w)}`).toBe(true);
      expect(w.p99Ms, w.id).toBeGreaterThanOrEqual(w.medianMs);
      if (w.group !== 'baseline') expect([0, 3], w.id).toContain(w.exitCode);
    }
    const base = report.workloads[0];
    expect(base?.medianRatio).toBe(1);

    expect(report.cliStart.problems).toEqual([]);
    expect(report.cliStart.starts.map((s) => s.id)).toEqual(['node', 'cli', 'tree']);
    for (const s of report.cliStart.starts) expect(positive(s.medianMs) && positive(s.ratioToNode), s.id).toBe(true);

    expect(report.properties.map((p) => p.file)).toEqual([property?.file]);
    for (const p of report.properties) {
      expect(p.passed).toBe(true);
      expect(p.cases).toBeGreaterThan(0);
      expect(positive(p.casesPerSecond)).toBe(true);
    }

    const written = readFileSync(docs, 'utf8');
    const section = writtenSection(original, written, DOCS_BEGIN, DOCS_END);
    expect(section).toContain('QUICK RUN');
    for (const w of report.workloads.filter((x) => x.group !== 'baseline')) expect(section, w.id).toContain(w.label.replace(/\|/g, '\\|'));
    expect(section).toContain('node bin/itdose.mjs compile');
    expect(section).toContain(property?.file);
  }, 600_000);
});

describe('the bench report helpers', () => {
  it('[REQ-RUN-003] the docs section is replaced between its markers only, and a file without them is an error', () => {
    const text = `before\n${DOCS_BEGIN}\nold\n${DOCS_END}\nafter\n`;
    expect(replaceDocsSection(text, `${DOCS_BEGIN}\nnew\n${DOCS_END}`)).toBe(`before\n${DOCS_BEGIN}\nnew\n${DOCS_END}\nafter\n`);
    expect(() => replaceDocsSection('no markers', 'x')).toThrow(/markers/);
  });
  it('[REQ-RUN-003] times print with three significant digits, in µs below 1 ms, trailing zeros only after a decimal point dropped', () => {
    expect(formatMs(0.25)).toBe('250 µs');
    expect(formatMs(0.0244)).toBe('24.4 µs');
    expect(formatMs(0.1)).toBe('100 µs');
    expect(formatMs(2)).toBe('2 ms');
    expect(formatMs(20.5)).toBe('20.5 ms');
    expect(formatMs(100)).toBe('100 ms');
    expect(formatMs(1500)).toBe('1.5 s');
    expect(formatMs(undefined)).toBe('-');
  });
});
