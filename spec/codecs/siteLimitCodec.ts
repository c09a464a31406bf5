import { confidenceOf, INPUT_BOUNDS, MAX_SITE_TEXT, SITE_GRADES, type Dimension, type DrugLimit, type InputBound } from '../../core/index.js';
import { discriminatedStrictObject } from './discriminatedStrictObject.js';
import { enumCodec } from './enumCodec.js';
import { mapCodec } from './mapCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { quantityText } from './_internals/quantityText.js';
import { strictObject } from './strictObject.js';
import type { Grades } from './_internals/sourcedCodecs.js';
import type { WireCodec } from './WireCodec.js';


const variant = <const K extends DrugLimit['kind']>(kind: K, dim: Dimension, bound: InputBound<Dimension>, grades: Grades) => strictObject('SiteLimit', {
  kind: enumCodec([kind]),
  value: quantityText(dim, bound),
  source: nonEmptyStringCodec(MAX_SITE_TEXT),
  grade: enumCodec(grades),
}, {
  note: nonEmptyStringCodec(MAX_SITE_TEXT),
  region: enumCodec(['US', 'EU']),
});

const oneLimit = (grades: Grades) => discriminatedStrictObject('SiteLimit', 'kind', {
  maxDaily: variant('maxDaily', 'doseRate', INPUT_BOUNDS.doseRate, grades),
  maxConcentration: variant('maxConcentration', 'concentration', INPUT_BOUNDS.concentration, grades),
  maxBolus: variant('maxBolus', 'mass', INPUT_BOUNDS.mass, grades),
});

const DIM = { maxDaily: 'doseRate', maxConcentration: 'concentration', maxBolus: 'mass' } as const;

/**
 * One limit of a site library, written as the built-in library writes its
 * own: `{ kind, value, source, grade, note?, region? }`. `kind` is
 * `maxDaily` (a dose rate), `maxConcentration` or `maxBolus` (a mass);
 * `value` a positive quantity of that dimension within the engine bound of
 * its field (`WRONG_DIMENSION`, `NOT_POSITIVE`, `QUANTITY_ABOVE_BOUND`),
 * kept as the string given; `source` is required (`MISSING_FIELD`,
 * `EMPTY_STRING`): no number without its source; `grade` one of `L`, `L/O`,
 * `P`, `P*`, `O` (the confidence follows from it). Strict: any other field is
 * `UNKNOWN_FIELD`.
 *
 * @example
 * import { siteLimitCodec } from './siteLimitCodec.js';
 * siteLimitCodec.decode({ kind: 'maxDaily', value: '10 mg/day', source: 'St Elsewhere formulary 2026', grade: 'O' });
 * // Right({ kind: 'maxDaily', value: '10 mg/day', dim: 'doseRate', source: ..., grade: 'O', confidence: 'other' })
 * siteLimitCodec.decode({ kind: 'maxDaily', value: '10 mg/day', grade: 'O' }); // Left: MISSING_FIELD at "source"
 *
 * Implements REQ-SITE-002.
 * @since 0.1.0
 */
export const siteLimitCodec: WireCodec<DrugLimit> = limitCodecWith(SITE_GRADES);

/**
 * The limit codec of a library file whose values may carry `grades`: the
 * site files' (`siteLimitCodec`, the site grades) and the built-in tables'
 * (every grade; the test that runs the built-in library through the site
 * codec). Same shape, bounds and codes.
 *
 * @example
 * import { limitCodecWith } from './siteLimitCodec.js';
 * limitCodecWith(['E']).decode({ kind: 'maxDaily', value: '75 mg/day', source: 'engine bound', grade: 'E' }); // Right
 *
 * Implements REQ-SITE-002, REQ-SITE-011.
 * @since 0.1.0
 */
export function limitCodecWith(grades: Grades): WireCodec<DrugLimit> {
  return mapCodec(oneLimit(grades), (l): DrugLimit => ({
  kind: l.kind,
  value: l.value,
  dim: DIM[l.kind],
  source: l.source,
  grade: l.grade,
  confidence: confidenceOf(l.grade),
  ...(l.note === undefined ? {} : { note: l.note }),
  ...(l.region === undefined ? {} : { region: l.region }),
  }) as DrugLimit);
}
