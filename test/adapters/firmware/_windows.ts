import type { CDelivery } from './_harness.js';

/** The most nanolitres the deliveries put in any 24 h window (t − 86400, t]: two pointers over the call times. */
export function most24h(deliveries: readonly CDelivery[]): bigint {
  let most = 0n;
  let sum = 0n;
  let from = 0;
  for (const d of deliveries) {
    sum += d.deliverNl;
    while (from < deliveries.length && (deliveries[from]?.t ?? 0n) <= d.t - 86_400n) {
      sum -= deliveries[from]?.deliverNl ?? 0n;
      from += 1;
    }
    if (sum > most) most = sum;
  }
  return most;
}
