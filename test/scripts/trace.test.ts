import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFmea, renderHazardLog } from '../../scripts/render-hazards.mjs';
import { PATHS, requirementIdsIn, runTrace } from '../../scripts/trace.mjs';

// The trace check run on small fixture projects in a temporary directory: a
// consistent fixture passes, and each broken link makes it fail naming the item.

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const traceScript = path.join(projectRoot, 'scripts', 'trace.mjs');
const tempRoots: string[] = [];

afterAll(async () => {
  await Promise.all(tempRoots.map((d) => rm(d, { recursive: true, force: true })));
});

type Json = Record<string, unknown>;

interface FixtureTest {
  readonly title: string;
  readonly status?: string;
}

interface Fixture {
  requirements: Json[];
  hazards: Json;
  fmea: Json;
  exports: string[];
  tests: FixtureTest[];
  /** Write the rendered Markdown from this document instead of the fixture's own (to make it stale). */
  renderedHazards?: Json;
  /** Leave the vitest report out. */
  noReport?: boolean;
  /** Extra source files (path → text), e.g. a core module whose TSDoc cites requirement IDs. */
  sources?: Record<string, string>;
  /** The record of the commit tested (reports/vitest.meta.json): by default the fixture's HEAD; null leaves it out. */
  meta?: ((head: string) => Json) | null;
}

/** Runs git in a fixture (a throwaway identity, no signing); returns its output. */
function git(root: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=fixture', '-c', 'user.email=fixture@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

// Requirement IDs are assembled so that no test title of this file looks like one.
const R1 = ['REQ', 'FIX', '001'].join('-');
const R2 = ['REQ', 'FIX', '002'].join('-');

function baseFixture(): Fixture {
  const req = (id: string): Json => ({ id, title: `fixture ${id}`, demands: 'something precise', kind: 'model', verifiedBy: 'a unit test' });
  return {
    requirements: [req(R1), req(R2)],
    hazards: {
      title: 'fixture hazards',
      scope: 'fixture',
      scales: {
        severity: [{ level: 'minor', definition: 'a' }, { level: 'catastrophic', definition: 'b' }],
        probability: [{ level: 'remote', definition: 'a' }, { level: 'frequent', definition: 'b' }],
      },
      hazards: [{
        id: 'HAZ-001', hazard: 'overdose', cause: 'a cause', harm: 'a harm', severity: 'catastrophic',
        probabilityBefore: 'frequent', probabilityAfter: 'remote',
        controls: [
          { where: 'engine', measure: 'a check', requirements: [R1] },
          { where: 'clinic', measure: 'a double check' },
        ],
      }],
    },
    fmea: {
      title: 'fixture fmea',
      scope: 'fixture',
      rows: [{
        export: 'doThing', module: 'core/doThing.ts', purpose: 'does a thing',
        failureModes: [{ mode: 'does it wrong', effect: 'harm', hazards: ['HAZ-001'], controls: [{ kind: 'property', measure: 'a property', requirements: [R2] }] }],
      }],
    },
    exports: ['doThing'],
    tests: [{ title: `[${R1}] checks the first` }, { title: `[${R2}] checks the second` }],
  };
}

async function writeFixture(f: Fixture): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'itdose-trace-'));
  tempRoots.push(root);
  const write = async (rel: string, text: string): Promise<void> => {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), text);
  };
  await write(PATHS.hazards, JSON.stringify(f.hazards));
  await write(PATHS.fmea, JSON.stringify(f.fmea));
  await cp(path.join(projectRoot, PATHS.hazardsSchema), path.join(root, PATHS.hazardsSchema));
  await cp(path.join(projectRoot, PATHS.fmeaSchema), path.join(root, PATHS.fmeaSchema));
  await write(PATHS.hazardLog, renderHazardLog(f.renderedHazards ?? f.hazards));
  await write(PATHS.fmeaLog, renderFmea(f.fmea));
  await write(PATHS.catalogue, `export const REQUIREMENTS = ${JSON.stringify(f.requirements)};\n`);
  await write(PATHS.coreIndex, f.exports.map((n) => `export const ${n} = () => 0;\n`).join(''));
  for (const [rel, text] of Object.entries(f.sources ?? {})) await write(rel, text);
  if (f.noReport !== true) {
    const report = {
      startTime: 0,
      success: true,
      testResults: [{
        name: path.join(root, 'test', 'fixture.test.ts'),
        status: 'passed',
        message: '',
        assertionResults: f.tests.map((t) => ({ ancestorTitles: ['fixture'], title: t.title, status: t.status ?? 'passed' })),
      }],
    };
    await write(PATHS.vitestReport, JSON.stringify(report));
  }
  // the fixture is a git checkout (reports/ ignored, as in the project) whose HEAD the tests ran on
  await write('.gitignore', 'reports/\n');
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'fixture');
  const head = git(root, 'rev-parse', 'HEAD');
  if (f.meta !== null) await write(PATHS.vitestMeta, JSON.stringify(f.meta?.(head) ?? { commit: head, clean: true, recordedAt: 0 }));
  return root;
}

