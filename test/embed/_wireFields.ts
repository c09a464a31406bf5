import { CONVERSION_CHAINS, DRUG_LIBRARY, PUMP_PROFILES } from '../../core/index.js';

/**
 * Every field name of a request of wire format v1 and of its extensions, as
 * the codecs in `spec/codecs/` declare them (`strictObject(...)` required and
 * optional fields), plus the decoded request's own names (`basal`), the
 * library's drug and profile names (keys of `limits` and of the tables) and
 * the contract's routes. `wireFieldNames.test.ts` checks that every key of
 * every request vector is in this list.
 */
export const REQUEST_FIELD_NAMES: readonly string[] = [
  // pump (a profile name or an object)
  'pump', 'profile', 'kind', 'reservoir', 'lowReservoirAlarm', 'rateResolution', 'minRate', 'maxRate', 'maxBolusRate',
  'bolusVolumeResolution', 'internalVolume', 'nominalFlow', 'flowTolerance', 'labelledUse', 'source', 'concentrations', 'min', 'max',
  // reservoir
  'fill', 'filledAt', 'filledOn', 'drugs', 'drug', 'concentration',
  // therapy
  'therapy', 'mode', 'dose', 'steps', 'start', 'periodicBoluses', 'duration', 'patientBolus', 'lockout', 'maxPerDay', 'basal',
  // week programs (an extension): the days and the decoded weekday's own names
  'days', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // titration, limits, overrides
  'titration', 'previousDose', 'since', 'limits', 'maxDaily', 'overrides', 'code', 'limit', 'upTo', 'reason',
  // bridge, prime, clock-change
  'catheter', 'volume', 'length', 'volumePerLength', 'old', 'new', 'rate', 'contents', 'pumpInternal', 'clockChange', 'at', 'jump',
  // convert, refill-check
  'from', 'to', 'route', 'ratio', 'oral', 'intravenous', 'epidural', 'intrathecal', 'expectedResidual', 'measuredResidual', 'discrepancyThreshold',
];

/** Names whose presence on Object.prototype breaks the JavaScript runtime itself (property descriptors, promises, coercion), not the engine. */
export const RUNTIME_NAMES: ReadonlySet<string> = new Set(['value', 'get', 'set', 'writable', 'enumerable', 'configurable', 'then', 'toJSON', 'toString', 'valueOf', 'constructor', '__proto__']);

/** The request field names, the library's names, and every key of the given response bodies (minus {@link RUNTIME_NAMES}). */
export function wireFieldNames(responses: readonly unknown[]): string[] {
  const names = new Set<string>([...REQUEST_FIELD_NAMES, ...Object.keys(DRUG_LIBRARY), ...Object.keys(PUMP_PROFILES), ...Object.keys(CONVERSION_CHAINS)]);
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        names.add(k);
        walk(v);
      }
    }
  };
  responses.forEach(walk);
  return [...names].filter((n) => !RUNTIME_NAMES.has(n)).sort();
}
