// Renders the hazard log and the FMEA of the core from their JSON sources:
//
//   npm run render-hazards
//
// docs/hazard-analysis/hazards.json → docs/hazard-analysis/hazard-log.md
// docs/hazard-analysis/fmea.json    → docs/hazard-analysis/fmea.md
//
// The generated files are committed; `npm run trace` fails when they no
// longer match their sources.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdTable } from './lib/markdown.mjs';

const GENERATED = (source) => `<!-- Generated from ${source} by scripts/render-hazards.mjs (npm run render-hazards). Do not edit by hand. -->`;

/** The requirement IDs of a hazard: every ID its controls name, in order of first mention. */
export function requirementsOfHazard(h) {
  return [...new Set((h.controls ?? []).flatMap((c) => c.requirements ?? []))];
}

const controlText = (c) => `[${c.where}] ${c.measure}${(c.requirements ?? []).length > 0 ? ` (${c.requirements.join(', ')})` : ''}`;

/** The hazard log as Markdown, in the shape of the FDA/UPenn Generic PCA hazard tables. */
export function renderHazardLog(doc) {
  const out = [GENERATED('hazards.json'), '', `# ${doc.title}`, '', doc.scope, ''];
  out.push('## Scales', '', 'Qualitative categories in the manner of ISO 14971; no numeric rates are claimed.', '');
  out.push('### Severity (least to most)', '', mdTable(['level', 'definition'], doc.scales.severity.map((s) => [s.level, s.definition])), '');
  out.push('### Probability (least to most likely)', '', mdTable(['level', 'definition'], doc.scales.probability.map((s) => [s.level, s.definition])), '');
  out.push('## Hazards', '');
  out.push('Risk controls say where they live: **engine** (this engine, with the requirement IDs that a test verifies), **device** (pump firmware or hardware, or the clinician programmer), **clinic** (the clinical process). The requirement IDs of a hazard are those of its controls.', '');
  out.push(mdTable(
    ['ID', 'Hazard', 'Cause', 'Harm', 'Severity', 'Probability before', 'Risk controls', 'Probability after', 'Requirement IDs'],
    doc.hazards.map((h) => [
      h.id, h.hazard, h.cause, h.harm, h.severity, h.probabilityBefore,
      (h.controls ?? []).map(controlText).join('\n'), h.probabilityAfter, requirementsOfHazard(h).join(', ') || '—',
    ]),
  ), '');
  const sourced = doc.hazards.filter((h) => (h.sources ?? []).length > 0);
  if (sourced.length > 0) {
    out.push('## Sources', '');
    for (const h of sourced) out.push(`- ${h.id}: ${h.sources.join('; ')}`);
    out.push('');
  }
  return out.join('\n');
}

/** The FMEA of the core as Markdown: one table row per failure mode. */
export function renderFmea(doc) {
  const out = [GENERATED('fmea.json'), '', `# ${doc.title}`, '', doc.scope, ''];
  out.push('Control kinds: **type** (the compiler refuses it), **codec** (the wire decoder refuses it), **property** (a fast-check or differential property), **check** (a run-time check that refuses or reports), **test** (an example-based unit test), **lint** (a lint rule), **review** (people).', '');
  out.push(mdTable(
    ['Export', 'Module', 'Failure mode', 'Effect', 'Hazards', 'Controls'],
    doc.rows.flatMap((row) => row.failureModes.map((m, i) => [
      i === 0 ? row.export : '',
      i === 0 ? row.module : '',
      m.mode,
      m.effect,
      (m.hazards ?? []).join(', ') || '—',
      m.controls.map((c) => `[${c.kind}] ${c.measure} (${c.requirements.join(', ')})`).join('\n'),
    ])),
  ), '');
  out.push('## Purpose of each export', '');
  for (const row of doc.rows) out.push(`- \`${row.export}\` (${row.module}): ${row.purpose}`);
  out.push('');
  return out.join('\n');
}

async function main() {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'hazard-analysis');
  const hazards = JSON.parse(await readFile(path.join(dir, 'hazards.json'), 'utf8'));
  const fmea = JSON.parse(await readFile(path.join(dir, 'fmea.json'), 'utf8'));
  await writeFile(path.join(dir, 'hazard-log.md'), renderHazardLog(hazards));
  await writeFile(path.join(dir, 'fmea.md'), renderFmea(fmea));
  console.log('render-hazards: wrote docs/hazard-analysis/hazard-log.md and docs/hazard-analysis/fmea.md');
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
