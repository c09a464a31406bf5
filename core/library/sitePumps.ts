import type { PumpInput } from '../request/PumpInput.js';
import { hasOwn } from '../request/ownProperties.js';
import type { Library } from './Library.js';
import { lookupPumpProfile, PUMP_NAMES, type PumpProfile } from './pumps.js';

/**
 * A pump profile a site library adds: the profile, written as the built-in
 * ones, and the labelled use the site gives it (as a request's
 * `pump.labelledUse`; absent: not known).
 *
 * Implements REQ-SITE-007.
 * @since 0.1.0
 */
export interface SitePump {
  readonly profile: PumpProfile;
  readonly labelledUse?: PumpInput['labelledUse'];
}

/**
 * A site pump of a library by its exact name (own property only), or
 * `undefined` (the built-in library, or a name the site does not add).
 *
 * @example
 * import { sitePumpIn } from './sitePumps.js';
 * import { BUILT_IN_LIBRARY } from './Library.js';
 * sitePumpIn(BUILT_IN_LIBRARY, 'synchromed-ii'); // undefined: a built-in profile, not a site one
 *
 * Implements REQ-SITE-007.
 * @since 0.1.0
 */
export function sitePumpIn(library: Library, name: string): SitePump | undefined {
  if (typeof name !== 'string' || !hasOwn(library, 'pumps')) return undefined;
  const pumps = library.pumps;
  return pumps !== undefined && hasOwn(pumps, name) ? pumps[name] : undefined;
}

/**
 * The pump profile a request's `"pump": NAME` names in a library: the
 * built-in profile of that name, else the site profile of that name, else
 * `undefined`. A site cannot shadow a built-in profile (`applySiteLibrary`
 * refuses the name), so the built-in one is looked up first.
 *
 * @example
 * import { pumpProfileIn } from './sitePumps.js';
 * import { BUILT_IN_LIBRARY } from './Library.js';
 * pumpProfileIn(BUILT_IN_LIBRARY, 'prometra-40')?.kind; // "programmable"
 *
 * Implements REQ-SITE-007, REQ-PUMP-004.
 * @since 0.1.0
 */
export function pumpProfileIn(library: Library, name: string): PumpProfile | undefined {
  return lookupPumpProfile(name) ?? sitePumpIn(library, name)?.profile;
}

/**
 * The names of the site profiles a library adds, in the site file's order
 * (empty for the built-in library).
 *
 * @example
 * import { sitePumpNames } from './sitePumps.js';
 * import { BUILT_IN_LIBRARY } from './Library.js';
 * sitePumpNames(BUILT_IN_LIBRARY); // []
 *
 * Implements REQ-SITE-007.
 * @since 0.1.0
 */
export function sitePumpNames(library: Library): readonly string[] {
  const pumps = hasOwn(library, 'pumps') ? library.pumps : undefined;
  return pumps === undefined ? [] : Object.keys(pumps).filter((n) => !PUMP_NAMES.includes(n));
}
