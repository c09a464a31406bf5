// Traceability check: hazards → requirements → tests that ran and passed, and
// every runtime export of the core → an FMEA row.
//
//   npm run trace            (after `npm test` has written reports/vitest.json and,
//                             before it, reports/vitest.meta.json: the commit tested;
//                             a report of another commit than HEAD is refused)
//   node scripts/trace.mjs [--root DIR] [--report FILE]
//
// Reads docs/hazard-analysis/{hazards,fmea}.json (validated against their
// schemas beside them), the requirement catalogue and the core's exports from
// the build (dist/esm/...; `npm ci` builds it), and the vitest JSON report.
// Writes reports/trace.md and reports/trace.json, and exits 1 naming every
// broken link. The functions are exported so that test/scripts/trace.test.ts
// can run them on fixtures.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateSchema } from './lib/schema.mjs';
import { mdCell } from './lib/markdown.mjs';
import { renderFmea, renderHazardLog } from './render-hazards.mjs';
import { headCommit, META_PATH } from './record-test-commit.mjs';

/** Where each input and output lives, relative to the project root. */
export const PATHS = Object.freeze({
  hazards: 'docs/hazard-analysis/hazards.json',
  hazardsSchema: 'docs/hazard-analysis/hazards.schema.json',
  hazardLog: 'docs/hazard-analysis/hazard-log.md',
  fmea: 'docs/hazard-analysis/fmea.json',
  fmeaSchema: 'docs/hazard-analysis/fmea.schema.json',
  fmeaLog: 'docs/hazard-analysis/fmea.md',
  catalogue: 'dist/esm/spec/requirements/catalogue.js',
  coreIndex: 'dist/esm/core/index.js',
  vitestReport: 'reports/vitest.json',
  // the commit the tests ran on (scripts/record-test-commit.mjs, run by npm test before vitest)
  vitestMeta: META_PATH,
  proofs: 'reports/proofs.json',
  traceMd: 'reports/trace.md',
  traceJson: 'reports/trace.json',
});

/** A well-formed requirement ID. */
export const REQUIREMENT_ID = /^REQ-[A-Z]+-[0-9]{3}$/;
/** A retired requirement keeps its entry, its title starting "Retired": it needs no test, and nothing may name it. */
export const isRetired = (r) => typeof r?.title === 'string' && /^\s*retired\b/i.test(r.title);
/** Anything in a test title that looks like a requirement ID (malformed ones too, so typos are caught). */
const ID_IN_TITLE = /\bREQ-[A-Za-z]+-[0-9]+\b/g;

/** The requirement IDs a test title names, in order, without repeats. */
export function requirementIdsIn(title) {
  return [...new Set(title.match(ID_IN_TITLE) ?? [])];
}

