import * as t from 'io-ts';
import { confidenceOf, INPUT_BOUNDS as B, MAX_SITE_PUMPS, MAX_SITE_TEXT, SITE_GRADES, type Dimension, type InputBound, type PumpFacts, type SitePumpInput, type SourcedValue } from '../../core/index.js';
import { MAX_PROFILE_NAME } from '../../core/request/bounds.js';
import { codedError } from './codedError.js';
import { codedFailure } from './codedFailure.js';
import { contextAt } from './contextAt.js';
import { enumCodec } from './enumCodec.js';
import { labelledUseCodec } from './labelledUseCodec.js';
import { mapCodec } from './mapCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { pumpCapabilitiesCodec } from './pumpCapabilitiesCodec.js';
import type { Sign } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import { wireCodec, type WireCodec } from './WireCodec.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { isRecord, nullPrototypeObject, ownValue } from './_internals/ownValue.js';
import { keyForPath } from './_internals/pathOf.js';
import { quantityText } from './_internals/quantityText.js';
import { RESERVED_NAMES } from './_internals/reservedNames.js';

/** One pump fact `{ value, source, grade, note? }`: the value a quantity of the field's dimension and sign within its bound. */
function fact<D extends Dimension>(dim: D, sign: Sign, bound: InputBound<Dimension>): WireCodec<SourcedValue<D>> {
  return mapCodec(strictObject('SitePumpFact', {
    value: quantityText(dim, bound, sign),
    source: nonEmptyStringCodec(MAX_SITE_TEXT),
    grade: enumCodec(SITE_GRADES),
  }, { note: nonEmptyStringCodec(MAX_SITE_TEXT) }), (f): SourcedValue<D> => ({
    value: f.value, dim, source: f.source, grade: f.grade, confidence: confidenceOf(f.grade),
    ...(f.note === undefined ? {} : { note: f.note }),
  }) as SourcedValue<D>);
}

/** The facts of a site profile, one optional field per pump parameter, with the request's signs and bounds. */
const facts = (name: string): WireCodec<PumpFacts> => strictObject(name, {}, {
  reservoir: fact('volume', 'positive', B.reservoirVolume),
  lowReservoirAlarm: fact('volume', 'nonNegative', B.reservoirVolume),
  rateResolution: fact('flow', 'positive', B.flow),
  minRate: fact('flow', 'positive', B.flow),
  maxRate: fact('flow', 'positive', B.flow),
  maxBolusRate: fact('flow', 'positive', B.flow),
  bolusVolumeResolution: fact('volume', 'positive', B.reservoirVolume),
  internalVolume: fact('volume', 'nonNegative', B.internalVolume),
  nominalFlow: fact('flow', 'positive', B.flow),
  flowTolerance: fact('percent', 'nonNegative', B.flowTolerance),
}) as WireCodec<PumpFacts>;

/**
 * One pump profile of a site library, written as the built-in profiles are:
 * `{ displayName, kind, description, deviceFacts?, defaults?, labelledUse?,
 * capabilities? }`, each fact `{ value, source, grade, note? }` (the value a
 * quantity of its parameter's dimension within the request's bound; the
 * source required; the grade one of `L`, `L/O`, `P`, `P*`, `O`).
 * `labelledUse` and `capabilities` as a request's `pump.labelledUse` and
 * `pump.capabilities`. Strict: any other field is `UNKNOWN_FIELD`.
 *
 * @example
 * import { sitePumpCodec } from './sitePumpCodec.js';
 * sitePumpCodec.decode({ displayName: 'Ward pump', kind: 'fixed-rate', description: 'ours',
 *   deviceFacts: { nominalFlow: { value: '1 mL/day', source: 'Ward pump IFU rev. 3', grade: 'O' } } }); // Right
 *
 * Implements REQ-SITE-007.
 * @since 0.1.0
 */
export const sitePumpCodec: WireCodec<SitePumpInput> = strictObject('SitePump', {
  displayName: nonEmptyStringCodec(MAX_SITE_TEXT),
  kind: enumCodec(['programmable', 'fixed-rate']),
  description: nonEmptyStringCodec(MAX_SITE_TEXT),
}, {
  deviceFacts: facts('SitePumpDeviceFacts'),
  defaults: facts('SitePumpDefaults'),
  labelledUse: labelledUseCodec,
  capabilities: pumpCapabilitiesCodec,
}) as WireCodec<SitePumpInput>;

/**
 * The `pumps` table of a site library: profile name → {@link sitePumpCodec},
 * at most 16 profiles (`INPUT_TOO_LARGE`), each name a non-empty string of at
 * most 64 characters, never a reserved name (`UNKNOWN_FIELD`). Whether a
 * name is a built-in profile's is checked by `applySiteLibrary`.
 *
 * @example
 * import { sitePumpsCodec } from './sitePumpCodec.js';
 * sitePumpsCodec.decode({}); // Right({})
 *
 * Implements REQ-SITE-007.
 * @since 0.1.0
 */
export const sitePumpsCodec: WireCodec<Readonly<Record<string, SitePumpInput>>> = wireCodec<Readonly<Record<string, SitePumpInput>>>('profile name → SitePump', (u, c) => {
  if (!isRecord(u)) return codedFailure(u, c, 'WRONG_TYPE', `expected an object keyed by pump profile name, got ${jsonTypeOf(u)}`);
  const keys = Object.keys(u);
  if (keys.length > MAX_SITE_PUMPS) return codedFailure(u, c, 'INPUT_TOO_LARGE', `at most ${MAX_SITE_PUMPS} pump profiles (got ${keys.length})`);
  const errors: t.Errors = [];
  const entries: [string, SitePumpInput][] = [];
  for (const k of keys) {
    const shown = keyForPath(k);
    if (RESERVED_NAMES.has(k)) {
      errors.push(codedError(undefined, contextAt(c, [shown]), 'UNKNOWN_FIELD', `unknown field ${JSON.stringify(shown)}: a reserved name, not a pump profile`));
      continue;
    }
    if (k.length === 0 || k.length > MAX_PROFILE_NAME) {
      errors.push(codedError(k, contextAt(c, [shown]), 'INVALID_VALUE', `a pump profile name is 1 to ${MAX_PROFILE_NAME} characters`));
      continue;
    }
    const own = ownValue(u, k);
    const r = sitePumpCodec.validate(own.value, t.appendContext(c, k, sitePumpCodec, own.value));
    if (r._tag === 'Left') errors.push(...r.left);
    else entries.push([k, r.right]);
  }
  return errors.length > 0 ? t.failures(errors) : t.success(nullPrototypeObject(entries) as Readonly<Record<string, SitePumpInput>>);
}, {
  type: 'object',
  maxProperties: MAX_SITE_PUMPS,
  propertyNames: { minLength: 1, maxLength: MAX_PROFILE_NAME, not: { enum: [...RESERVED_NAMES] } },
  additionalProperties: sitePumpCodec.schema,
});