async function trace(change: (f: Fixture) => void = () => {}) {
  const f = baseFixture();
  change(f);
  const root = await writeFixture(f);
  return { root, result: await runTrace(root) };
}

const rules = (r: { problems: readonly { rule: string }[] }): string[] => r.problems.map((p) => p.rule);

describe('trace check on fixtures', () => {
  it('passes a consistent fixture and writes reports/trace.md and reports/trace.json', async () => {
    const { root, result } = await trace();
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.matrix.hazards[0]?.status).toBe('traced');
    expect(result.matrix.requirements.map((r) => r.status)).toEqual(['verified', 'verified']);
    const md = await readFile(path.join(root, PATHS.traceMd), 'utf8');
    expect(md).toContain('Result: **PASS**');
    const json = JSON.parse(await readFile(path.join(root, PATHS.traceJson), 'utf8')) as { ok: boolean };
    expect(json.ok).toBe(true);
  });

  it('fails when a test no longer names its requirement', async () => {
    const { result } = await trace((f) => {
      f.tests = [{ title: `[${R1}] checks the first` }, { title: 'checks the second (tag removed)' }];
    });
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'REQUIREMENT_UNTESTED', item: R2 }));
  });

  it('fails when a source file says it implements a requirement the catalogue does not have', async () => {
    const unknown = ['REQ', 'FIX', '999'].join('-');
    const { result } = await trace((f) => {
      f.sources = { 'core/doThing.ts': `/**\n * Does a thing.\n * Implements ${R1}, ${unknown}.\n */\nexport const doThing = () => 0;\n` };
    });
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'SOURCE_CITES_UNKNOWN', item: 'core/doThing.ts' }));
    expect(result.problems.filter((p) => p.rule === 'SOURCE_CITES_UNKNOWN')).toHaveLength(1);
  });

  it('fails when a hazard has no control', async () => {
    const { result } = await trace((f) => {
      (f.hazards['hazards'] as Json[])[0]!['controls'] = [];
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'HAZARD_NO_CONTROL', item: 'HAZ-001' }));
    expect(result.matrix.hazards[0]?.status).toBe('open');
  });

  it('fails when an engine control names no requirement', async () => {
    const { result } = await trace((f) => {
      (f.hazards['hazards'] as Json[])[0]!['controls'] = [{ where: 'engine', measure: 'a check' }];
    });
    expect(rules(result)).toContain('ENGINE_CONTROL_NO_REQUIREMENT');
  });

  it('fails when a hazard names a requirement that is not in the catalogue', async () => {
    const { result } = await trace((f) => {
      (f.hazards['hazards'] as Json[])[0]!['controls'] = [{ where: 'engine', measure: 'a check', requirements: [R1, 'REQ-FIX-404'] }];
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'UNKNOWN_REQUIREMENT', item: 'HAZ-001.controls[0]' }));
  });

  it('fails when a test names an unknown or malformed requirement ID', async () => {
    const { result } = await trace((f) => {
      f.tests.push({ title: '[REQ-FIX-404] names a requirement nobody wrote' }, { title: '[REQ-FIX-1] a typo' });
    });
    const unknown = result.problems.filter((p) => p.rule === 'TEST_UNKNOWN_REQUIREMENT').map((p) => p.message);
    expect(unknown).toHaveLength(2);
    expect(unknown.join('\n')).toContain('REQ-FIX-404');
    expect(unknown.join('\n')).toContain('REQ-FIX-1,');
  });

  it('fails when a test naming a requirement failed or was skipped', async () => {
    const { result } = await trace((f) => {
      f.tests = [{ title: `[${R1}] checks the first`, status: 'failed' }, { title: `[${R2}] checks the second`, status: 'skipped' }];
    });
    expect(result.problems.filter((p) => p.rule === 'TEST_NOT_PASSED')).toHaveLength(2);
    expect(result.matrix.requirements.map((r) => r.status)).toEqual(['failing', 'failing']);
  });

  it('fails when a core export has no FMEA row, and when a row names no export', async () => {
    const { result } = await trace((f) => {
      f.exports = ['doOtherThing'];
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'EXPORT_NO_FMEA', item: 'doOtherThing' }));
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'FMEA_UNKNOWN_EXPORT', item: 'doThing' }));
  });

  it('fails when an FMEA failure mode has no control or a control names no requirement', async () => {
    const { result } = await trace((f) => {
      const rows = f.fmea['rows'] as Json[];
      rows[0]!['failureModes'] = [
        { mode: 'a', effect: 'b', controls: [] },
        { mode: 'c', effect: 'd', controls: [{ kind: 'review', measure: 'people', requirements: [] }] },
      ];
    });
    expect(rules(result)).toEqual(expect.arrayContaining(['FMEA_MODE_NO_CONTROL', 'FMEA_CONTROL_NO_REQUIREMENT']));
  });

  it('fails when the hazard log does not match its schema or scales', async () => {
    const { result } = await trace((f) => {
      const h = (f.hazards['hazards'] as Json[])[0]!;
      h['severity'] = 'deadly';
      h['probabilityAfter'] = 'frequent';
      h['probabilityBefore'] = 'remote';
      h['typo'] = 'x';
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'SCHEMA', item: `${PATHS.hazards}:hazards[0].typo` }));
    const invalid = result.problems.filter((p) => p.rule === 'HAZARD_INVALID').map((p) => p.message).join('\n');
    expect(invalid).toContain('severity "deadly"');
    expect(invalid).toContain('above the probability before');
  });

  it('fails on duplicate hazard or requirement IDs', async () => {
    const { result } = await trace((f) => {
      f.requirements.push({ ...f.requirements[0] });
      const hs = f.hazards['hazards'] as Json[];
      hs.push({ ...hs[0] });
    });
    expect(result.problems.filter((p) => p.rule === 'DUPLICATE_ID').map((p) => p.item).sort()).toEqual(['HAZ-001', R1]);
  });

  it('a retired requirement needs no test, but a hazard, an FMEA control or a test naming it fails', async () => {
    const quiet = await trace((f) => {
      f.requirements.push({ id: 'REQ-FIX-003', title: 'Retired: same as the first', demands: 'x', kind: 'model', verifiedBy: 'retired' });
    });
    expect(quiet.result.problems).toEqual([]);
    expect(quiet.result.matrix.requirements.find((r) => r.id === 'REQ-FIX-003')?.status).toBe('retired');
    const named = await trace((f) => {
      f.requirements.push({ id: 'REQ-FIX-003', title: 'Retired: same as the first', demands: 'x', kind: 'model', verifiedBy: 'retired' });
      (f.hazards['hazards'] as Json[])[0]!['controls'] = [{ where: 'engine', measure: 'a check', requirements: [R1, 'REQ-FIX-003'] }];
      f.tests.push({ title: '[REQ-FIX-003] an old test' });
    });
    expect(named.result.problems.filter((p) => p.rule === 'RETIRED_REQUIREMENT').map((p) => p.item)).toEqual(['HAZ-001.controls[0]', 'test/fixture.test.ts > fixture > [REQ-FIX-003] an old test']);
  });

  it('fails when the rendered hazard log is stale', async () => {
    const { result } = await trace((f) => {
      f.renderedHazards = JSON.parse(JSON.stringify(f.hazards)) as Json;
      (f.hazards['hazards'] as Json[])[0]!['harm'] = 'a harm, edited after rendering';
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'RENDER_STALE', item: PATHS.hazardLog }));
  });

  it('fails, saying what to run, when there is no test report', async () => {
    const { result } = await trace((f) => {
      f.noReport = true;
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'MISSING_INPUT', item: PATHS.vitestReport }));
    expect(result.problems.find((p) => p.rule === 'MISSING_INPUT')?.message).toContain('npm test');
  });

  it('[REQ-TRACE-001] refuses a test report of another commit than HEAD, naming both commits', async () => {
    const other = 'f'.repeat(40);
    const { result } = await trace((f) => {
      f.meta = () => ({ commit: other, clean: true, recordedAt: 0 });
    });
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.rule === 'REPORT_OF_OTHER_COMMIT');
    expect(problem?.message).toContain(other);
    expect(problem?.message).toContain('npm test');
  });

  it('[REQ-TRACE-001] refuses a report without the record of its commit, and one that started before the record (an earlier run)', async () => {
    const none = await trace((f) => {
      f.meta = null;
    });
    expect(none.result.problems).toContainEqual(expect.objectContaining({ rule: 'MISSING_INPUT', item: PATHS.vitestMeta }));
    const earlier = await trace((f) => {
      f.meta = (head) => ({ commit: head, clean: true, recordedAt: 1000 });
    });
    expect(rules(earlier.result)).toEqual(['REPORT_OF_OTHER_COMMIT']);
    expect(earlier.result.problems[0]?.message).toContain('earlier run');
  });

  it('[REQ-TRACE-001] accepts the report of HEAD and shows its commit; a new commit makes the same report stale', async () => {
    const { root, result } = await trace();
    const head = git(root, 'rev-parse', 'HEAD');
    expect(result.ok).toBe(true);
    expect(result.matrix.tests.commit).toBe(head);
    expect(await readFile(path.join(root, PATHS.traceMd), 'utf8')).toContain(`of commit ${head}`);
    await writeFile(path.join(root, 'later.txt'), 'a later change\n');
    git(root, 'add', 'later.txt');
    git(root, 'commit', '-q', '-m', 'later');
    const cli = spawnSync(process.execPath, [traceScript, '--root', root], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`[REPORT_OF_OTHER_COMMIT] ${PATHS.vitestReport} is the report of commit ${head}, not of HEAD ${git(root, 'rev-parse', 'HEAD')}`);
  });

  it('[REQ-TRACE-001] npm test records the commit it tests, and whether the tree was clean, before running vitest', async () => {
    const { root } = await trace((f) => {
      f.meta = null;
    });
    const recorded = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'record-test-commit.mjs'), '--root', root], { encoding: 'utf8' });
    expect(recorded.status).toBe(0);
    const meta = JSON.parse(await readFile(path.join(root, PATHS.vitestMeta), 'utf8')) as { commit: string; clean: boolean };
    expect(meta).toEqual(expect.objectContaining({ commit: git(root, 'rev-parse', 'HEAD'), clean: true }));
    await writeFile(path.join(root, 'untracked.txt'), 'x\n');
    spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'record-test-commit.mjs'), '--root', root], { encoding: 'utf8' });
    expect(JSON.parse(await readFile(path.join(root, PATHS.vitestMeta), 'utf8'))).toEqual(expect.objectContaining({ clean: false }));
    const script = (JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['test'] ?? '';
    expect(script.indexOf('node scripts/record-test-commit.mjs')).toBeGreaterThan(-1);
    expect(script.indexOf('node scripts/record-test-commit.mjs')).toBeLessThan(script.indexOf('vitest run'));
  });

  it('finds requirement IDs anywhere in a test title, once each', () => {
    expect(requirementIdsIn(`[${R1}] [${R2}] and again ${R1}`)).toEqual([R1, R2]);
    expect(requirementIdsIn('no tag here')).toEqual([]);
  });

  it('the command line exits 0 on a consistent fixture and 1, naming the item, on a broken one', async () => {
    const good = await trace();
    const ok = spawnSync(process.execPath, [traceScript, '--root', good.root], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('trace: PASS');
    const bad = await trace((f) => {
      f.tests = [{ title: `[${R1}] checks the first` }];
    });
    const fail = spawnSync(process.execPath, [traceScript, '--root', bad.root], { encoding: 'utf8' });
    expect(fail.status).toBe(1);
    expect(fail.stderr).toContain(`[REQUIREMENT_UNTESTED] requirement ${R2}`);
  });
});

