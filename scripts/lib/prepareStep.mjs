// What the `prepare` step does (scripts/prepare.mjs), as a pure decision for
// its test.
//
// Implements REQ-PKG-006.

/**
 * `'use-existing'` when npm runs `prepare` for `npx` / `npm exec` (it links the
 * checkout into its npx cache and prepares it again) and the build is there;
 * `'build'` for every other command (ci, install, pack, publish, a git
 * dependency) and whenever the build is missing.
 *
 * @param {Readonly<Record<string, string | undefined>>} env the environment npm gives the script
 * @param {boolean} built whether dist/ holds the single-file CLI and the compiled core
 * @returns {'build' | 'use-existing'}
 */
export function prepareAction(env, built) {
  return env['npm_command'] === 'exec' && built ? 'use-existing' : 'build';
}
