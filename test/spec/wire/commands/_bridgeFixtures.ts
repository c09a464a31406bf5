/** The contract's bridge example (20 → 10 mg/mL morphine), as a fresh mutable JSON value. */
export function contractBridge(): Record<string, unknown> {
  return {
    pump: {
      kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day',
      minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL',
    },
    catheter: { volume: '0.05 mL' },
    old: { drugs: [{ drug: 'morphine', concentration: '20 mg/mL' }], rate: '0.15 mL/day' },
    new: { drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }], therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } },
    limits: { morphine: { maxDaily: '5 mg/day' } },
  };
}

/** A response body field by dotted path. */
export function at(body: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((x, k) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), body);
}

/** The codes of a response's warnings or errors. */
export function codes(body: unknown, field: 'warnings' | 'errors'): string[] {
  const list = at(body, field);
  return Array.isArray(list) ? list.map((w) => String((w as { code: unknown }).code)) : [];
}
