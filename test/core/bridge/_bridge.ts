import * as E from 'fp-ts/lib/Either.js';
import { bridge, type BridgeRequest, type BridgeResult, type EngineError } from '../../../core/index.js';
import { decodeBridgeRequest } from '../../../spec/codecs/index.js';
import { contractBridge } from '../../spec/wire/commands/_bridgeFixtures.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the request is edited as loose JSON before it is decoded */
/** The bridge request as loose JSON, for tests to edit before it is decoded. */
export interface Json { pump: any; old: any; new: any; limits: any; catheter: any }
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The contract's bridge request (20 → 10 mg/mL morphine, 3 mg/day at 0.15 mL/day, dead volume 0.2 + 0.05 mL), changed by `edit`, decoded. */
export function request(edit: (j: Json) => void = () => {}): BridgeRequest {
  const j = contractBridge() as unknown as Json;
  edit(j);
  const r = decodeBridgeRequest(j);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
}

/** The bridge of an accepted request; a refusal fails the test with its errors. */
export const ok = (r: ReturnType<typeof bridge>): BridgeResult => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

/** A refusal's errors as [code, path, message], or 'accepted'. */
export const refused = (r: ReturnType<typeof bridge>): (readonly [EngineError['code'], string, string])[] | 'accepted' =>
  (E.isLeft(r) ? r.left.map((e) => [e.code, e.path, e.message] as const) : 'accepted');
