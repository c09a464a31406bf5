import { PUMP_LIBRARY_VERSION, PUMP_PROFILES, RESIDUAL_THRESHOLDS, type Capability, type PumpCapabilities } from '../../../core/index.js';
import { okResponse } from '../WireResponse.js';
import type { Command } from './Command.js';

/**
 * `pumps`: the built-in pump profiles with the source of every fact:
 * reservoir sizes and their models, device facts (a request may not
 * contradict them), defaults (a request may replace them), what the integrator
 * supplies (no public value), catheter facts, other facts and notes, the
 * approximate facts that are never used, and the residual-discrepancy
 * thresholds of `refill-check`.
 *
 * @example
 * import { pumpsCommand } from './pumps.js';
 * pumpsCommand.run(undefined).body; // { ok: true, version: '1.0.0', pumps: [{ name: 'synchromed-ii', kind: 'programmable', ... }], ... }
 *
 * Implements REQ-PUMP-006, REQ-PUMP-004.
 * @since 0.1.0
 */
/** Capabilities as JSON: counts as JSON integers (they are at most 48). */
function capabilitiesForWire(c: PumpCapabilities): Record<string, unknown> {
  return Object.fromEntries(Object.entries(c).map(([k, v]: [string, Capability<bigint> | Capability<boolean>]) => [k, { ...v, value: typeof v.value === 'bigint' ? Number(v.value) : v.value }]));
}

export const pumpsCommand: Command = {
  name: 'pumps',
  takesRequest: false,
  summary: 'the built-in pump profiles, with the source of every fact',
  run() {
    return okResponse({
      version: PUMP_LIBRARY_VERSION,
      rules: {
        reservoirs: 'a profile made in several sizes needs the request to name one (pump.reservoir); another size is refused (PUMP_PARAMETER_CONFLICT)',
        deviceFacts: 'fixed by the device: a request value must equal it (PUMP_PARAMETER_CONFLICT otherwise)',
        defaults: 'a manufacturer-recommended setting: a request value replaces it',
        integratorSupplies: 'no public value: the request supplies it whenever a calculation needs it (PUMP_PARAMETER_MISSING otherwise)',
        approximate: 'shown for people, never used in a calculation',
      },
      pumps: Object.values(PUMP_PROFILES).map((p) => ({ ...p, capabilities: capabilitiesForWire(p.capabilities) })),
      residualThresholds: RESIDUAL_THRESHOLDS,
    }, []);
  },
};
