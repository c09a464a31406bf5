import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError, type EngineWarning } from '../errors/EngineError.js';
import { ROUTES, type ConversionChain, type Route } from '../library/conversions.js';
import { conversionChainIn } from '../library/conversionChainIn.js';
import { drugIn, libraryOf, type LibraryOptions } from '../library/Library.js';
import { parseSourcedValue } from '../library/parseSourcedValue.js';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../quantity/parseQuantity.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import { quantity, type Quantity } from '../quantity/Quantity.js';
import type { ConvertRequest } from '../request/ConvertRequest.js';
import { guardConvertRequest } from '../request/guardConvertRequest.js';
import { quotientTowardLessDrug } from '../rounding/directedRounding.js';
import { intrathecalDoseBound, type IntrathecalDoseBound } from './_internals/intrathecalDoseBound.js';

/**
 * A converted starting dose.
 * @since 0.1.0
 */
export interface ConvertResult {
  /** The dose by the target route, rounded toward less drug to 1 ng/day (a millionth of a mg/day). */
  readonly dose: Quantity<'doseRate', Exact>;
  /** The ratio used, from-route dose : target-route dose, as a plain decimal (`"300"` for 300:1). */
  readonly ratio: string;
  /** Where the ratio comes from: the library chain's citation, or the request. */
  readonly source: string;
  readonly warnings: EngineWarning[];
}

const DECIMAL = /^-?([0-9]+)(?:\.([0-9]+))?$/;
/** The grid the converted dose is floored to: 1 base unit = 1 ng/day. */
const GRID = A.one;

/**
 * Converts a systemic opioid dose to a starting dose by a more spinal route
 * (oral → intravenous → epidural → intrathecal). The ratio is the request's
 * (`ratio`, a plain decimal of at least 1, e.g. `"300"` for 300:1) or the
 * library chain's (morphine oral : intravenous : epidural : intrathecal =
 * 300 : 100 : 10 : 1, Krames); the response names it and its source. The
 * result is the dose divided by the ratio, floored to 1 ng/day (toward less
 * drug; ROUNDED_TOWARD_LESS_DRUG when that changed it).
 *
 * Always warns CONVERSION_RATIO_RANGE: reported oral-to-intrathecal ratios run
 * from about 10:1 to 150:1, so a converted dose is a starting point, not a
 * target. An intrathecal result above a library soft daily limit warns
 * CONVERTED_DOSE_ABOVE_SOFT_LIMIT; hard limits are never defined or raised by
 * a conversion (a prescription is checked against them when compiled).
 *
 * Refused: a drug not in the library (UNKNOWN_DRUG), a drug without a chain
 * (NO_CONVERSION_RATIO: no other drug's ratios are borrowed), an unknown route,
 * the same route twice or a conversion away from the spine (INVALID_VALUE), a
 * ratio that is not a plain decimal or is below 1 (INVALID_VALUE), zero or
 * negative (NOT_POSITIVE), a dose that is not positive or converts to less
 * than 1 ng/day (NOT_POSITIVE).
 *
 * Bounded by the largest plausible dose (an engine bound derived from sourced
 * facts, not a published maximum; no public source gives a largest systemic
 * or intrathecal opioid dose): intrathecally, the whole of the largest
 * sourced reservoir (40 mL: SynchroMed II 8637-40, Prometra REF 16827) filled
 * with the strongest labelled product for pumps (morphine: Infumorph
 * 25 mg/mL) in one day, 1000 mg/day; by another route its equivalent by the
 * library chain (epidural 10 000, intravenous 100 000, oral 300 000 mg/day of
 * morphine). A source dose above the bound for its route is
 * QUANTITY_ABOVE_BOUND at `from.dose`; a converted dose above the bound for
 * the target route (a prescriber ratio below the chain's) is
 * CONVERTED_DOSE_ABOVE_BOUND at `ratio`. Comparisons are exact (cross-multiplied).
 *
 * Fail-closed entry: the input is re-validated first (`guardConvertRequest`), from own
 * data properties only; anything the decoder could not have produced is a coded error (`REQUEST_NOT_WELL_FORMED`, or the decoder's code for the same rule) with the path of the first bad field, never an exception.
 *
 * `options.library`: the drug library its limits are read from (default the
 * built-in one; see `compile`).
 *
 * @example
 * import { convertDose } from './convertDose.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * import { quantity } from '../quantity/Quantity.js';
 * const r = convertDose({ drug: 'morphine', from: { route: 'oral', dose: quantity('doseRate', A.fromInteger(600_000_000n)) },
 *   to: { route: 'intrathecal' }, ratio: '300' });
 * // Right: dose 2 mg/day (2 000 000 ng/day), ratio "300", source "request (prescriber-supplied ratio)"
 *
 * Implements REQ-CONV-001, REQ-CONV-002, REQ-CONV-003, REQ-ROUND-002, REQ-INPUT-004, REQ-EMBED-001, REQ-SITE-001.
 * @since 0.1.0
 */
