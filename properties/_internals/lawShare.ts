import { appendFileSync } from 'node:fs';
import { currentSite, type FuzzEnv, type FuzzSite } from './fuzzProfile.js';

/** The least share of a law's cases that must reach the law (not stop at a refusal), REQ-FUZZ-005. */
export const LAW_SHARE_FLOOR = 0.8;

/** Counts a law's cases and those that reached the law. */
export interface LawShare {
  /** Counts one case drawn. */
  drawn(): void;
  /** Counts one case that reached the law (its request was accepted). */
  reached(): void;
  /** The share so far (1 when nothing was drawn). */
  share(): number;
  /**
   * The share, recorded in the fuzz stage's time-box mode with `FUZZ_RECORD`
   * as `{"reachedShare", "drawn", "file", "test"}`; throws when it is below
   * `floor`, naming the counts.
   */
  check(floor?: number): number;
}

/**
 * A counter of how many of a property's cases reach its law: a law that
 * passes because its input was refused tested nothing, so a property whose
 * generator drifts toward refusals must fail rather than pass vacuously.
 *
 * @example
 * const share = lawShare();
 * fc.assert(fc.property(acceptedRxParts, (p) => { share.drawn(); const r = compile(toRequest(p)); if (E.isLeft(r)) return; share.reached(); ... }), fuzzProfile(300));
 * share.check(); // throws below 80 %
 *
 * Implements REQ-FUZZ-005.
 * @since 0.1.0
 */
export function lawShare(env: FuzzEnv = process.env, site: FuzzSite = currentSite()): LawShare {
  let drawn = 0;
  let reached = 0;
  const share = (): number => (drawn === 0 ? 1 : reached / drawn);
  return {
    drawn: () => {
      drawn += 1;
    },
    reached: () => {
      reached += 1;
    },
    share,
    check: (floor = LAW_SHARE_FLOOR) => {
      const s = share();
      if (env.FUZZ_RECORD !== undefined && env.FUZZ_RECORD !== '' && env.FUZZ_TIME_BOX_MS !== undefined && env.FUZZ_TIME_BOX_MS !== '') {
        appendFileSync(env.FUZZ_RECORD, `${JSON.stringify({ reachedShare: Number(s.toFixed(4)), drawn, ...(site.file === undefined ? {} : { file: site.file }), ...(site.test === undefined ? {} : { test: site.test }) })}\n`);
      }
      if (s < floor) throw new Error(`only ${reached} of ${drawn} cases (${(100 * s).toFixed(1)} %) reached the law; the floor is ${(100 * floor).toFixed(0)} %: the generator draws too many refusals`);
      return s;
    },
  };
}
