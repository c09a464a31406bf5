import * as t from 'io-ts';
import { confidenceOf, INPUT_BOUNDS as B, MAX_SITE_LIST, MAX_SITE_PUMPS, MAX_SITE_TEXT, SITE_GRADES, type Dimension, type InputBound, type PumpFacts, type SitePumpInput, type SourcedValue } from '../../core/index.js';
import { DIMENSIONS } from '../../core/quantity/dimension.js';
import type { OtherFact, ReservoirOption } from '../../core/library/pumps.js';
import { arrayCodec } from './arrayCodec.js';
import { sourcedNoteCodec, sourcedValueCodec, type Grades } from './_internals/sourcedCodecs.js';
import { MAX_PROFILE_NAME } from '../../core/request/bounds.js';
import { codedError } from './codedError.js';
import { codedFailure } from './codedFailure.js';
import { contextAt } from './contextAt.js';
import { enumCodec } from './enumCodec.js';
import { labelledUseCodec } from './labelledUseCodec.js';
import { mapCodec } from './mapCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { pumpCapabilitiesCodec } from './pumpCapabilitiesCodec.js';
import { quantityCodec, type Sign } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import { wireCodec, type WireCodec } from './WireCodec.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { isRecord, nullPrototypeObject, ownValue } from './_internals/ownValue.js';
import { keyForPath } from './_internals/pathOf.js';
import { quantityText } from './_internals/quantityText.js';
import { RESERVED_NAMES } from './_internals/reservedNames.js';

/** One pump fact `{ value, source, grade, note? }`: the value a quantity of the field's dimension and sign within its bound. */
function fact<D extends Dimension>(dim: D, sign: Sign, bound: InputBound<Dimension>, grades: Grades): WireCodec<SourcedValue<D>> {
  return sourcedValueCodec('SitePumpFact', dim, bound, grades, sign);
}

/** The facts of a site profile, one optional field per pump parameter, with the request's signs and bounds. */
const facts = (name: string, grades: Grades): WireCodec<PumpFacts> => strictObject(name, {}, {
  reservoir: fact('volume', 'positive', B.reservoirVolume, grades),
  lowReservoirAlarm: fact('volume', 'nonNegative', B.reservoirVolume, grades),
  rateResolution: fact('flow', 'positive', B.flow, grades),
  minRate: fact('flow', 'positive', B.flow, grades),
  maxRate: fact('flow', 'positive', B.flow, grades),
  maxBolusRate: fact('flow', 'positive', B.flow, grades),
  bolusVolumeResolution: fact('volume', 'positive', B.reservoirVolume, grades),
  internalVolume: fact('volume', 'nonNegative', B.internalVolume, grades),
  nominalFlow: fact('flow', 'positive', B.flow, grades),
  flowTolerance: fact('percent', 'nonNegative', B.flowTolerance, grades),
}) as WireCodec<PumpFacts>;

/**
 * The value of an other fact: a quantity string of any dimension (and sign:
 * a measured deviation may be negative), bounded by the quantity grammar's
 * digit limits; reported, never computed with.
 */
const otherFactValue: WireCodec<{ readonly text: string; readonly dim: Dimension }> = (() => {
  const byDim = DIMENSIONS.map((dim) => ({ dim, codec: quantityCodec(dim, 'any') }));
  return wireCodec<{ readonly text: string; readonly dim: Dimension }>('AnyQuantity', (u, c) => {
    for (const { dim, codec } of byDim) {
      if (codec.validate(u, c)._tag === 'Right') return t.success({ text: u as string, dim });
    }
    return codedFailure(u, c, 'INVALID_QUANTITY', `expected a quantity "<decimal> <unit>" of a unit the engine knows, got ${jsonTypeOf(u)}`);
  }, { anyOf: byDim.map(({ codec }) => codec.schema) });
})();

/** A reservoir size of a family `{ value, source, grade, note?, models }` (the models made with it). */
function reservoirOption(grades: Grades): WireCodec<ReservoirOption> {
  return mapCodec(strictObject('ReservoirOption', {
    value: quantityText('volume', B.reservoirVolume),
    source: nonEmptyStringCodec(MAX_SITE_TEXT),
    grade: enumCodec(grades),
    models: nonEmptyStringCodec(MAX_SITE_TEXT),
  }, { note: nonEmptyStringCodec(MAX_SITE_TEXT) }), (r): ReservoirOption => ({
    value: r.value, dim: 'volume', source: r.source, grade: r.grade, confidence: confidenceOf(r.grade),
    ...(r.note === undefined ? {} : { note: r.note }),
    models: r.models,
  }));
}

/** A number about the device that is reported, not computed with: `{ what, value, source, grade, note? }`, the value a quantity of any dimension within the engine's largest bound. */
function otherFact(grades: Grades): WireCodec<OtherFact> {
  return mapCodec(strictObject('OtherFact', {
    what: nonEmptyStringCodec(MAX_SITE_TEXT),
    value: otherFactValue,
    source: nonEmptyStringCodec(MAX_SITE_TEXT),
    grade: enumCodec(grades),
  }, { note: nonEmptyStringCodec(MAX_SITE_TEXT) }), (f): OtherFact => ({
    what: f.what, value: f.value.text, dim: f.value.dim, source: f.source, grade: f.grade, confidence: confidenceOf(f.grade),
    ...(f.note === undefined ? {} : { note: f.note }),
  }));
}

