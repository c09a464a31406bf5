import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError } from '../errors/EngineError.js';
import { PUMP_NAMES, type PumpProfile } from '../library/pumps.js';
import { BUILT_IN_LIBRARY, type Library } from '../library/Library.js';
import { pumpProfileIn, sitePumpIn, sitePumpNames } from '../library/sitePumps.js';
import { parseSourcedValue } from '../library/parseSourcedValue.js';
import type { SourcedValue } from '../library/Sourced.js';
import type { Dimension } from '../quantity/dimension.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { PumpField, PumpInput } from '../request/PumpInput.js';
import { nullPrototype } from '../request/ownProperties.js';
import { guardPumpInput } from '../request/guardPumpInput.js';
import {
  COMMON_PUMP_FIELDS,
  FIXED_RATE_PUMP_FIELDS,
  PROGRAMMABLE_PUMP_FIELDS,
  type ParameterOrigin,
  type ResolvedPump,
} from './ResolvedPump.js';

type AnyQuantity = Quantity<Dimension, Exact>;

/** Fields that must be greater than zero (a zero would divide by zero or mean no pump). */
const MUST_BE_POSITIVE: ReadonlySet<PumpField> = new Set<PumpField>(['reservoir', 'rateResolution', 'maxRate', 'maxBolusRate', 'bolusVolumeResolution', 'nominalFlow']);

const UNIT_OF: Readonly<Partial<Record<Dimension, string>>> = { volume: 'mL', flow: 'mL/day', percent: '%' };

const show = (q: AnyQuantity): string => formatQuantity(q, UNIT_OF[q.dim] ?? 'mL', 'down').text;
const same = (a: AnyQuantity, b: AnyQuantity): boolean => A.compare(a.base, b.base) === 0;

/**
 * Merges a built-in pump profile (when the request names one) with the
 * parameters the request supplies, and checks that every parameter the
 * calculation `needs` is known. Nothing is ever filled with a guess.
 *
 * The merge rules, per parameter:
 *
 * - **reservoir**: a profile made in several sizes (SynchroMed II, Prometra:
 *   20 or 40 mL) needs the request to say which; a request size that is not
 *   one of the profile's is refused (`PUMP_PARAMETER_CONFLICT`: a 30 mL
 *   reservoir for a 20/40 mL pump). One size: the request may repeat it.
 * - **device facts** (SynchroMed II minimum flow 0.048 mL/day): the request
 *   may repeat the fact exactly; any other value is refused
 *   (`PUMP_PARAMETER_CONFLICT`): the request never overrides the hardware.
 * - **defaults** (SynchroMed II low-reservoir alarm 2 mL, manufacturer
 *   recommended): a setting of the pump, so a request value replaces it.
 * - everything else comes from the request.
 *
 * Also refused: an unknown profile name (`UNKNOWN_PUMP`), a `kind` that
 * contradicts the profile, a parameter of the other kind (a `nominalFlow` for a
 * programmable pump), zero where a positive value is required (`NOT_POSITIVE`),
 * a negative value (`NEGATIVE_QUANTITY`), an alarm volume not below the
 * reservoir or a minimum rate above the maximum (`PUMP_PARAMETER_CONFLICT`),
 * and every needed parameter that is still unknown (`PUMP_PARAMETER_MISSING`,
 * one error per field, path `<path>.<field>`). Needed fields that do not belong
 * to the resolved kind are ignored (a fixed-rate pump has no `maxRate`).
 * All errors are collected, not only the first.
 *
 * Fail-closed entry: the input is re-validated first (`guardPumpInput`), from own
 * data properties only; anything the decoder could not have produced is a coded error (`REQUEST_NOT_WELL_FORMED`, or the decoder's code for the same rule) with the path of the first bad field, never an exception.
 *
 * `library` (default the built-in one): a site library's pump profiles are
 * looked up by name too (REQ-SITE-007), after the built-in ones.
 *
 * @example
 * import { resolvePump } from './resolvePump.js';
 * import { parseQuantity } from '../quantity/parseQuantity.js';
 * import * as E from 'fp-ts/lib/Either.js';
 * const reservoir = E.getOrElseW(() => undefined)(parseQuantity('volume', '40 mL', 'pump.reservoir'));
 * const r = resolvePump({ profile: 'synchromed-ii', ...(reservoir ? { reservoir } : {}) }, ['reservoir', 'minRate'], 'pump');
 * // r is Right: kind 'programmable', reservoir 40 mL (request), minRate 0.048 mL/day (Prialt titration page for professionals)
 * resolvePump({ profile: 'synchromed-ii' }, ['reservoir'], 'pump');
 * // Left: PUMP_PARAMETER_MISSING at pump.reservoir ("20 mL or 40 mL")
 *
 * Implements REQ-PUMP-001, REQ-PUMP-004, REQ-PUMP-005, REQ-PUMP-006, REQ-EMBED-001, REQ-SITE-007.
 * @since 0.1.0
 */
