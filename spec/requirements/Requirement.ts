/**
 * A requirement of the engine, with a stable ID that tests name in their titles
 * (`[REQ-DOSE-002] ...`), so `npm run trace` can link hazards to requirements
 * to the tests that ran and passed.
 *
 * `kind` follows the FDA/UPenn Generic PCA pump work: `model` (checkable on the
 * engine itself: properties, differential tests), `platform` (checkable only on
 * the device or integration), `not-formalisable` (reviewed by people).
 * @since 0.1.0
 */
export interface Requirement {
  /** Stable ID, `REQ-<AREA>-<NNN>`; never reused, never renumbered. */
  readonly id: string;
  readonly title: string;
  /** What the engine must do, precisely enough to test. */
  readonly demands: string;
  readonly kind: 'model' | 'platform' | 'not-formalisable';
  /** How it is verified (property, differential test, unit test, example vector, review). */
  readonly verifiedBy: string;
}