async function readText(file) {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if (e?.code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Reads every input of the check from `root`. Missing or unreadable inputs
 * are returned as problems (with what to run), never thrown.
 * @param {string} root project root
 * @param {{ report?: string }} [options] vitest JSON report path (relative to root)
 */
export async function loadInputs(root, options = {}) {
  const problems = [];
  const missing = (file, hint) => problems.push({ rule: 'MISSING_INPUT', item: file, message: `${file} is missing: ${hint}` });
  const json = async (rel, hint) => {
    const text = await readText(path.join(root, rel));
    if (text === undefined) {
      missing(rel, hint);
      return undefined;
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      problems.push({ rule: 'INVALID_JSON', item: rel, message: `${rel} is not valid JSON: ${e.message}` });
      return undefined;
    }
  };
  const module = async (rel, hint) => {
    const file = path.join(root, rel);
    if ((await readText(file)) === undefined) {
      missing(rel, hint);
      return undefined;
    }
    try {
      return await import(pathToFileURL(file).href);
    } catch (e) {
      problems.push({ rule: 'MISSING_INPUT', item: rel, message: `${rel} could not be loaded (${e.message}): ${hint}` });
      return undefined;
    }
  };
  const reportPath = options.report ?? PATHS.vitestReport;
  const build = 'run `npm run build` (npm ci runs it)';
  const catalogue = await module(PATHS.catalogue, build);
  const core = await module(PATHS.coreIndex, build);
  const inputs = {
    hazards: await json(PATHS.hazards, 'the hazard log is required'),
    hazardsSchema: await json(PATHS.hazardsSchema, 'the hazard log schema is required'),
    fmea: await json(PATHS.fmea, 'the FMEA of the core is required'),
    fmeaSchema: await json(PATHS.fmeaSchema, 'the FMEA schema is required'),
    requirements: catalogue?.REQUIREMENTS,
    coreExports: core === undefined ? undefined : Object.keys(core).sort(),
    vitest: await json(reportPath, 'run `npm test` first (it writes the vitest JSON report)'),
    vitestMeta: await json(reportPath.replace(/\.json$/, '') + '.meta.json', 'run `npm test` (it records the commit the tests ran on, then runs them)'),
    head: headCommit(root),
    // optional: the SMT proofs (`npm run prove` writes it); absent, requirements rest on their tests alone
    proofs: (await readText(path.join(root, PATHS.proofs))) === undefined ? undefined : await json(PATHS.proofs, 'run `npm run prove`'),
    rendered: {
      hazardLog: await readText(path.join(root, PATHS.hazardLog)),
      fmea: await readText(path.join(root, PATHS.fmeaLog)),
    },
    root,
  };
  inputs.sourceCitations = await sourceCitations(root);
  if (catalogue !== undefined && !Array.isArray(inputs.requirements)) {
    problems.push({ rule: 'MISSING_INPUT', item: PATHS.catalogue, message: `${PATHS.catalogue} does not export REQUIREMENTS as an array` });
    inputs.requirements = undefined;
  }
  return { inputs, problems };
}

/**
 * Every requirement ID the TSDoc `Implements` lines of the sources cite
 * (core/, spec/, adapters/; tests excluded): `[{ file, id }]`.
 * @param {string} root
 */
export async function sourceCitations(root) {
  const out = [];
  const walk = async (dir) => {
    let entries = [];
    try {
      entries = await readdir(path.join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) await walk(rel);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) {
        const text = (await readText(path.join(root, rel))) ?? '';
        for (const line of text.split('\n')) {
          if (!/\bImplements\b/.test(line)) continue;
          for (const m of line.matchAll(/REQ-[A-Z]+-[0-9]+/g)) out.push({ file: rel.split(path.sep).join('/'), id: m[0] });
        }
      }
    }
  };
  for (const dir of ['core', 'spec', 'adapters']) await walk(dir);
  return out;
}

/** Every test of a vitest JSON report: file (relative to root), full name, status, requirement IDs. */
export function testsOf(report, root) {
  const files = Array.isArray(report?.testResults) ? report.testResults : [];
  return files.flatMap((f) => {
    const file = typeof f.name === 'string' ? path.relative(root, f.name).split(path.sep).join('/') : '?';
    return (f.assertionResults ?? []).map((a) => {
      const name = [...(a.ancestorTitles ?? []), a.title].join(' > ');
      return { file, name, status: a.status, requirements: requirementIdsIn(name) };
    });
  });
}

/** Reports each schema violation of `doc` through `fail`; returns how many there were. */
function schemaErrors(schema, doc, file, fail) {
  const errors = validateSchema(schema, doc);
  for (const e of errors) fail('SCHEMA', `${file}:${e.path}`, `${file} at "${e.path === '' ? '(root)' : e.path}": ${e.message}`);
  return errors.length;
}

/**
 * The check itself, pure: inputs in, problems and the trace matrix out.
 * @returns {{ ok: boolean, problems: { rule: string, item: string, message: string }[], matrix: object }}
 */
export function checkTrace(inputs, loadProblems = []) {
  const problems = [...loadProblems];
  const fail = (rule, item, message) => problems.push({ rule, item, message });
  const root = inputs.root ?? '.';

  // --- the requirement catalogue ---
  const requirements = inputs.requirements ?? [];
  const reqById = new Map();
  for (const r of requirements) {
    const id = typeof r?.id === 'string' ? r.id : String(r?.id);
    if (!REQUIREMENT_ID.test(id)) fail('CATALOGUE_INVALID', id, `requirement ID "${id}" is not REQ-<AREA>-<NNN>`);
    for (const field of ['title', 'demands', 'verifiedBy']) {
      if (typeof r?.[field] !== 'string' || r[field].trim() === '') fail('CATALOGUE_INVALID', id, `${id} has no ${field}`);
    }
    if (!['model', 'platform', 'not-formalisable'].includes(r?.kind)) fail('CATALOGUE_INVALID', id, `${id} has kind "${r?.kind}", not model / platform / not-formalisable`);
    if (reqById.has(id)) fail('DUPLICATE_ID', id, `requirement ${id} appears twice in the catalogue`);
    reqById.set(id, r);
  }
  const known = (id) => inputs.requirements === undefined || reqById.has(id);
  const retiredRef = (id, item, what) => {
    if (isRetired(reqById.get(id))) fail('RETIRED_REQUIREMENT', item, `${what} names ${id}, which is retired (${reqById.get(id).title}): name its successor`);
  };

  // --- requirement IDs cited by the sources' TSDoc ---
  for (const c of inputs.sourceCitations ?? []) {
    if (!known(c.id)) fail('SOURCE_CITES_UNKNOWN', c.file, `${c.file} says it implements ${c.id}, which is not in the catalogue`);
    else retiredRef(c.id, c.file, c.file);
  }

  // --- the hazard log ---
  const hazardDoc = inputs.hazards;
  const hazards = Array.isArray(hazardDoc?.hazards) ? hazardDoc.hazards : [];
  const hazardsValid = hazardDoc !== undefined && inputs.hazardsSchema !== undefined && schemaErrors(inputs.hazardsSchema, hazardDoc, PATHS.hazards, fail) === 0;
  const levels = (scale) => (Array.isArray(scale) ? scale.map((s) => s?.level) : []);
  const severities = levels(hazardDoc?.scales?.severity);
  const probabilities = levels(hazardDoc?.scales?.probability);
  const hazardIds = new Set();
  const hazardsOfReq = new Map();
  for (const h of hazards) {
    const id = String(h?.id);
    if (hazardIds.has(id)) fail('DUPLICATE_ID', id, `hazard ${id} appears twice in the hazard log`);
    hazardIds.add(id);
    if (!severities.includes(h?.severity)) fail('HAZARD_INVALID', id, `${id}: severity "${h?.severity}" is not a level of the severity scale (${severities.join(', ')})`);
    for (const p of ['probabilityBefore', 'probabilityAfter']) {
      if (!probabilities.includes(h?.[p])) fail('HAZARD_INVALID', id, `${id}: ${p} "${h?.[p]}" is not a level of the probability scale (${probabilities.join(', ')})`);
    }
    if (probabilities.indexOf(h?.probabilityAfter) > probabilities.indexOf(h?.probabilityBefore)) {
      fail('HAZARD_INVALID', id, `${id}: probability after control (${h.probabilityAfter}) is above the probability before (${h.probabilityBefore})`);
    }
    const controls = Array.isArray(h?.controls) ? h.controls : [];
    if (controls.length === 0) fail('HAZARD_NO_CONTROL', id, `${id} (${h?.hazard}) has no risk control`);
    controls.forEach((c, i) => {
      const reqs = Array.isArray(c?.requirements) ? c.requirements : [];
      if (c?.where === 'engine' && reqs.length === 0) {
        fail('ENGINE_CONTROL_NO_REQUIREMENT', `${id}.controls[${i}]`, `${id}: engine control "${c?.measure}" names no requirement ID`);
      }
      for (const r of reqs) {
        if (!known(r)) fail('UNKNOWN_REQUIREMENT', `${id}.controls[${i}]`, `${id}: control "${c?.measure}" names ${r}, which is not in the requirement catalogue`);
        retiredRef(r, `${id}.controls[${i}]`, `${id}: control "${c?.measure}"`);
        if (!hazardsOfReq.has(r)) hazardsOfReq.set(r, new Set());
        hazardsOfReq.get(r).add(id);
      }
    });
  }

  // --- the FMEA of the core ---
  const fmeaDoc = inputs.fmea;
  const rows = Array.isArray(fmeaDoc?.rows) ? fmeaDoc.rows : [];
  const fmeaValid = fmeaDoc !== undefined && inputs.fmeaSchema !== undefined && schemaErrors(inputs.fmeaSchema, fmeaDoc, PATHS.fmea, fail) === 0;
  const rowByExport = new Map();
  const fmeaOfReq = new Map();
  for (const row of rows) {
    const name = String(row?.export);
    if (rowByExport.has(name)) fail('DUPLICATE_ID', name, `the FMEA has two rows for ${name}`);
    rowByExport.set(name, row);
    const modes = Array.isArray(row?.failureModes) ? row.failureModes : [];
    if (modes.length === 0) fail('FMEA_NO_FAILURE_MODE', name, `FMEA row ${name} lists no failure mode`);
    modes.forEach((m, i) => {
      const item = `${name}.failureModes[${i}]`;
      for (const hz of m?.hazards ?? []) {
        if (!hazardIds.has(hz)) fail('UNKNOWN_HAZARD', item, `FMEA ${name}: failure mode "${m?.mode}" names ${hz}, which is not in the hazard log`);
      }
      const controls = Array.isArray(m?.controls) ? m.controls : [];
      if (controls.length === 0) fail('FMEA_MODE_NO_CONTROL', item, `FMEA ${name}: failure mode "${m?.mode}" has no control`);
      for (const c of controls) {
        const reqs = Array.isArray(c?.requirements) ? c.requirements : [];
        if (reqs.length === 0) fail('FMEA_CONTROL_NO_REQUIREMENT', item, `FMEA ${name}: control "${c?.measure}" names no requirement ID`);
        for (const r of reqs) {
          if (!known(r)) fail('UNKNOWN_REQUIREMENT', item, `FMEA ${name}: control "${c?.measure}" names ${r}, which is not in the requirement catalogue`);
          retiredRef(r, item, `FMEA ${name}: control "${c?.measure}"`);
          if (!fmeaOfReq.has(r)) fmeaOfReq.set(r, new Set());
          fmeaOfReq.get(r).add(name);
        }
      }
    });
  }
  if (inputs.coreExports !== undefined) {
    for (const name of inputs.coreExports) {
      if (!rowByExport.has(name)) fail('EXPORT_NO_FMEA', name, `core/index.ts exports ${name}, which has no row in ${PATHS.fmea}`);
    }
    for (const name of rowByExport.keys()) {
      if (!inputs.coreExports.includes(name)) fail('FMEA_UNKNOWN_EXPORT', name, `${PATHS.fmea} has a row for ${name}, which core/index.ts does not export`);
    }
  }

  // --- the rendered documents are up to date (judged only on valid sources) ---
  if (hazardsValid && inputs.rendered?.hazardLog !== renderHazardLog(hazardDoc)) {
    fail('RENDER_STALE', PATHS.hazardLog, `${PATHS.hazardLog} does not match ${PATHS.hazards}: run \`npm run render-hazards\` and commit the result`);
  }
  if (fmeaValid && inputs.rendered?.fmea !== renderFmea(fmeaDoc)) {
    fail('RENDER_STALE', PATHS.fmeaLog, `${PATHS.fmeaLog} does not match ${PATHS.fmea}: run \`npm run render-hazards\` and commit the result`);
  }

  // --- the report is of this commit (REQ-TRACE-001) ---
  const meta = inputs.vitestMeta;
  if (inputs.vitest !== undefined && meta !== undefined) {
    const report = PATHS.vitestReport;
    if (typeof meta?.commit !== 'string') {
      fail('REPORT_COMMIT_UNKNOWN', report, `${report} records no commit (tests run outside a git checkout): run \`npm test\` in a git checkout`);
    } else if (inputs.head === undefined) {
      fail('REPORT_COMMIT_UNKNOWN', report, `${report} is of commit ${meta.commit}, but ${root} is not a git checkout with a HEAD to compare it with`);
    } else if (meta.commit !== inputs.head) {
      fail('REPORT_OF_OTHER_COMMIT', report, `${report} is the report of commit ${meta.commit}, not of HEAD ${inputs.head}: run \`npm test\` on this commit`);
    }
    if (typeof meta?.recordedAt === 'number' && typeof inputs.vitest?.startTime === 'number' && inputs.vitest.startTime < meta.recordedAt) {
      fail('REPORT_OF_OTHER_COMMIT', report, `${report} started before its commit was recorded (${new Date(meta.recordedAt).toISOString()}): it is of an earlier run; run \`npm test\``);
    }
  }

  // --- tests ---
  const tests = inputs.vitest === undefined ? [] : testsOf(inputs.vitest, root);
  for (const f of inputs.vitest?.testResults ?? []) {
    if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) {
      const file = path.relative(root, String(f.name)).split(path.sep).join('/');
      fail('TEST_FILE_FAILED', file, `test file ${file} failed before its tests ran: ${String(f.message ?? '').split('\n')[0]}`);
    }
  }
  const testsOfReq = new Map();
  for (const t of tests) {
    for (const id of t.requirements) {
      if (!reqById.has(id) && inputs.requirements !== undefined) {
        fail('TEST_UNKNOWN_REQUIREMENT', `${t.file} > ${t.name}`, `test "${t.name}" (${t.file}) names ${id}, which is not in the requirement catalogue`);
        continue;
      }
      retiredRef(id, `${t.file} > ${t.name}`, `test "${t.name}" (${t.file})`);
      if (t.status !== 'passed') {
        fail('TEST_NOT_PASSED', `${t.file} > ${t.name}`, `test "${t.name}" (${t.file}) for ${id} did not pass: ${t.status}`);
      }
      if (!testsOfReq.has(id)) testsOfReq.set(id, []);
      testsOfReq.get(id).push(t);
    }
  }
  // --- proofs (reports/proofs.json, npm run prove): a proved theorem verifies the requirements it names ---
  const proofsOfReq = new Map();
  const theorems = Array.isArray(inputs.proofs?.theorems) ? inputs.proofs.theorems : [];
  for (const th of theorems) {
    const name = String(th?.theorem);
    for (const id of Array.isArray(th?.requirements) ? th.requirements : []) {
      if (!reqById.has(id) && inputs.requirements !== undefined) {
        fail('PROOF_UNKNOWN_REQUIREMENT', name, `theorem ${name} names ${id}, which is not in the requirement catalogue`);
        continue;
      }
      retiredRef(id, name, `theorem ${name}`);
      if (th?.status !== 'proved') fail('PROOF_NOT_PROVED', name, `theorem ${name} for ${id} is ${th?.status}, not proved`);
      if (!proofsOfReq.has(id)) proofsOfReq.set(id, []);
      proofsOfReq.get(id).push({ theorem: name, status: th?.status, ms: th?.ms });
    }
  }
  if (inputs.vitest !== undefined) {
    for (const id of reqById.keys()) {
      if (!testsOfReq.has(id) && !proofsOfReq.has(id) && !isRetired(reqById.get(id))) fail('REQUIREMENT_UNTESTED', id, `requirement ${id} (${reqById.get(id).title}) has no test naming it`);
    }
  }

  // --- the matrix ---
  const statusOfReq = (id) => {
    if (!reqById.has(id)) return 'unknown';
    if (isRetired(reqById.get(id))) return 'retired';
    const ts = testsOfReq.get(id) ?? [];
    const ps = proofsOfReq.get(id) ?? [];
    if (ts.length === 0 && ps.length === 0) return 'untested';
    return ts.every((t) => t.status === 'passed') && ps.every((p) => p.status === 'proved') ? 'verified' : 'failing';
  };
  /** How a requirement is verified: proved (a theorem), property-tested (a passing test under properties/), both, tested (other tests only), none. */
  const evidenceOf = (id) => {
    const proved = (proofsOfReq.get(id) ?? []).some((p) => p.status === 'proved');
    const property = (testsOfReq.get(id) ?? []).some((t) => t.status === 'passed' && t.file.startsWith('properties/'));
    if (proved && property) return 'both';
    if (proved) return 'proved';
    if (property) return 'property-tested';
    return (testsOfReq.get(id) ?? []).some((t) => t.status === 'passed') ? 'tested' : 'none';
  };
  const reqEntry = (id) => ({
    id,
    title: reqById.get(id)?.title ?? null,
    kind: reqById.get(id)?.kind ?? null,
    status: statusOfReq(id),
    evidence: evidenceOf(id),
    tests: (testsOfReq.get(id) ?? []).map(({ file, name, status }) => ({ file, name, status })),
    proofs: proofsOfReq.get(id) ?? [],
  });
  const matrixHazards = hazards.map((h) => {
    const controls = Array.isArray(h?.controls) ? h.controls : [];
    const reqIds = [...new Set(controls.flatMap((c) => (Array.isArray(c?.requirements) ? c.requirements : [])))];
    const reqs = reqIds.map(reqEntry);
    const controlled = controls.length > 0 && controls.every((c) => c?.where !== 'engine' || (c.requirements ?? []).length > 0);
    return {
      id: h?.id,
      hazard: h?.hazard,
      severity: h?.severity,
      probabilityBefore: h?.probabilityBefore,
      probabilityAfter: h?.probabilityAfter,
      controls: controls.map((c) => ({ where: c?.where, measure: c?.measure, requirements: c?.requirements ?? [] })),
      requirements: reqs,
      status: controlled && reqs.every((r) => r.status === 'verified') ? 'traced' : 'open',
    };
  });
  const matrix = {
    hazards: matrixHazards,
    requirements: [...reqById.keys()].map((id) => ({
      ...reqEntry(id),
      verifiedBy: reqById.get(id).verifiedBy,
      hazards: [...(hazardsOfReq.get(id) ?? [])].sort(),
      fmea: [...(fmeaOfReq.get(id) ?? [])].sort(),
    })),
    fmea: (inputs.coreExports ?? [...rowByExport.keys()]).map((name) => ({
      export: name,
      failureModes: (rowByExport.get(name)?.failureModes ?? []).length,
      requirements: [...new Set((rowByExport.get(name)?.failureModes ?? []).flatMap((m) => (m.controls ?? []).flatMap((c) => c.requirements ?? [])))].sort(),
    })),
    tests: {
      total: tests.length,
      passed: tests.filter((t) => t.status === 'passed').length,
      naming: tests.filter((t) => t.requirements.length > 0).length,
      reportStartTime: typeof inputs.vitest?.startTime === 'number' ? new Date(inputs.vitest.startTime).toISOString() : null,
      commit: typeof inputs.vitestMeta?.commit === 'string' ? inputs.vitestMeta.commit : null,
      clean: inputs.vitestMeta?.clean === true,
    },
    proofs: { ran: inputs.proofs !== undefined, theorems: theorems.length, proved: theorems.filter((t) => t?.status === 'proved').length },
  };
  return { ok: problems.length === 0, problems, matrix };
}

