import type { Json } from '../engine.js';
import { str } from '../_internals/json.js';
import type { EntryProblem } from '../entry/EntryProblem.js';
import { h, showError } from './dom.js';

/**
 * Shows each problem where it is: at the visible field whose wire path is the
 * error's path or its nearest parent; the rest in the list at the top. Clears
 * the errors shown before.
 *
 * Implements REQ-APP-006.
 * @since 0.1.0
 */
export function placeErrors(scope: HTMLElement, summary: HTMLElement, problems: readonly EntryProblem[], errors: readonly Json[]): void {
  scope.querySelectorAll<HTMLElement>('.field.has-error').forEach((f) => showError(f, ''));
  const all = [...problems.map((p) => ({ code: p.code as string, path: p.path, message: p.message })), ...errors.map((e) => ({ code: str(e, 'code'), path: str(e, 'path'), message: str(e, 'message') }))];
  const loose: typeof all = [];
  const fields = [...scope.querySelectorAll<HTMLElement>('.field[data-path]')].filter((f) => f.offsetParent !== null);
  for (const e of all) {
    let path = e.path;
    let target: HTMLElement | undefined;
    while (target === undefined) {
      target = fields.find((f) => f.dataset['path'] === path);
      if (target !== undefined || path === '') break;
      path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
    }
    if (target === undefined) { loose.push(e); continue; }
    const prior = target.querySelector('.field-error')?.textContent ?? '';
    showError(target, `${prior === '' ? '' : `${prior} `}${e.message} (${e.code})`);
  }
  summary.replaceChildren();
  if (all.length > 0) {
    summary.append(h('h2', {}, `${all.length} problem${all.length === 1 ? '' : 's'} to correct`),
      h('ul', {}, ...all.map((e) => h('li', {}, `${e.path === '' ? '(request)' : e.path}: ${e.message} (${e.code})${loose.includes(e) ? '' : ' — shown at the field'}`))));
  }
}
