import * as E from 'fp-ts/lib/Either.js';
import { libraryOf, siteOf, type LibraryOptions } from '../../../core/index.js';
import { errorResponse, okResponse } from '../WireResponse.js';
import type { Command } from './Command.js';

/**
 * `version`: the engine, wire format, drug library and pump library versions
 * (the CLI also answers `itdose --version` with it). Every response carries the
 * same `versions`; this command answers them alone.
 *
 * @example
 * import { versionCommand } from './version.js';
 * versionCommand.run(undefined).body; // { ok: true, warnings: [], versions: { engine: '0.1.0', wireFormat: 'v1', drugLibrary: '1.3.0', pumpLibrary: '1.2.0' } }
 *
 * Implements REQ-PKG-003.
 * @since 0.1.0
 */
export const versionCommand: Command = {
  name: 'version',
  takesRequest: false,
  summary: 'the engine, wire format, drug library and pump library versions',
  run(_request: unknown, options?: LibraryOptions) {
    const library = libraryOf(options);
    if (E.isLeft(library)) return errorResponse(library.left);
    return okResponse({}, [], siteOf(library.right));
  },
};
