import { describe, expect, it } from 'vitest';
import { runHarness, runScheduler, writeTemp } from './_harness.js';
import { most24h } from './_windows.js';
import { imageOf } from './_prescriptions.js';

// The C scheduler's edges: a long gap never delivers its backlog beyond the 24 h ceiling, time never runs
// backwards, and a patient request with no patient bolus programmed is refused.
describe('the C scheduler', () => {
  const img = imageOf('continuous-3mg-day'); // 300000 nL/day, ceiling 300000 nL per 24 h

  it('[REQ-FW-005] after three days without a call it delivers at most the 24 h ceiling, and withholds the rest for good', () => {
    const got = runScheduler(img.image, 0n, [{ t: 259_200n, request: false }, { t: 259_260n, request: false }, { t: 345_600n, request: false }, { t: 345_660n, request: false }]);
    expect(got.map((d) => [d.deliverNl, d.withheldNl])).toEqual([
      [300_000n, 600_000n], // 900000 nL due; the ceiling lets 300000 through
      [0n, 208n], // the last 24 h already holds the ceiling
      [299_792n, 0n], // t = 345600: the delivery at 259200 has left the window (t − 24 h, t]
      [208n, 0n],
    ]);
    expect(most24h(got)).toBeLessThanOrEqual(img.device.drugs[0]?.ceilingNlPer24h ?? 0n);
    expect(got.reduce((s, d) => s + d.deliverNl + d.withheldNl, 0n)).toBe(345_660n * 300_000n / 86_400n);
  });

  it('[REQ-FW-004] a call earlier than the one before is an error, and changes nothing', () => {
    const out = runHarness('sanitized', ['run', writeTemp('image.bin', img.image), writeTemp('calls.txt', '0\n3600 0\n1800 0\n7200 0\n')]).trim().split('\n');
    expect(out).toEqual(['3600 12500 0 0', '1800 error 8', '7200 12500 0 0']);
  });

  it('[REQ-FW-004] a patient request is refused when the image has no patient bolus', () => {
    const got = runScheduler(img.image, 0n, [{ t: 60n, request: true }]);
    expect(got[0]?.bolus).toBe(4);
  });
});
