import * as E from 'fp-ts/lib/Either.js';
import { engineError, type EngineError } from '../../errors/EngineError.js';
import { CAPABILITY_NAMES, type Capability, type CapabilityName, type PumpCapabilities } from '../../pump/PumpCapabilities.js';
import { COMMON_PUMP_FIELDS, FIXED_RATE_PUMP_FIELDS, PROGRAMMABLE_PUMP_FIELDS } from '../../pump/ResolvedPump.js';
import { hasOwn } from '../../request/ownProperties.js';
import type { PumpField } from '../../request/PumpInput.js';
import { parseSourcedValue } from '../parseSourcedValue.js';
import { lookupPumpProfile, PUMP_NAMES, type PumpFacts, type PumpProfile } from '../pumps.js';
import type { SiteLibraryName } from '../Library.js';
import type { SitePumpInput } from '../SiteLibrary.js';
import type { SitePump } from '../sitePumps.js';

/**
 * The site pumps of a site file: each name not a built-in profile's
 * (INVALID_VALUE at `pumps.<name>`), each fact of a field of its kind
 * (INVALID_VALUE), given once (as a device fact, a default, or for the
 * reservoir as `reservoirs`), and a value that parses (INVALID_QUANTITY).
 * Every error is collected.
 */
export function sitePumpProfiles(pumps: Readonly<Record<string, SitePumpInput>>, site: SiteLibraryName): E.Either<EngineError[], Record<string, SitePump>> {
  const errors: EngineError[] = [];
  const out: Record<string, SitePump> = {};
  for (const name of Object.keys(pumps)) {
    const given = pumps[name];
    if (given === undefined) continue;
    const at = `pumps.${name}`;
    if (lookupPumpProfile(name) !== undefined) {
      errors.push(engineError('INVALID_VALUE', at, `"${name}" is a built-in pump profile (${PUMP_NAMES.join(', ')}): a site library adds new profiles only and never changes a built-in device's facts; give the profile another name`));
      continue;
    }
    const own: readonly PumpField[] = [...COMMON_PUMP_FIELDS, ...(given.kind === 'programmable' ? PROGRAMMABLE_PUMP_FIELDS : FIXED_RATE_PUMP_FIELDS)];
    const problems: EngineError[] = [];
    const seen = new Set<PumpField>();
    const reservoirs = (hasOwn(given, 'reservoirs') ? given.reservoirs : undefined) ?? [];
    if (reservoirs.length > 0) seen.add('reservoir');
    reservoirs.forEach((r, i) => {
      if (E.isLeft(parseSourcedValue(r))) problems.push(engineError('INVALID_QUANTITY', `${at}.reservoirs.${i}.value`, `${r.value} is not a quantity`));
    });
    for (const list of ['deviceFacts', 'defaults'] as const) {
      const facts: PumpFacts = (hasOwn(given, list) ? given[list] : undefined) ?? {};
      for (const f of Object.keys(facts) as PumpField[]) {
        const fact = facts[f];
        if (fact === undefined) continue;
        if (!own.includes(f)) {
          problems.push(engineError('INVALID_VALUE', `${at}.${list}.${f}`, `"${f}" is not a parameter of ${given.kind} pumps`));
        } else if (seen.has(f)) {
          problems.push(engineError('INVALID_VALUE', `${at}.${list}.${f}`, f === 'reservoir' && reservoirs.length > 0
            ? '"reservoir" is given both as reservoirs (the sizes the family is made in) and as a fact: give it once'
            : `"${f}" is given both as a device fact and as a default: give it once`));
        } else if (E.isLeft(parseSourcedValue(fact))) {
          problems.push(engineError('INVALID_QUANTITY', `${at}.${list}.${f}.value`, `${fact.value} is not a quantity`));
        }
        seen.add(f);
      }
    }
    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    const profile: PumpProfile = {
      name,
      displayName: given.displayName,
      kind: given.kind,
      reservoirs,
      deviceFacts: given.deviceFacts ?? {},
      defaults: given.defaults ?? {},
      integratorSupplies: own.filter((f) => !seen.has(f)),
      ...(given.catheter === undefined ? {} : { catheter: given.catheter }),
      otherFacts: given.otherFacts ?? [],
      notes: given.notes ?? [],
      approximate: given.approximate ?? [],
      capabilities: capabilitiesOf(given, site),
      description: given.description,
    };
    out[name] = given.labelledUse === undefined ? { profile } : { profile, labelledUse: given.labelledUse };
  }
  return errors.length > 0 ? E.left(errors) : E.right(out);
}

/** The site's capabilities, each sourced to the site library (the integrator's profile). */
function capabilitiesOf(given: SitePumpInput, site: SiteLibraryName): PumpCapabilities {
  const out: Partial<Record<CapabilityName, Capability<bigint> | Capability<boolean>>> = {};
  const caps = given.capabilities;
  if (caps === undefined) return out as PumpCapabilities;
  for (const k of CAPABILITY_NAMES) {
    const v = hasOwn(caps, k) ? caps[k] : undefined;
    if (v !== undefined) out[k] = { value: v, source: `site library ${site.name} ${site.version}`, grade: 'E', confidence: 'engine' } as Capability<bigint> | Capability<boolean>;
  }
  return out as PumpCapabilities;
}
