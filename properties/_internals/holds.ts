import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Runs a property with `fc.check` and asserts, through `expect`, that it did
 * not fail: the property's check counts as the test's assertion (every test
 * must assert, vitest's `requireAssertions`). Pass the parameters
 * `fuzzProfile` gives: in the fuzz stage's time-box mode its reporter (which
 * `fc.check` would not call) is called here, so the cases run are recorded
 * and a failure throws with the command that replays it; otherwise a failure
 * fails the assertion with fast-check's own report (counterexample, seed,
 * path). An asynchronous property gives a promise to await.
 *
 * @example
 * import fc from 'fast-check';
 * import { fuzzProfile } from './fuzzProfile.js';
 * holds(fc.property(fc.nat(), (n) => n >= 0), fuzzProfile(100));
 *
 * Implements REQ-TEST-001 (every test asserts), REQ-FUZZ-001 (reproducible runs).
 * @since 0.1.0
 */
export function holds<Ts>(property: fc.IProperty<Ts>, params?: fc.Parameters<Ts>): void;
export function holds<Ts>(property: fc.IAsyncProperty<Ts>, params?: fc.Parameters<Ts>): Promise<void>;
export function holds<Ts>(property: fc.IRawProperty<Ts>, params: fc.Parameters<Ts> = {}): void | Promise<void> {
  const { reporter, asyncReporter, ...rest } = params;
  const judge = (details: fc.RunDetails<Ts>): void => {
    reporter?.(details);
    expect(details.failed, report(details)).toBe(false);
  };
  if (property.isAsync()) {
    return (fc.check(property, rest) as Promise<fc.RunDetails<Ts>>).then(async (details) => {
      await asyncReporter?.(details);
      judge(details);
    });
  }
  judge(fc.check(property, rest) as fc.RunDetails<Ts>);
  return undefined;
}

/** fast-check's report of a run with the error the property threw, when it threw one. */
function report<Ts>(details: fc.RunDetails<Ts>): string {
  const thrown = details.errorInstance === null || details.errorInstance === undefined ? '' : `\nGot error: ${details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance)}`;
  return `${fc.defaultReportMessage(details) ?? 'property failed'}${thrown}`;
}