export function resolvePump<F extends PumpField>(pumpInput: PumpInput, needed: readonly F[], pumpPath: string, library: Library = BUILT_IN_LIBRARY): E.Either<EngineError[], ResolvedPump<F>> {
  const guarded = guardPumpInput<F>(pumpInput, needed, pumpPath);
  if (E.isLeft(guarded)) return guarded;
  const { input, needs, path } = guarded.right;
  let profile: PumpProfile | undefined;
  if (input.profile !== undefined) {
    profile = pumpProfileIn(library, input.profile);
    if (profile === undefined) {
      const site = sitePumpNames(library);
      const siteText = site.length === 0 ? '' : `; the site library's profiles are ${site.join(', ')}`;
      return E.left([engineError('UNKNOWN_PUMP', path, `"${input.profile}" is not a built-in pump profile; built-in profiles are ${PUMP_NAMES.join(', ')}${siteText}, or give a full profile`)]);
    }
  }
  const kind = profile?.kind ?? input.kind;
  if (kind === undefined) {
    return E.left([engineError('PUMP_PARAMETER_MISSING', `${path}.kind`, 'the pump has no "kind": give "programmable" or "fixed-rate", or name a built-in profile')]);
  }
  if (profile !== undefined && input.kind !== undefined && input.kind !== profile.kind) {
    return E.left([engineError('PUMP_PARAMETER_CONFLICT', `${path}.kind`, `${profile.name} is a ${profile.kind} pump; the request says "${input.kind}"`)]);
  }

  const errors: EngineError[] = [];
  const own = [...COMMON_PUMP_FIELDS, ...(kind === 'programmable' ? PROGRAMMABLE_PUMP_FIELDS : FIXED_RATE_PUMP_FIELDS)];
  const foreign = kind === 'programmable' ? FIXED_RATE_PUMP_FIELDS : PROGRAMMABLE_PUMP_FIELDS;
  for (const f of foreign) {
    if (input[f] !== undefined) {
      errors.push(engineError('PUMP_PARAMETER_CONFLICT', `${path}.${f}`, `"${f}" is a parameter of ${kind === 'programmable' ? 'fixed-rate' : 'programmable'} pumps; this pump is ${kind}`));
    }
  }

  // Null prototypes: an absent parameter reads undefined whatever other code adds to Object.prototype.
  const values = Object.create(null) as Partial<Record<PumpField, AnyQuantity>>;
  const origins = Object.create(null) as Partial<Record<PumpField, ParameterOrigin>>;
  const fromProfile = (f: PumpField, fact: SourcedValue): void => {
    const q = parseSourcedValue(fact);
    if (E.isLeft(q)) {
      errors.push({ ...q.left, path: `${path}.${f}` });
      return;
    }
    const given = input[f];
    if (given !== undefined && !same(given, q.right)) {
      errors.push(engineError('PUMP_PARAMETER_CONFLICT', `${path}.${f}`, `${profile?.name ?? 'the profile'} has ${f} ${fact.value} (${fact.source}); the request says ${show(given)}, which contradicts the device`));
      return;
    }
    values[f] = q.right;
    origins[f] = { from: 'profile', source: fact.source, confidence: fact.confidence };
  };
  const fromRequest = (f: PumpField, q: AnyQuantity): void => {
    values[f] = q;
    origins[f] = { from: 'request', source: 'request' };
  };

  for (const f of own) {
    const given = input[f];
    if (f === 'reservoir' && profile !== undefined && profile.reservoirs.length > 0) {
      resolveReservoir(profile, input.reservoir, path, needs.includes(f as F), errors, fromProfile);
      continue;
    }
    const fact = profile?.deviceFacts[f];
    if (fact !== undefined) {
      fromProfile(f, fact);
      continue;
    }
    if (given !== undefined) {
      fromRequest(f, given);
      continue;
    }
    const dflt = profile?.defaults[f];
    if (dflt !== undefined) fromProfile(f, dflt);
  }

  errors.push(...checkValues(values, path));
  for (const f of needs) {
    if (own.includes(f) && values[f] === undefined && !errors.some((e) => e.path === `${path}.${f}`)) {
      const where = profile === undefined ? 'the pump profile' : `the ${sitePumpIn(library, profile.name) === undefined ? 'built-in' : 'site'} profile ${profile.name}`;
      errors.push(engineError('PUMP_PARAMETER_MISSING', `${path}.${f}`, `${where} has no "${f}", which this calculation needs; supply it (no public value exists, and the engine never guesses a device parameter)`));
    }
  }
  if (errors.length > 0) return E.left(errors);
  // Every needed field of this kind is present (checked just above), which is what ResolvedPump<F> states.
  const resolved = nullPrototype({ kind, ...values, origins, ...(profile === undefined ? {} : { profile }) }) as ResolvedPump<F>;
  return E.right(resolved);
}