export function convertDose(request: ConvertRequest, options?: LibraryOptions): E.Either<EngineError[], ConvertResult> {
  const library = libraryOf(options);
  if (E.isLeft(library)) return library;
  const guarded = guardConvertRequest(request);
  if (E.isLeft(guarded)) return guarded;
  const req = guarded.right;
  const drug = drugIn(library.right, req.drug);
  if (drug === undefined) {
    return E.left([engineError('UNKNOWN_DRUG', 'drug', `"${req.drug}" is not in the drug library`)]);
  }
  const chain = conversionChainIn(library.right, req.drug);
  if (chain === undefined) {
    return E.left([engineError('NO_CONVERSION_RATIO', 'drug', `the drug library has no route conversion ratios for ${req.drug} (it has them for morphine only); ratios of another drug are never borrowed`)]);
  }
  const errors: EngineError[] = [];
  const from = asRoute(req.from.route, 'from.route', errors);
  const to = asRoute(req.to.route, 'to.route', errors);
  if (from !== undefined && to !== undefined) {
    if (from === to) {
      errors.push(engineError('INVALID_VALUE', 'to.route', `from and to are both "${from}": nothing to convert`));
    } else if (ROUTES.indexOf(from) > ROUTES.indexOf(to)) {
      errors.push(engineError('INVALID_VALUE', 'to.route', `convert gives a starting dose by a more spinal route (${ROUTES.join(' → ')}); "${from}" to "${to}" goes the other way`));
    }
  }
  const bound = intrathecalDoseBound(drug);
  if (E.isLeft(bound)) return E.left([bound.left]);
  if (A.compare(req.from.dose.base, A.zero) <= 0) {
    errors.push(engineError('NOT_POSITIVE', 'from.dose', 'the dose to convert must be greater than zero'));
  } else if (from !== undefined) {
    const above = routeBoundProblem(chain, bound.right, from, req.from.dose.base, A.one);
    if (E.isLeft(above)) return E.left([above.left]);
    if (above.right !== undefined) {
      errors.push(engineError('QUANTITY_ABOVE_BOUND', 'from.dose',
        `"from.dose" must be at most ${above.right.text} by the ${from} route (got ${formatQuantity(req.from.dose, 'mg/day', 'up').text}); ${above.right.why}`));
    }
  }
  const given = req.ratio === undefined ? undefined : parseRatio(req.ratio, errors);
  if (errors.length > 0 || from === undefined || to === undefined) return E.left(errors);

  // dose_to = dose_from / ratio, ratio = parts[from] / parts[to]  ⇒  dose_to = dose_from × parts[to] / parts[from]
  const parts = chainParts(chain, from, to);
  if (E.isLeft(parts)) return E.left([parts.left]);
  const [num, den] = given === undefined ? [parts.right.to, parts.right.from] : [A.one, given];
  const converted = routeBoundProblem(chain, bound.right, to, A.mul(req.from.dose.base, num), den);
  if (E.isLeft(converted)) return E.left([converted.left]);
  if (converted.right !== undefined) {
    const ratioShown = given === undefined ? ratioOf(parts.right.from, parts.right.to) : A.toDecimalString(given);
    return E.left([engineError('CONVERTED_DOSE_ABOVE_BOUND', given === undefined ? 'from.dose' : 'ratio',
      `the ratio ${ratioShown} gives more than ${converted.right.text} by the ${to} route; ${converted.right.why}; check the ratio (written from : to, e.g. "300" for 300:1 oral to intrathecal)`)]);
  }
  const q = quotientTowardLessDrug(A, A.mul(req.from.dose.base, num), den, GRID);
  if (A.compare(q.value, A.zero) <= 0) {
    return E.left([engineError('NOT_POSITIVE', 'from.dose', 'the dose converts to less than 0.000001 mg/day; nothing to start with')]);
  }
  const dose = quantity('doseRate', q.value);
  const ratioText = given === undefined ? ratioOf(parts.right.from, parts.right.to) : A.toDecimalString(given);
  const source = given === undefined ? chain.parts[from].source : 'request (prescriber-supplied ratio)';

  const warnings: EngineWarning[] = [rangeWarning(chain, from, to, given)];
  if (q.changed) {
    warnings.push(engineError('ROUNDED_TOWARD_LESS_DRUG', 'dose', `the converted dose has more than six decimals in mg/day; rounded down to ${formatQuantity(dose, 'mg/day', 'down').text}`));
  }
  if (to === 'intrathecal') warnings.push(...softLimitWarnings(drugIn(library.right, req.drug), req.drug, dose));
  return E.right({ dose, ratio: ratioText, source, warnings });
}