describe('trace check: SMT proofs (reports/proofs.json) count as verification', () => {
  const proofs = (theorems: Json[]): Record<string, string> => ({ [PATHS.proofs]: JSON.stringify({ solver: 'fixture', theorems }) });

  it('a proved theorem verifies the requirements it names, with no test; evidence says proved, both or tested', async () => {
    const { root, result } = await trace((f) => {
      f.tests = [{ title: `[${R1}] checks the first` }];
      f.sources = proofs([{ theorem: 'fixture-theorem', requirements: [R1, R2], status: 'proved', ms: 5 }]);
    });
    expect(result.problems).toEqual([]);
    expect(result.matrix.requirements.map((r) => [r.status, r.evidence])).toEqual([['verified', 'proved'], ['verified', 'proved']]);
    const md = await readFile(path.join(root, PATHS.traceMd), 'utf8');
    expect(md).toContain('1/1 theorems proved');
    expect(md).toContain('fixture-theorem (proved)');
  });

  it('without a proofs report the evidence is the tests and the report says the proofs did not run', async () => {
    const { root, result } = await trace();
    expect(result.matrix.requirements.map((r) => r.evidence)).toEqual(['tested', 'tested']);
    expect(await readFile(path.join(root, PATHS.traceMd), 'utf8')).toContain('not run here');
  });

  it('a theorem that is not proved, or names an unknown requirement, is a problem', async () => {
    const { result } = await trace((f) => {
      f.sources = proofs([
        { theorem: 'undecided', requirements: [R1], status: 'unknown', ms: 5 },
        { theorem: 'stray', requirements: ['REQ-FIX-099'], status: 'proved', ms: 5 },
      ]);
    });
    expect(rules(result)).toEqual(['PROOF_NOT_PROVED', 'PROOF_UNKNOWN_REQUIREMENT']);
    expect(result.matrix.requirements[0]?.status).toBe('failing');
  });
});
