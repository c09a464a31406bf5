import type { EngineAnswer, Json } from '../engine.js';
import { arr, entries, str } from '../_internals/json.js';
import { dayCharts } from '../charts/dayChart.js';
import { reservoirChart } from '../charts/reservoirChart.js';
import { compareProgram } from './compareProgram.js';
import { h } from './dom.js';
import { refusalInWords } from './refusalInWords.js';
import { withDays } from '../entry/withDays.js';

const table = (caption: string, head: readonly string[], rows: readonly (readonly (string | Node)[])[], cls = ''): HTMLTableElement =>
  h('table', cls === '' ? {} : { class: cls }, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))));

/** Every field of a record, as "key: value" text (roundings and titration records carry their own fields). */
const fields = (o: Json): string => entries(o, '').map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('; ');

/** A chart with its description as a visible caption (the same text screen readers get). */
const figure = (svg: SVGElement): HTMLElement => h('figure', {}, svg, h('figcaption', {}, `${svg.querySelector('title')?.textContent ?? ''}: ${svg.querySelector('desc')?.textContent ?? ''}`));

/** The refusal list: each error in words, with the engine's code, path and message. @since 0.1.0 */
export function refusal(errors: readonly Json[]): HTMLElement {
  return h('section', { id: 'refusal', class: 'refused', role: 'alert' }, h('h2', {}, 'REFUSED: nothing to program'),
    h('ul', {}, ...errors.map((e) => h('li', {}, h('strong', {}, refusalInWords(str(e, 'code'))), h('br'), `${str(e, 'code')} at ${str(e, 'path') || '(request)'}: ${str(e, 'message')}`))));
}

/**
 * The read-back of a compiled program: the program (rates per day and per
 * hour), each drug's daily dose and worst and least 24 h, the reservoir times,
 * every limit checked with its source, every rounding, titration checks,
 * warnings and overrides; the charts; the comparison with the program now on
 * the pump; and the verification sheet for an independent double check.
 * Everything is the engine's response, printed as the engine printed it.
 *
 * Implements REQ-APP-009, REQ-APP-011, REQ-APP-012.
 * @since 0.1.0
 */
export function readback(answer: EngineAnswer, fill: string, current: Json | undefined): HTMLElement {
  const r = answer.body;
  if (str(r, 'ok') !== 'true') return refusal(arr(r, 'errors'));
  const steps = arr(r, 'program.steps').map((st) => [str(st, 'start'), str(st, 'rate'), str(st, 'ratePerHour')]);
  const periodic = arr(r, 'program.periodicBoluses').map((b) => [str(b, 'start'), str(b, 'volume'), str(b, 'duration')]);
  const pb = str(r, 'program.patientBolus.volume');
  const doses = entries(r, 'doses').map(([drug, d]) => [drug, str(d, 'concentration'), str(d, 'perDay'), str(d, 'worst24h'), str(d, 'least24h')]);
  const limits = arr(r, 'limitsApplied').map((l) => [str(l, 'drug'), `${str(l, 'strength')} ${str(l, 'kind')}`, str(l, 'value'), str(l, 'checked'), str(l, 'margin'), str(l, 'outcome'), `${str(l, 'source')} (${str(l, 'confidence')})`]);
  const roundings = arr(r, 'roundings').map((x) => [fields(x)]);
  const titration = arr(r, 'titration').map((x) => [fields(x)]);
  const warnings = arr(r, 'warnings').map((w) => [str(w, 'code'), str(w, 'path'), str(w, 'message')]);
  const overridden = arr(r, 'limitsApplied').filter((l) => str(l, 'outcome').includes('overrid'));
  const compare = compareProgram(current, r);
  const sheet = h('section', { id: 'sheet', class: 'sheet', 'aria-labelledby': 'sheet-h' },
    h('h2', { id: 'sheet-h' }, 'Verification sheet (independent double check)'),
    h('p', {}, 'The second clinician re-derives each figure from the prescription, without this screen, then compares: drug, concentration, daily dose, rates, boluses, alarm and refill dates.'),
    table('Figures to verify', ['item', 'program', 'checked (✓ / ✗)'], compare.map((c) => [c.item, c.pending, ''])),
    h('p', { class: 'sign' }, 'Programmed by: ____________________  date/time: __________'),
    h('p', { class: 'sign' }, 'Independently checked by: ____________________  date/time: __________'),
    h('p', { class: 'hint' }, `Engine ${str(r, 'versions.engine')}, wire format ${str(r, 'versions.wireFormat')}, drug library ${str(r, 'versions.drugLibrary')}, pump library ${str(r, 'versions.pumpLibrary')}.`));
  const compareTable = table(current === undefined ? 'Pending program (no current program loaded)' : 'Program now on the pump beside the pending program (changes marked)',
    ['item', 'now on the pump', 'pending', 'change'], compare.map((c) => [c.item, c.current, c.pending, c.changed ? 'CHANGED' : '']), 'compare');
  compareTable.querySelectorAll('tbody tr').forEach((tr, i) => { if (compare[i]?.changed === true) tr.classList.add('changed'); });
  return h('section', { id: 'readback', 'aria-labelledby': 'rb-h' },
    h('h2', { id: 'rb-h' }, 'Read-back: program compiled, check before programming'),
    overridden.length === 0 ? '' : h('p', { class: 'override-note', role: 'note' }, `Soft limit overridden: ${overridden.map((l) => `${str(l, 'drug')} ${str(l, 'kind')} ${str(l, 'value')} (checked ${str(l, 'checked')})`).join('; ')}`),
    table('Basal program', ['from', 'rate per day', 'rate per hour'], steps),
    periodic.length === 0 ? h('p', {}, 'No periodic boluses.') : table('Periodic boluses', ['at', 'volume', 'over'], periodic),
    h('p', { id: 'rb-patient' }, pb === '' ? 'No patient bolus.' : `Patient bolus: ${pb} over ${str(r, 'program.patientBolus.duration')}, lockout ${str(r, 'program.patientBolus.lockout')}, at most ${str(r, 'program.patientBolus.maxPerDay')} a day.`),
    table('Doses', ['drug', 'concentration', 'per day', 'worst 24 h', 'least 24 h'], doses, 'doses'),
    h('p', { id: 'rb-reservoir' }, `Low-reservoir alarm after ${withDays(str(r, 'reservoir.lowAlarmAfter'))}; empty after ${withDays(str(r, 'reservoir.emptyAfter'))}; refill within ${str(r, 'reservoir.refillWithin')} (${str(r, 'reservoir.refillBoundBy')}).`),
    h('div', { class: 'charts' }, ...[...dayCharts(r), reservoirChart(r, fill)].map(figure)),
    table('Limits checked', ['drug', 'limit', 'value', 'checked', 'margin', 'outcome', 'source'], limits),
    roundings.length === 0 ? h('p', {}, 'No rounding applied.') : table('Roundings (each toward less drug or an earlier alarm)', ['rounding'], roundings),
    titration.length === 0 ? '' : table('Titration', ['check'], titration),
    warnings.length === 0 ? h('p', {}, 'No warnings.') : table('Warnings', ['code', 'where', 'message'], warnings),
    compareTable,
    sheet);
}