/**
 * Whether the dose `numerator / denominator` (base units, ng/day) by `route`
 * is above that route's bound: the intrathecal bound times
 * `parts[route] / parts[intrathecal]` (its equivalent by the library chain).
 * Exact: `numerator × parts[intrathecal] > bound × parts[route] × denominator`.
 * `Right(undefined)` when within; `Right({ text, why })` when above.
 */
function routeBoundProblem(chain: ConversionChain, bound: IntrathecalDoseBound, route: Route, numerator: Exact, denominator: Exact): E.Either<EngineError, { text: string; why: string } | undefined> {
  const partsOf = chainParts(chain, route, 'intrathecal');
  if (E.isLeft(partsOf)) return E.left(partsOf.left);
  const { from: routePart, to: itPart } = partsOf.right;
  const within = A.compare(A.mul(numerator, itPart), A.mul(A.mul(bound.dose.base, routePart), denominator)) <= 0;
  if (within) return E.right(undefined);
  const routeBound = quantity('doseRate', quotientTowardLessDrug(A, A.mul(bound.dose.base, routePart), itPart, A.one).value);
  const it = formatQuantity(bound.dose, 'mg/day', 'down').text;
  const why = route === 'intrathecal'
    ? `${it} is ${bound.basis}: an engine bound derived from sourced facts, not a published maximum (no public source gives a largest intrathecal dose)`
    : `the ${route} equivalent by the library chain (${chain.parts[route].source}) of ${it} intrathecal, which is ${bound.basis}: an engine bound derived from sourced facts, not a published maximum (no public source gives a largest ${route} dose)`;
  return E.right({ text: formatQuantity(routeBound, 'mg/day', 'down').text, why });
}

function asRoute(route: string, path: string, errors: EngineError[]): Route | undefined {
  const r = ROUTES.find((x) => x === route);
  if (r === undefined) errors.push(engineError('INVALID_VALUE', path, `"${route}" is not a route; routes are ${ROUTES.join(', ')}`));
  return r;
}