const STATUS_MARK = { verified: 'verified', untested: '**untested**', failing: '**failing**', unknown: '**unknown ID**', retired: 'retired' };

/** The human-readable trace report. */
export function renderTraceMarkdown(result) {
  const { ok, problems, matrix } = result;
  const out = [];
  out.push('# Traceability: hazards → requirements → tests', '');
  out.push(`Result: **${ok ? 'PASS' : 'FAIL'}** (${problems.length} problem${problems.length === 1 ? '' : 's'}).`);
  out.push(`Tests in the report: ${matrix.tests.total}, passed ${matrix.tests.passed}, naming a requirement ${matrix.tests.naming}; report started ${matrix.tests.reportStartTime ?? 'n/a'}, of commit ${matrix.tests.commit ?? 'n/a'}${matrix.tests.clean ? '' : ' (work tree not clean)'}.`, '');
  if (problems.length > 0) {
    out.push('## Problems', '', '| rule | item | message |', '|---|---|---|');
    for (const p of problems) out.push(`| ${mdCell(p.rule)} | ${mdCell(p.item)} | ${mdCell(p.message)} |`);
    out.push('');
  }
  out.push('## Hazards', '', '| hazard | severity | probability before → after | controls (engine / device / clinic) | requirements | status |', '|---|---|---|---|---|---|');
  for (const h of matrix.hazards) {
    const count = (w) => h.controls.filter((c) => c.where === w).length;
    const reqs = h.requirements.map((r) => `${r.id} (${r.status})`).join(', ') || '—';
    out.push(`| ${mdCell(`${h.id} ${h.hazard}`)} | ${mdCell(h.severity)} | ${mdCell(`${h.probabilityBefore} → ${h.probabilityAfter}`)} | ${count('engine')} / ${count('device')} / ${count('clinic')} | ${mdCell(reqs)} | ${h.status} |`);
  }
  const proofs = matrix.proofs ?? { ran: false, theorems: 0, proved: 0 };
  out.push(`Proofs (reports/proofs.json): ${proofs.ran ? `${proofs.proved}/${proofs.theorems} theorems proved` : 'not run here (`npm run prove`)'}.`);
  out.push('', '## Requirements', '', '| requirement | kind | title | hazards | FMEA | tests (passed/total) | proofs | evidence | status |', '|---|---|---|---|---|---|---|---|---|');
  for (const r of matrix.requirements) {
    const passed = r.tests.filter((t) => t.status === 'passed').length;
    const ps = r.proofs ?? [];
    out.push(`| ${r.id} | ${mdCell(r.kind)} | ${mdCell(r.title)} | ${mdCell(r.hazards.join(', ') || '—')} | ${mdCell(r.fmea.join(', ') || '—')} | ${passed}/${r.tests.length} | ${mdCell(ps.map((p) => `${p.theorem} (${p.status})`).join(', ') || '—')} | ${r.evidence ?? '—'} | ${STATUS_MARK[r.status]} |`);
  }
  out.push('', '## Tests per requirement', '');
  for (const r of matrix.requirements) {
    out.push(`- **${r.id}**${r.tests.length === 0 ? ': none' : ''}`);
    for (const t of r.tests) out.push(`  - ${t.status}: ${mdCell(t.name)} (\`${t.file}\`)`);
  }
  out.push('', '## FMEA coverage of the core exports', '', '| export | failure modes | requirements |', '|---|---|---|');
  for (const f of matrix.fmea) out.push(`| ${mdCell(f.export)} | ${f.failureModes} | ${mdCell(f.requirements.join(', ') || '—')} |`);
  out.push('');
  return out.join('\n');
}

