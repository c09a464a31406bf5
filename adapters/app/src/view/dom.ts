import type { Dimension } from '../../../../core/index.js';
import { checkNumberEntry, type EntryAccepted, type EntryRefused } from '../entry/checkNumberEntry.js';
import { perHourAndPerDay } from '../entry/perHourAndPerDay.js';

/** An HTML element with attributes and children. @since 0.1.0 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

/** The DOM id of a wire path (`therapy.dose` → `f-therapy-dose`). @since 0.1.0 */
export const idOf = (path: string): string => `f-${path.replace(/[^A-Za-z0-9]+/gu, '-')}`;

/** A number field: the number, its unit beside it, the per-hour/per-day echo and its error, at a wire path. @since 0.1.0 */
export interface NumberField {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  readonly unit: HTMLSelectElement | HTMLElement;
  path: string;
  read(): EntryAccepted | EntryRefused;
  filled(): boolean;
}

let counter = 0;

/**
 * A labelled number input with its unit always visible beside it (a fixed
 * unit, or a choice of units such as mg or mcg), checked as it is typed
 * (ISMP rules, then the engine's quantity parser) with the error shown under
 * the field, and every rate echoed per hour and per day.
 *
 * Implements REQ-APP-002, REQ-APP-003, REQ-APP-005, REQ-APP-006.
 * @since 0.1.0
 */
export function numberField(path: string, label: string, dim: Dimension, units: readonly string[], hint = ''): NumberField {
  counter += 1;
  const id = `n${counter}`;
  const input = h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', class: 'num', 'aria-describedby': `${id}-echo ${id}-err` });
  const unit: HTMLSelectElement | HTMLElement = units.length > 1
    ? h('select', { id: `${id}-unit`, 'aria-label': `${label}: unit` }, ...units.map((u) => h('option', { value: u }, u)))
    : h('span', { class: 'unit', id: `${id}-unit` }, units[0] ?? '');
  const echo = h('span', { id: `${id}-echo`, class: 'echo' });
  const err = h('p', { id: `${id}-err`, class: 'field-error', 'aria-live': 'polite' });
  const root = h('div', { class: 'field', 'data-path': path }, h('label', { for: id }, label), h('span', { class: 'with-unit' }, input, unit), echo, hint === '' ? '' : h('span', { class: 'hint' }, hint), err);
  const unitText = (): string => (unit instanceof HTMLSelectElement ? unit.value : unit.textContent ?? '');
  const field: NumberField = {
    root, input, unit, path,
    read: () => checkNumberEntry(input.value, unitText(), dim, field.path),
    filled: () => input.value.trim() !== '',
  };
  const update = (): void => {
    root.dataset['path'] = field.path;
    if (!field.filled()) { showError(root, ''); echo.textContent = ''; return; }
    const r = field.read();
    if (!r.ok) { showError(root, r.problem.message); echo.textContent = ''; return; }
    showError(root, '');
    const both = dim === 'doseRate' || dim === 'flow' ? perHourAndPerDay(r.wire) : undefined;
    echo.textContent = both === undefined ? '' : `= ${both.perDay} = ${both.perHour}`;
  };
  input.addEventListener('input', update);
  unit.addEventListener('change', update);
  return field;
}

/** Shows (or clears, with '') the error under a field container. @since 0.1.0 */
export function showError(root: HTMLElement, message: string): void {
  const err = root.querySelector<HTMLElement>('.field-error');
  const control = root.querySelector<HTMLElement>('input, select, textarea');
  if (err !== null) err.textContent = message;
  if (control !== null) {
    if (message === '') control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', 'true');
  }
  root.classList.toggle('has-error', message !== '');
}

/** A labelled select at a wire path. @since 0.1.0 */
export function selectField(path: string, label: string, options: readonly (readonly [string, string])[]): { root: HTMLElement; select: HTMLSelectElement } {
  counter += 1;
  const id = `s${counter}`;
  const select = h('select', { id, 'aria-describedby': `${id}-err` }, ...options.map(([v, t]) => h('option', { value: v }, t)));
  const root = h('div', { class: 'field', 'data-path': path }, h('label', { for: id }, label), select, h('p', { id: `${id}-err`, class: 'field-error', 'aria-live': 'polite' }));
  return { root, select };
}

/** A labelled text input at a wire path. @since 0.1.0 */
export function textField(path: string, label: string, placeholder = ''): { root: HTMLElement; input: HTMLInputElement } {
  counter += 1;
  const id = `t${counter}`;
  const input = h('input', { id, type: 'text', autocomplete: 'off', 'aria-describedby': `${id}-err`, ...(placeholder === '' ? {} : { placeholder }) });
  const root = h('div', { class: 'field', 'data-path': path }, h('label', { for: id }, label), input, h('p', { id: `${id}-err`, class: 'field-error', 'aria-live': 'polite' }));
  return { root, input };
}

/** Replaces a select's options, keeping the chosen value when it is still offered. @since 0.1.0 */
export function setOptions(select: HTMLSelectElement, options: readonly (readonly [string, string])[]): void {
  const keep = select.value;
  select.replaceChildren(...options.map(([v, t]) => h('option', { value: v }, t)));
  if (options.some(([v]) => v === keep)) select.value = keep;
}
