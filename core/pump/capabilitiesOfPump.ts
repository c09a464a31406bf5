import { BUILT_IN_LIBRARY, type Library } from '../library/Library.js';
import { pumpProfileIn } from '../library/sitePumps.js';
import type { PumpInput } from '../request/PumpInput.js';
import { hasOwn } from '../request/ownProperties.js';
import { CAPABILITY_NAMES, type Capability, type CapabilityName, type PumpCapabilities } from './PumpCapabilities.js';

const INTEGRATOR = "the integrator's pump profile (pump.capabilities)";

/**
 * The capabilities to check a program against: the named built-in profile's
 * (each with its public source) and the request's `pump.capabilities` (the
 * integrator's profile). Where both give one, the stricter holds (the fewer
 * steps or boluses a day; `false` over `true`), with its source; where
 * neither does, the capability is unknown and is not checked.
 *
 * A site library's profile (`library`, REQ-SITE-007) gives its capabilities
 * as a built-in one does.
 *
 * @example
 * import { capabilitiesOfPump } from './capabilitiesOfPump.js';
 * capabilitiesOfPump({ profile: 'synchromed-ii-40' }).doseChangesPerDay?.value; // 13n
 * capabilitiesOfPump({ profile: 'synchromed-ii-40', capabilities: { doseChangesPerDay: 8n } }).doseChangesPerDay?.value; // 8n
 * capabilitiesOfPump({ profile: 'prometra-40' }).doseChangesPerDay; // undefined (not public: not checked)
 *
 * Implements REQ-CAP-001, REQ-CAP-002, REQ-SITE-007.
 * @since 0.1.0
 */
export function capabilitiesOfPump(pump: PumpInput, library: Library = BUILT_IN_LIBRARY): PumpCapabilities {
  const profile = pump.profile === undefined ? undefined : pumpProfileIn(library, pump.profile);
  const given = pump.capabilities;
  const out: Partial<Record<CapabilityName, Capability<bigint> | Capability<boolean>>> = Object.create(null) as Partial<Record<CapabilityName, Capability<bigint> | Capability<boolean>>>;
  for (const k of CAPABILITY_NAMES) {
    const fromProfile = profile !== undefined && hasOwn(profile.capabilities, k) ? profile.capabilities[k] : undefined;
    const raw = given !== undefined && hasOwn(given, k) ? given[k] : undefined;
    const fromRequest = raw === undefined ? undefined : { value: raw, source: INTEGRATOR, grade: 'E' as const, confidence: 'engine' as const };
    if (fromProfile === undefined) {
      if (fromRequest !== undefined) out[k] = fromRequest as Capability<bigint> | Capability<boolean>;
      continue;
    }
    if (fromRequest === undefined) {
      out[k] = fromProfile;
      continue;
    }
    // the stricter: fewer a day, or false over true
    out[k] = (fromRequest.value < fromProfile.value ? fromRequest : fromProfile) as Capability<bigint> | Capability<boolean>;
  }
  return out as PumpCapabilities;
}