/**
 * The codec of one pump profile of a library file whose values may carry
 * `grades`: the site files' (`sitePumpCodec`) and the built-in tables'
 * (every grade; the test that runs the built-in profiles through the site
 * codec). Same shape, bounds and codes.
 *
 * @example
 * import { sitePumpCodecWith } from './sitePumpCodec.js';
 * sitePumpCodecWith(['C']).decode({ displayName: 'x', kind: 'fixed-rate', description: 'y' }); // Right
 *
 * Implements REQ-SITE-007, REQ-SITE-010, REQ-SITE-011.
 * @since 0.1.0
 */
export function sitePumpCodecWith(grades: Grades): WireCodec<SitePumpInput> {
  const note = sourcedNoteCodec(grades);
  const list = { nonEmpty: false, maxLength: MAX_SITE_LIST } as const;
  return strictObject('SitePump', {
    displayName: nonEmptyStringCodec(MAX_SITE_TEXT),
    kind: enumCodec(['programmable', 'fixed-rate']),
    description: nonEmptyStringCodec(MAX_SITE_TEXT),
  }, {
    reservoirs: arrayCodec(reservoirOption(grades), list),
    deviceFacts: facts('SitePumpDeviceFacts', grades),
    defaults: facts('SitePumpDefaults', grades),
    catheter: strictObject('CatheterFacts', { name: nonEmptyStringCodec(MAX_SITE_TEXT), notes: arrayCodec(note, list) }, {
      length: sourcedValueCodec('SourcedLength', 'length', B.catheterLength, grades),
      volumePerLength: sourcedValueCodec('SourcedVolumePerLength', 'volumePerLength', B.catheterVolumePerLength, grades),
    }),
    otherFacts: arrayCodec(otherFact(grades), list),
    notes: arrayCodec(note, list),
    approximate: arrayCodec(note, list),
    labelledUse: labelledUseCodec,
    capabilities: pumpCapabilitiesCodec,
  }) as WireCodec<SitePumpInput>;
}

/**
 * One pump profile of a site library, written as the built-in profiles are:
 * `{ displayName, kind, description, deviceFacts?, defaults?, labelledUse?,
 * capabilities? }`, each fact `{ value, source, grade, note? }` (the value a
 * quantity of its parameter's dimension within the request's bound; the
 * source required; the grade one of `L`, `L/O`, `P`, `P*`, `O`).
 * `labelledUse` and `capabilities` as a request's `pump.labelledUse` and
 * `pump.capabilities`; `reservoirs` (a family's sizes, each with its
 * `models`), `catheter`, `otherFacts`, `notes` and `approximate` as the
 * built-in profiles write them (REQ-SITE-010). Strict: any other field is
 * `UNKNOWN_FIELD`.
 *
 * @example
 * import { sitePumpCodec } from './sitePumpCodec.js';
 * sitePumpCodec.decode({ displayName: 'Ward pump', kind: 'fixed-rate', description: 'ours',
 *   deviceFacts: { nominalFlow: { value: '1 mL/day', source: 'Ward pump IFU rev. 3', grade: 'O' } } }); // Right
 *
 * Implements REQ-SITE-007, REQ-SITE-010.
 * @since 0.1.0
 */
export const sitePumpCodec: WireCodec<SitePumpInput> = sitePumpCodecWith(SITE_GRADES);

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
export const sitePumpsCodec: WireCodec<Readonly<Record<string, SitePumpInput>>> = sitePumpsCodecWith(SITE_GRADES);

/**
 * The `pumps` table of a library file whose values may carry `grades`
 * ({@link sitePumpsCodec} with the site grades).
 *
 * @example
 * import { sitePumpsCodecWith } from './sitePumpCodec.js';
 * sitePumpsCodecWith(['C']).decode({}); // Right({})
 *
 * Implements REQ-SITE-007, REQ-SITE-011.
 * @since 0.1.0
 */
export function sitePumpsCodecWith(grades: Grades): WireCodec<Readonly<Record<string, SitePumpInput>>> {
  const pump = sitePumpCodecWith(grades);
  return wireCodec<Readonly<Record<string, SitePumpInput>>>('profile name → SitePump', (u, c) => {
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
      const r = pump.validate(own.value, t.appendContext(c, k, pump, own.value));
      if (r._tag === 'Left') errors.push(...r.left);
      else entries.push([k, r.right]);
    }
    return errors.length > 0 ? t.failures(errors) : t.success(nullPrototypeObject(entries) as Readonly<Record<string, SitePumpInput>>);
  }, {
    type: 'object',
    maxProperties: MAX_SITE_PUMPS,
    propertyNames: { minLength: 1, maxLength: MAX_PROFILE_NAME, not: { enum: [...RESERVED_NAMES] } },
    additionalProperties: pump.schema,
  });
}
