/**
 * The HTTP status of a wire response, from its CLI exit code: 0 → 200,
 * 2 (malformed) → 400, 3 (refused for safety) → 422, 1 (internal fault) → 500.
 *
 * Implements REQ-SRV-002.
 */
export function httpStatus(exitCode: 0 | 1 | 2 | 3): 200 | 400 | 422 | 500 {
  switch (exitCode) {
    case 0:
      return 200;
    case 2:
      return 400;
    case 3:
      return 422;
    default:
      return 500;
  }
}
