import { CAPABILITY_NAMES, type Dimension } from '../../../core/index.js';
import { DIMENSIONS } from '../../../core/quantity/dimension.js';
import { COMMON_PUMP_FIELDS, FIXED_RATE_PUMP_FIELDS, PROGRAMMABLE_PUMP_FIELDS } from '../../../core/pump/ResolvedPump.js';
import { array, boolean, integer, object, oneOf, quantityText, text, type Shape } from './Shape.js';

const GRADES = ['L', 'P', 'P*', 'O', 'L/O', 'C', 'A', 'E'] as const;
const CONFIDENCES = ['label', 'guideline', 'unverified', 'other', 'cited', 'approximate', 'engine'] as const;

/** Exactly one of several closed shapes. */
const oneOfShapes = <T>(shapes: readonly Shape<T>[], description?: string): Shape<T> =>
  ({ schema: { oneOf: shapes.map((s) => s.schema), ...(description === undefined ? {} : { description }) } });

/** A sourced number of one dimension, as the library holds it. */
const sourced = (dim: Dimension) => object({
  value: quantityText(dim), dim: oneOf([dim]), source: text('the citation'), grade: oneOf(GRADES), confidence: oneOf(CONFIDENCES),
}, { note: text('what the value means, where not obvious') });

/** A sourced fact in words. */
const note = object({ text: text('the fact, quoted from the source'), source: text('the citation'), grade: oneOf(GRADES), confidence: oneOf(CONFIDENCES) });

/** A quantity of any dimension (a fact reported, never computed with). */
const anyQuantity: Shape<string> = { schema: { anyOf: DIMENSIONS.map((d) => quantityText(d).schema), description: 'a quantity of any dimension' } };

const limit = (kind: 'maxDaily' | 'maxConcentration' | 'maxBolus', dim: Dimension) => object({
  kind: oneOf([kind]), value: quantityText(dim), dim: oneOf([dim]), source: text('the citation'), grade: oneOf(GRADES), confidence: oneOf(CONFIDENCES),
}, { note: text('what the value means'), region: oneOf(['US', 'EU'] as const) });
const limits = array(oneOfShapes<unknown>([limit('maxDaily', 'doseRate'), limit('maxConcentration', 'concentration'), limit('maxBolus', 'mass')]));

const product = object({ name: text('the product'), concentrations: array(sourced('concentration')), forPumps: boolean('false: never a pump fill') }, { note });

const titrationRule = object({ strength: oneOf(['hard', 'advisory'] as const), wording: note }, {
  region: oneOf(['US', 'EU'] as const), maxIncrease: sourced('doseRate'), maxIncreasePercent: sourced('percent'), minInterval: sourced('time'),
});

const companions: Shape<unknown> = { schema: { oneOf: [{ const: 'any' }, array(array(text('a drug'))).schema], description: '"any", or the admixtures published for ([] = the drug alone)' } };
const stabilityRule = object({ maxInReservoir: sourced('time'), companions, condition: oneOf(['any', 'first-fill', 'diluted', 'undiluted'] as const) });

/**
 * One drug of the `drugs` listing, field for field as the library holds it
 * (`core/library/drugs.ts`), with the hard maximum concentration the engine
 * derives from its products for pumps (REQ-LIB-004).
 *
 * Implements REQ-SCHEMA-002, REQ-SITE-011.
 * @since 0.1.0
 */
export const DRUG_RECORD = object({
  name: text('the drug name requests use'),
  opioid: boolean('an opioid (admixture rules)'),
  approval: object({ approvedForPumps: boolean('approved for intrathecal pumps'), basis: note }),
  products: array(product),
  hardLimits: limits,
  softLimits: limits,
  absoluteCeilings: limits,
  titration: array(titrationRule),
  stability: array(stabilityRule),
  admixture: array(object({ with: oneOf(['opioids', 'any'] as const), advice: note })),
  notes: array(note),
  notPublished: array(text('a datum no public source gave')),
}, {
  maxStartingDose: sourced('doseRate'),
  compoundingResolution: sourced('concentration'),
  derivedHardMaxConcentration: object({
    rule: text('how the limit is derived'),
    products: array(object({ product: text('the product'), concentrations: array(sourced('concentration')) })),
  }),
});

