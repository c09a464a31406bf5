import type { Dimension } from '../../../../core/index.js';
import { parseQuantity, parseUnit } from '../../../../core/index.js';
import type { EntryCode, EntryProblem } from './EntryProblem.js';

/** A typed number accepted, as the wire quantity `"<number> <unit>"`. @since 0.1.0 */
export interface EntryAccepted {
  readonly ok: true;
  readonly wire: string;
}

/** A typed number refused, with the reason at the field's wire path. @since 0.1.0 */
export interface EntryRefused {
  readonly ok: false;
  readonly problem: EntryProblem;
}

/** The longest text looked at in a number field (a bound on work; 12 + 12 digits and a point fit). */
export const MAX_ENTRY_LENGTH = 32;

const problem = (code: EntryCode, path: string, message: string): EntryRefused => ({ ok: false, problem: { code, path, message } });

/**
 * Checks one typed number against the ISMP list of error-prone dose
 * notations, then has the engine parse it with the unit shown beside the
 * field (so every rule of the wire format applies too).
 *
 * Refused: a trailing zero (`1.0`, read as 10), a missing leading zero
 * (`.5`, read as 5), a unit or letters typed into the number (`5 µg`,
 * `2 cc`: the unit is chosen beside the field; the engine's message names the
 * accepted spelling), thousands or decimal commas, anything else that is not a
 * plain decimal.
 *
 * @example
 * checkNumberEntry('3', 'mg/day', 'doseRate', 'therapy.dose');   // { ok: true, wire: '3 mg/day' }
 * checkNumberEntry('3.0', 'mg/day', 'doseRate', 'therapy.dose'); // ENTRY_TRAILING_ZERO
 * checkNumberEntry('.5', 'mg', 'mass', 'therapy.patientBolus.dose'); // ENTRY_NO_LEADING_ZERO
 *
 * Implements REQ-APP-003 (ISMP error-prone notations refused at entry), reusing REQ-UNIT-004 and REQ-UNIT-005.
 * @since 0.1.0
 */
export function checkNumberEntry(typed: string, unit: string, dim: Dimension, path: string): EntryAccepted | EntryRefused {
  const text = typed.trim();
  if (text === '') return problem('ENTRY_REQUIRED', path, `enter a number (in ${unit})`);
  if (text.length > MAX_ENTRY_LENGTH) return problem('ENTRY_NOT_A_NUMBER', path, `at most ${MAX_ENTRY_LENGTH} characters`);
  const letters = /^[-+]?[0-9.,\s]*([^0-9.,\s].*)$/u.exec(text);
  if (letters !== null) {
    const typedUnit = (letters[1] ?? '').trim();
    const u = parseUnit(typedUnit);
    const engine = 'code' in u ? ` (${u.message})` : '';
    return problem('ENTRY_UNIT_IN_NUMBER', path, `type the number only: the unit (${unit}) is chosen beside the field; "${typedUnit}" was typed${engine}`);
  }
  if (text.includes(',')) return problem('ENTRY_SEPARATOR', path, `no commas: write the number with a point and no thousands separator (e.g. 1500 or 0.5)`);
  if (/\s/u.test(text)) return problem('ENTRY_NOT_A_NUMBER', path, 'one number, without spaces');
  if (text.startsWith('.') || text.startsWith('-.')) {
    return problem('ENTRY_NO_LEADING_ZERO', path, `write 0${text.replace('-', '')}, not ${text}: a missing leading zero is read as a whole number (ISMP error-prone abbreviations)`);
  }
  if (text.includes('.') && (text.endsWith('0') || text.endsWith('.'))) {
    const trimmed = text.replace(/\.?0*$/u, '');
    return problem('ENTRY_TRAILING_ZERO', path, `write ${trimmed}, not ${text}: a trailing zero is read as ten times the dose (ISMP error-prone abbreviations)`);
  }
  const wire = `${text} ${unit}`;
  const parsed = parseQuantity(dim, wire, path);
  if (parsed._tag === 'Left') {
    return { ok: false, problem: { code: parsed.left.code, path, message: parsed.left.message } };
  }
  return { ok: true, wire };
}
