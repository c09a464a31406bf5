import type { DrugEntry } from '../../../../core/index.js';
import { runCommand, type EngineAnswer } from '../engine.js';
import { arr, entries, str } from '../_internals/json.js';
import { checkConcentration } from '../entry/checkConcentration.js';
import type { EntryProblem } from '../entry/EntryProblem.js';
import { tipDoseChart } from '../charts/tipDoseChart.js';
import { h, numberField, selectField } from './dom.js';
import type { FormRead } from './prescriptionForm.js';
import { refusal } from './readback.js';

/**
 * The refill assistant: the residual check (the engine's `refill-check`,
 * with its pocket-fill warning), then the new fill from the prescription
 * form and, when the drug or the concentration changes, the engine's
 * `bridge`: the bridge program, the tip dose over the transition charted, and
 * the overdose or underdose an unbridged refill would give.
 *
 * Implements REQ-APP-010.
 * @since 0.1.0
 */
export function refillAssistant(drugs: readonly DrugEntry[], form: { read: () => FormRead; pumpRequest: () => FormRead }, place: (problems: readonly EntryProblem[], errors: readonly unknown[]) => void): HTMLElement {
  const expected = numberField('expectedResidual', 'Expected residual volume', 'volume', ['mL']);
  const measured = numberField('measuredResidual', 'Measured (withdrawn) residual volume', 'volume', ['mL']);
  const residualOut = h('div', { id: 'residual-out', 'aria-live': 'polite' });
  const checkBtn = h('button', { type: 'button', id: 'check-residual' }, 'Check the residual');
  checkBtn.addEventListener('click', () => {
    const pump = form.pumpRequest();
    const problems = [...pump.problems];
    const e = expected.read();
    const m = measured.read();
    if (!e.ok) problems.push(e.problem);
    if (!m.ok) problems.push(m.problem);
    residualOut.replaceChildren();
    if (problems.length > 0 || !e.ok || !m.ok) { place(problems, []); return; }
    const a = runCommand('refill-check', { pump: pump.request['pump'], expectedResidual: e.wire, measuredResidual: m.wire });
    place([], arr(a.body, 'errors'));
    if (a.exitCode !== 0) { residualOut.append(refusal(arr(a.body, 'errors'))); return; }
    const flagged = str(a.body, 'flag') === 'true';
    residualOut.append(h('p', { class: flagged ? 'refused' : 'ok', role: flagged ? 'alert' : 'status' },
      flagged ? `DISCREPANCY ${str(a.body, 'discrepancy')} (threshold ${str(a.body, 'threshold')}, ${str(a.body, 'source')}): measured ${str(a.body, 'measuredVsExpected')} than expected. Stop and check for a pocket fill before refilling.`
        : `Residual within ${str(a.body, 'threshold')} of the expected (discrepancy ${str(a.body, 'discrepancy')}).`),
      ...arr(a.body, 'warnings').map((w) => h('p', { class: 'warning' }, `${str(w, 'code')}: ${str(w, 'message')}`)));
  });

  const oldDrug = selectField('old.drugs.0.drug', 'Old fluid: drug', [['', '— choose —'], ...drugs.map((d) => [d.name, d.name] as const)]);
  const oldConc = numberField('old.drugs.0.concentration', 'Old fluid: concentration', 'concentration', ['mg/mL', 'mcg/mL']);
  const oldRate = numberField('old.rate', 'Old program flow', 'flow', ['mL/day']);
  const catheter = numberField('catheter.volume', 'Catheter volume (tip to pump)', 'volume', ['mL']);
  const bridgeOut = h('div', { id: 'bridge-out', 'aria-live': 'polite' });
  const bridgeBtn = h('button', { type: 'button', id: 'plan-bridge' }, 'Plan the refill (bridge)');
  bridgeBtn.addEventListener('click', () => {
    const rx = form.read();
    const problems: EntryProblem[] = [...rx.problems];
    const read = (f: typeof oldConc): string | undefined => { const r = f.read(); if (!r.ok) { problems.push(r.problem); return undefined; } return r.wire; };
    const conc = read(oldConc);
    const rate = read(oldRate);
    const cath = read(catheter);
    const entry = drugs.find((d) => d.name === oldDrug.select.value);
    if (conc !== undefined && entry !== undefined) {
      const v = checkConcentration(entry.name, entry.products, conc, oldConc.path);
      if (v.kind === 'confused') problems.push(v.problem);
    }
    bridgeOut.replaceChildren();
    if (problems.length > 0) { place(problems, []); bridgeOut.append(h('p', { class: 'refused', role: 'alert' }, `Not calculated: ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} to correct (shown at the fields).`)); return; }
    const q = rx.request;
    const reservoir = q['reservoir'] as { fill?: string; filledAt?: string; drugs?: unknown };
    const req = {
      pump: q['pump'],
      catheter: { volume: cath },
      old: { drugs: [{ drug: oldDrug.select.value, concentration: conc }], rate },
      new: { drugs: reservoir.drugs, therapy: q['therapy'], ...(reservoir.fill === undefined ? {} : { fill: reservoir.fill }), ...(reservoir.filledAt === undefined || reservoir.filledAt === '' ? {} : { filledAt: reservoir.filledAt }) },
      ...(q['limits'] === undefined ? {} : { limits: q['limits'] }),
      ...(q['overrides'] === undefined ? {} : { overrides: q['overrides'] }),
    };
    const a: EngineAnswer = runCommand('bridge', req);
    place([], arr(a.body, 'errors'));
    if (a.exitCode !== 0) { bridgeOut.append(refusal(arr(a.body, 'errors'))); return; }
    const b = a.body;
    const over = str(b, 'overdoseWithoutBridge') === 'true';
    const under = str(b, 'underdoseWithoutBridge') === 'true';
    const steps = arr(b, 'program.steps');
    bridgeOut.append(h('section', { id: 'bridge', 'aria-labelledby': 'bridge-h' },
      h('h3', { id: 'bridge-h' }, steps.length === 0 ? 'No bridge needed: the old and new fluids are the same' : `Bridge: program ${str(b, 'bridge.rate')} of the OLD fluid until ${str(b, 'bridge.until')}, then the new program`),
      over || under ? h('p', { class: 'refused', role: 'alert' }, `Without the bridge: ${over ? 'OVERDOSE' : ''}${over && under ? ' and ' : ''}${under ? 'UNDERDOSE' : ''} at the catheter tip.`) : '',
      h('p', {}, `Dead volume ${str(b, 'deadVolume')} (catheter ${str(b, 'catheterVolume')}, pump ${str(b, 'internalVolume')}); old fluid out after ${str(b, 'bridge.oldFluidOutAfter')}; basis: ${str(b, 'bridge.basis')}; switch rounded ${str(b, 'bridge.switchRounded')}.`),
      h('table', {}, h('caption', {}, 'Tip dose in any 24 h'), h('thead', {}, h('tr', {}, ...['drug', 'prescribed range', 'with the bridge: worst / least', 'without it: worst / least'].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, ...entries(b, 'tipDoses').map(([drug, t]) => h('tr', {}, h('td', {}, drug), h('td', {}, `${str(b, `prescribedRange.${drug}.lower`)} to ${str(b, `prescribedRange.${drug}.upper`)}`),
          h('td', {}, `${str(t, 'worst24h')} / ${str(t, 'least24h')}`), h('td', {}, `${str(b, `withoutBridge.${drug}.worst24h`)} / ${str(b, `withoutBridge.${drug}.least24h`)}`))))),
      h('div', { class: 'charts' }, ...entries(b, 'tipDoses').map(([drug]) => { const svg = tipDoseChart(b, rate ?? '', drug); return h('figure', {}, svg, h('figcaption', {}, svg.querySelector('desc')?.textContent ?? '')); })),
      ...arr(b, 'warnings').map((w) => h('p', { class: 'warning' }, `${str(w, 'code')} at ${str(w, 'path')}: ${str(w, 'message')}`))));
  });
  const section = h('section', { id: 'refill', 'aria-labelledby': 'refill-h' },
    h('h2', { id: 'refill-h' }, 'Refill assistant'),
    h('fieldset', {}, h('legend', {}, 'Residual check (before the new fill)'), expected.root, measured.root, checkBtn, residualOut),
    h('fieldset', {}, h('legend', {}, 'Old fluid and catheter (the new fill and therapy are the prescription above)'), oldDrug.root, oldConc.root, oldRate.root, catheter.root, bridgeBtn, bridgeOut));
  return section;
}