/**
 * Loads, checks, writes reports/trace.md and reports/trace.json under `root`,
 * and returns the result.
 */
export async function runTrace(root, options = {}) {
  const { inputs, problems } = await loadInputs(root, options);
  const result = checkTrace(inputs, problems);
  await mkdir(path.join(root, 'reports'), { recursive: true });
  await writeFile(path.join(root, PATHS.traceJson), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(path.join(root, PATHS.traceMd), renderTraceMarkdown(result));
  return result;
}

async function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = path.resolve(arg('--root') ?? process.cwd());
  const report = arg('--report');
  const result = await runTrace(root, report === undefined ? {} : { report });
  const m = result.matrix;
  const verified = m.requirements.filter((r) => r.status === 'verified').length;
  const traced = m.hazards.filter((h) => h.status === 'traced').length;
  console.log(`trace: ${m.hazards.length} hazards (${traced} fully traced), ${m.requirements.length} requirements (${verified} verified by passing tests), ${m.fmea.length} core exports; report in ${PATHS.traceMd}`);
  if (!result.ok) {
    console.error(`trace: FAIL, ${result.problems.length} problem(s):`);
    for (const p of result.problems) console.error(`  [${p.rule}] ${p.message}`);
    return 1;
  }
  console.log('trace: PASS');
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
