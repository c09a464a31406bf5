import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { bridge } from '../../../core/index.js';
import { decodeBridgeRequest } from '../../../spec/codecs/index.js';
import { contractBridge } from '../../spec/wire/commands/_bridgeFixtures.js';

type Json = Record<string, Record<string, unknown>>;
/** The contract's bridge request changed by `edit`, bridged; the bridge, its roundings and its warnings. */
function bridged(edit: (j: Json) => void) {
  const j = contractBridge() as Json;
  edit(j);
  const d = decodeBridgeRequest(j);
  if (E.isLeft(d)) throw new Error(JSON.stringify(d.left));
  const r = bridge(d.right);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  const b = r.right.bridge;
  return {
    bridge: b === undefined ? undefined : [b.flow.toString(), b.after.toString(), b.rounded, b.flushedAfter.toString()],
    roundings: r.right.roundings.map((x) => [x.what, x.from, x.to, x.direction, x.why]),
    warnings: r.right.warnings.filter((w) => w.code !== 'BRIDGE_REQUIRED').map((w) => [w.code, w.path, w.message]),
  };
}
const LATER = 'switched at the first whole minute after the old fluid is out: new fluid at the bridge flow delivers less than old fluid at the new flow';
const EARLIER = 'switched at the last whole minute before the old fluid is out: old fluid at the new flow delivers less than new fluid at the bridge flow';

describe('bridge, roundings of the flow and of the switch', () => {
  it('[REQ-BRIDGE-005] 20 → 10 mg/mL, dead volume 0.434 mL at 0.15 mL/day: out after 249 984 s, switched later at 4167 min, and said so', () => {
    const r = bridged((j) => { j['catheter'] = { length: '90 cm', volumePerLength: '0.0026 mL/cm' }; });
    expect(r.bridge).toEqual(['150', '250020', 'later', '249984']);
    expect(r.roundings).toEqual([['program.newProgram.after', 'the dead volume ÷ the bridge flow', '4167 min', 'up (upper bound)', LATER]]);
    expect(r.warnings).toEqual([['BRIDGE_TIP_DOSE_OUT_OF_RANGE', 'old.drugs.0', 'morphine: with the bridge some 24 h window at the catheter tip gets as little as 2.999375 mg, '
      + 'outside the prescribed 3 mg to 3 mg (a window mixing old and new fluid, or a rate rounded toward less drug)']]);
  });
  it('[REQ-BRIDGE-005] 10 → 20 mg/mL, dead volume 0.434 mL at 0.3 mL/day: at 124 992 s of bridge flow, switched earlier at 2083 min, and said so', () => {
    const r = bridged((j) => {
      j['catheter'] = { length: '90 cm', volumePerLength: '0.0026 mL/cm' };
      j['old'] = { drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }], rate: '0.3 mL/day' };
      j['new'] = { drugs: [{ drug: 'morphine', concentration: '20 mg/mL' }], therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } };
    });
    // the last 12 s of old fluid at 0.3 mL/day leave at the new 0.15 mL/day after the switch: in 24 s, so the tip is flushed at 125 004 s
    expect(r.bridge).toEqual(['300', '124980', 'earlier', '125004']);
    expect(r.roundings).toEqual([['program.newProgram.after', 'the dead volume ÷ the bridge flow', '2083 min', 'earlier', EARLIER]]);
  });
  it('[REQ-BRIDGE-004] [REQ-ROUND-002] 1 mg/day from 30 mg/mL is 0.0333... mL/day: floored to 0.033 mL/day, recorded and warned', () => {
    const r = bridged((j) => {
      j['old'] = { drugs: [{ drug: 'morphine', concentration: '30 mg/mL' }], rate: '0.1 mL/day' };
      (j['new'] as { therapy: Record<string, unknown> }).therapy['dose'] = '1 mg/day';
    });
    // 0.25 mL ÷ 0.033 mL/day = 654 545.45... s, later: 10 910 min
    expect(r.bridge).toEqual(['33', '654600', 'later', '654545']);
    expect(r.roundings).toEqual([
      ['program.steps.0.rate', 'morphine new daily dose ÷ 30 mg/mL', '0.033 mL/day', 'toward less drug', 'the old fluid\'s flow for the new dose is not a multiple of the pump rate resolution 0.001 mL/day'],
      ['program.newProgram.after', 'the dead volume ÷ the bridge flow', '10910 min', 'up (upper bound)', LATER],
    ]);
    // the bridge gives 0.033 × 30 = 0.99 mg/day; the window with the 54.5 s of new fluid at the bridge flow gets 0.99 − 0.66 × 54.54.../86400 mg
    expect(r.warnings).toEqual([
      ['ROUNDED_TOWARD_LESS_DRUG', 'program.steps.0.rate', 'the bridge flow was rounded down to 0.033 mL/day (toward less drug)'],
      ['BRIDGE_TIP_DOSE_OUT_OF_RANGE', 'old.drugs.0', 'morphine: with the bridge some 24 h window at the catheter tip gets as little as 0.989583333 mg, '
        + 'outside the prescribed 1 mg to 3 mg (a window mixing old and new fluid, or a rate rounded toward less drug)'],
    ]);
  });
});
