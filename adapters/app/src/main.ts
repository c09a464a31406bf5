import { DRUG_LIBRARY } from '../../../core/index.js';
import { runCommand, type Json } from './engine.js';
import { arr, str } from './_internals/json.js';
import { h } from './view/dom.js';
import { placeErrors } from './view/placeErrors.js';
import { prescriptionForm } from './view/prescriptionForm.js';
import { readback } from './view/readback.js';
import { refillAssistant } from './view/refillAssistant.js';

// The page: the prescription form, the read-back of the engine's answer, the
// program now on the pump (kept from an earlier read-back or loaded from a
// saved file), the verification sheet and the refill assistant. Every figure
// shown comes from the engine, run in this page (adapters/app/src/engine.ts).

const LIBRARY = Object.values(DRUG_LIBRARY);
const main = document.getElementById('main');
if (main !== null) {
  const pumps = runCommand('pumps', undefined).body;
  const summary = h('div', { id: 'problems', role: 'alert', class: 'problems' });
  const form = prescriptionForm(LIBRARY, pumps);
  const out = h('div', { id: 'out' });
  let current: Json | undefined;
  let last: Json | undefined;
  let fill = '';
  const place = (problems: Parameters<typeof placeErrors>[2], errors: readonly unknown[]): void => placeErrors(main, summary, problems, errors as Json[]);
  const compileBtn = h('button', { type: 'submit', id: 'compile', form: 'prescription' }, 'Calculate and read back');
  const render = (): void => {
    const rx = form.read();
    out.replaceChildren();
    last = undefined;
    if (rx.problems.length > 0) {
      place(rx.problems, []);
      out.append(h('p', { class: 'refused', role: 'status' }, 'Not calculated: correct the entries marked above first.'));
      return;
    }
    const answer = runCommand('compile', rx.request);
    place([], arr(answer.body, 'errors'));
    fill = String((rx.request['reservoir'] as { fill?: string }).fill ?? '');
    out.append(readback(answer, fill, current));
    if (answer.exitCode === 0) last = answer.body;
    const heading = out.querySelector<HTMLElement>('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  };
  form.root.addEventListener('submit', (e) => { e.preventDefault(); render(); });

  const keep = h('button', { type: 'button', id: 'keep-current' }, 'Mark this read-back as the program now on the pump');
  keep.addEventListener('click', () => { if (last !== undefined) { current = last; status.textContent = 'Kept as the program now on the pump; change the prescription and calculate again to compare.'; } });
  const save = h('button', { type: 'button', id: 'save' }, 'Save this read-back (file)');
  save.addEventListener('click', () => {
    if (last === undefined) return;
    const a = h('a', { href: URL.createObjectURL(new Blob([JSON.stringify(last, null, 2)], { type: 'application/json' })), download: 'itdose-program.json' });
    a.click();
  });
  const load = h('input', { type: 'file', id: 'load-current', accept: 'application/json,.json' });
  load.addEventListener('change', () => {
    const file = load.files?.[0];
    if (file === undefined || file.size > 1_048_576) { status.textContent = 'Choose a saved read-back file (JSON, at most 1 MiB).'; return; }
    void file.text().then((t) => {
      try {
        const v = JSON.parse(t) as Json;
        if (str(v, 'ok') !== 'true' || arr(v, 'program.steps').length === 0) { status.textContent = 'That file is not a saved read-back of a compiled program.'; return; }
        current = v;
        status.textContent = 'Loaded as the program now on the pump.';
      } catch { status.textContent = 'That file is not JSON.'; }
    });
  });
  const print = h('button', { type: 'button', id: 'print' }, 'Print the verification sheet');
  print.addEventListener('click', () => window.print());
  const status = h('p', { id: 'status', role: 'status' });
  const actions = h('div', { class: 'actions' }, compileBtn, keep, save, h('label', { for: 'load-current' }, 'Load the program now on the pump (saved read-back)'), load, print, status);
  const tabs = h('nav', { 'aria-label': 'Sections' }, h('a', { href: '#prescription' }, 'Prescription'), ' · ', h('a', { href: '#out' }, 'Read-back'), ' · ', h('a', { href: '#refill' }, 'Refill assistant'));
  main.append(tabs, summary, form.root, actions, out, refillAssistant(LIBRARY, form, place));
}