/** The reservoir of a profile family: the request picks one of its sizes; a size it does not have is a conflict. */
function resolveReservoir(
  profile: PumpProfile,
  given: Quantity<'volume', Exact> | undefined,
  path: string,
  needed: boolean,
  errors: EngineError[],
  fromProfile: (f: PumpField, fact: SourcedValue) => void,
): void {
  const sizes = profile.reservoirs.map((r) => `${r.value} (${r.models})`).join(' or ');
  const source = profile.reservoirs[0]?.source ?? '';
  if (given === undefined) {
    const only = profile.reservoirs.length === 1 ? profile.reservoirs[0] : undefined;
    if (only !== undefined) fromProfile('reservoir', only);
    else if (needed) {
      errors.push(engineError('PUMP_PARAMETER_MISSING', `${path}.reservoir`, `${profile.name} is made with a ${sizes} reservoir (${source}): give pump.reservoir to say which`));
    }
    return;
  }
  const match = profile.reservoirs.find((r) => {
    const q = parseSourcedValue(r);
    return E.isRight(q) && same(q.right, given);
  });
  if (match === undefined) {
    errors.push(engineError('PUMP_PARAMETER_CONFLICT', `${path}.reservoir`, `${profile.name} is made with a ${sizes} reservoir (${source}); the request says ${show(given)}, which contradicts the device`));
    return;
  }
  fromProfile('reservoir', match);
}

/** Signs and cross-field consistency of the merged values. */
function checkValues(values: Partial<Record<PumpField, AnyQuantity>>, path: string): EngineError[] {
  const errors: EngineError[] = [];
  for (const [f, q] of Object.entries(values) as [PumpField, AnyQuantity][]) {
    const sign = A.compare(q.base, A.zero);
    if (MUST_BE_POSITIVE.has(f) && sign <= 0) {
      errors.push(engineError('NOT_POSITIVE', `${path}.${f}`, `"${f}" must be greater than zero; it is ${show(q)}`));
    } else if (sign < 0) {
      errors.push(engineError('NEGATIVE_QUANTITY', `${path}.${f}`, `"${f}" must not be negative; it is ${show(q)}`));
    }
  }
  const { reservoir, lowReservoirAlarm, minRate, maxRate } = values;
  if (reservoir !== undefined && lowReservoirAlarm !== undefined && A.compare(lowReservoirAlarm.base, reservoir.base) >= 0) {
    errors.push(engineError('PUMP_PARAMETER_CONFLICT', `${path}.lowReservoirAlarm`, `the low-reservoir alarm ${show(lowReservoirAlarm)} is not below the reservoir ${show(reservoir)}`));
  }
  if (minRate !== undefined && maxRate !== undefined && A.compare(minRate.base, maxRate.base) > 0) {
    errors.push(engineError('PUMP_PARAMETER_CONFLICT', `${path}.minRate`, `the minimum rate ${show(minRate)} is above the maximum rate ${show(maxRate)}`));
  }
  return errors;
}