const ratio = object({ value: text('a plain decimal'), source: text('the citation'), grade: oneOf(GRADES), confidence: oneOf(CONFIDENCES) });

/**
 * One opioid conversion chain of the `drugs` listing.
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export const CONVERSION_RECORD = object({
  drug: text('the drug'),
  parts: object({ oral: ratio, intravenous: ratio, epidural: ratio, intrathecal: ratio }),
  corroboration: note,
  observedOralToIntrathecal: object({ low: ratio, high: ratio, detail: note }),
});

const FIELD_DIM = { reservoir: 'volume', lowReservoirAlarm: 'volume', internalVolume: 'volume', rateResolution: 'flow', minRate: 'flow', maxRate: 'flow', maxBolusRate: 'flow', bolusVolumeResolution: 'volume', nominalFlow: 'flow', flowTolerance: 'percent' } as const;
const PUMP_FIELDS = [...COMMON_PUMP_FIELDS, ...PROGRAMMABLE_PUMP_FIELDS, ...FIXED_RATE_PUMP_FIELDS];
const facts = object({}, Object.fromEntries(PUMP_FIELDS.map((f) => [f, sourced(FIELD_DIM[f])])));
const capability = (value: Shape<unknown>) => object({ value, source: text('the citation'), grade: oneOf(GRADES), confidence: oneOf(CONFIDENCES) }, { note: text('the source\'s words') });
const COUNTS: readonly string[] = ['doseChangesPerDay', 'periodicBolusesPerDay'];
const capabilities = object({}, Object.fromEntries(CAPABILITY_NAMES.map((k) => [k, capability(COUNTS.includes(k) ? integer('a count') : boolean('held or not'))])));

const builtInLabel = object({
  label: text('the labelling'),
  drugs: array(object({
    drug: text('the drug, or saline'), products: text('the products as the label names them'), route: oneOf(['intrathecal', 'intravascular'] as const),
    concentrations: array(object({ min: sourced('concentration'), max: sourced('concentration') })), basis: note,
  })),
  notes: array(note),
});
const siteLabel = object({
  source: text('the labelling'),
  drugs: array(object({ drug: text('the drug') }, { concentrations: array(object({ min: quantityText('concentration'), max: quantityText('concentration') })) })),
});

/**
 * One pump profile of the `pumps` listing, field for field as the library
 * holds it (`core/library/pumps.ts`): the built-in labelled use as the
 * labels table holds it, a site profile's as the request writes it
 * (`site: true`).
 *
 * Implements REQ-SCHEMA-002, REQ-SITE-011.
 * @since 0.1.0
 */
export const PUMP_RECORD = object({
  name: text('the name requests use'),
  displayName: text('the name people read'),
  kind: oneOf(['programmable', 'fixed-rate'] as const),
  reservoirs: array(object({ value: quantityText('volume'), dim: oneOf(['volume'] as const), source: text('the citation'), grade: oneOf(GRADES), confidence: oneOf(CONFIDENCES), models: text('the models') }, { note: text('what the value means') })),
  deviceFacts: facts,
  defaults: facts,
  integratorSupplies: array(oneOf(PUMP_FIELDS)),
  otherFacts: array(object({ what: text('what the number is'), value: anyQuantity, dim: oneOf(DIMENSIONS), source: text('the citation'), grade: oneOf(GRADES), confidence: oneOf(CONFIDENCES) }, { note: text('what the value means') })),
  notes: array(note),
  approximate: array(note),
  capabilities,
  description: text('what the profile leaves to the integrator'),
}, {
  catheter: object({ name: text('the catheter'), notes: array(note) }, { length: sourced('length'), volumePerLength: sourced('volumePerLength') }),
  labelledUse: oneOfShapes<unknown>([builtInLabel, siteLabel]),
  site: boolean('a profile the site library adds'),
});