function parseRatio(text: string, errors: EngineError[]): Exact | undefined {
  const m = DECIMAL.exec(text);
  if (m === null) {
    errors.push(engineError('INVALID_VALUE', 'ratio', `"${text}" is not a plain decimal such as "300" (no exponent, no "+", no ":", a leading zero)`));
    return undefined;
  }
  const [, intPart = '', fracPart = ''] = m;
  if (intPart.replace(/^0+(?=[0-9])/, '').length > MAX_INTEGER_DIGITS || fracPart.length > MAX_FRACTION_DIGITS) {
    errors.push(engineError('QUANTITY_OUT_OF_RANGE', 'ratio', `"${text}" has more than ${MAX_INTEGER_DIGITS} digits before or ${MAX_FRACTION_DIGITS} after the decimal point`));
    return undefined;
  }
  const r = A.fromDecimalString(text);
  if (A.compare(r, A.zero) <= 0) {
    errors.push(engineError('NOT_POSITIVE', 'ratio', `the ratio must be greater than zero; it is "${text}"`));
    return undefined;
  }
  if (A.compare(r, A.one) < 0) {
    errors.push(engineError('INVALID_VALUE', 'ratio', `a ratio below 1 ("${text}") would give more drug by the more spinal route; write the ratio as from : to, e.g. "300" for 300:1`));
    return undefined;
  }
  return r;
}

function chainParts(chain: ConversionChain, from: Route, to: Route): E.Either<EngineError, { from: Exact; to: Exact }> {
  const f = parseDecimal(chain.parts[from].value);
  const t = parseDecimal(chain.parts[to].value);
  if (f === undefined || t === undefined) {
    return E.left(engineError('INTERNAL_ERROR', '', `the conversion chain of ${chain.drug} has a part that is not a positive decimal`));
  }
  return E.right({ from: f, to: t });
}

function parseDecimal(text: string): Exact | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const d = A.fromDecimalString(text);
  return A.compare(d, A.zero) > 0 ? d : undefined;
}

/** `a / b` as a plain integer when `b` divides `a` (every ratio of the morphine chain), else `"a:b"`. */
function ratioOf(a: Exact, b: Exact): string {
  const q = A.floorDiv(a, b);
  return A.compare(A.mul(q, b), a) === 0 ? A.toDecimalString(q) : `${A.toDecimalString(a)}:${A.toDecimalString(b)}`;
}

function rangeWarning(chain: ConversionChain, from: Route, to: Route, given: Exact | undefined): EngineWarning {
  const o = chain.observedOralToIntrathecal;
  let text = `published ${chain.drug} oral-to-intrathecal ratios range widely, from about ${o.low.value}:1 to ${o.high.value}:1 (${o.detail.source}); the converted dose is a starting point to titrate from, not a target`;
  if (given !== undefined && from === 'oral' && to === 'intrathecal') {
    const low = parseDecimal(o.low.value);
    const high = parseDecimal(o.high.value);
    if (low !== undefined && high !== undefined && (A.compare(given, low) < 0 || A.compare(given, high) > 0)) {
      text += `; the ratio given, ${A.toDecimalString(given)}:1, is outside that range`;
    }
  }
  return engineError('CONVERSION_RATIO_RANGE', 'ratio', text);
}

function softLimitWarnings(entry: ReturnType<typeof drugIn>, drug: string, dose: Quantity<'doseRate', Exact>): EngineWarning[] {
  const warnings: EngineWarning[] = [];
  for (const l of entry?.softLimits ?? []) {
    if (l.kind !== 'maxDaily') continue;
    const q = parseSourcedValue(l);
    if (E.isRight(q) && A.compare(dose.base, q.right.base) > 0) {
      warnings.push(engineError('CONVERTED_DOSE_ABOVE_SOFT_LIMIT', 'dose',
        `the converted dose ${formatQuantity(dose, 'mg/day', 'down').text} is above the soft limit ${l.value} (${l.source}${l.confidence === 'unverified' ? ', unverified' : ''}); a prescription at this dose needs an override with a reason`));
    }
  }
  return warnings;
}
