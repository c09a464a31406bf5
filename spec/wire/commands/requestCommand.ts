import * as E from 'fp-ts/lib/Either.js';
import { libraryOf, siteOf, type EngineError, type EngineWarning, type LibraryOptions } from '../../../core/index.js';
import { errorResponse, okResponse } from '../WireResponse.js';
import type { Command } from './Command.js';

/**
 * Builds a wire command from its three parts, the same for every command
 * that takes a request: decode the request (coded errors, exit 2), run the
 * core (coded refusals, exit 3), encode the result with its warnings (exit 0).
 * No dose logic here: the parts come from `spec/codecs`, `core/` and the
 * encoders. `options.library` (a site library) is passed to the core and
 * named in `versions.siteLibrary` of every response, refusals included.
 *
 * @example
 * import { requestCommand } from './requestCommand.js';
 * import * as E from 'fp-ts/lib/Either.js';
 * const echo = requestCommand({ name: 'echo', summary: 'echo', decode: (u) => E.right(u), run: (r) => E.right({ r, warnings: [] }), encode: (x) => ({ got: x.r }) });
 * echo.run(1).exitCode; // 0
 *
 * Implements REQ-ERR-002, REQ-CLI-001, REQ-SITE-003.
 * @since 0.1.0
 */
export function requestCommand<Req, Res extends { readonly warnings: readonly EngineWarning[] }>(parts: {
  readonly name: string;
  readonly summary: string;
  readonly decode: (request: unknown) => E.Either<EngineError[], Req>;
  readonly run: (request: Req, options: LibraryOptions) => E.Either<EngineError[], Res>;
  readonly encode: (result: Res) => Readonly<Record<string, unknown>>;
}): Command {
  return {
    name: parts.name,
    takesRequest: true,
    summary: parts.summary,
    run(request: unknown, options?: LibraryOptions) {
      const library = libraryOf(options);
      if (E.isLeft(library)) return errorResponse(library.left);
      const site = siteOf(library.right);
      const decoded = parts.decode(request);
      if (E.isLeft(decoded)) return errorResponse(decoded.left, site);
      const result = parts.run(decoded.right, { library: library.right });
      if (E.isLeft(result)) return errorResponse(result.left, site);
      return okResponse(parts.encode(result.right), result.right.warnings, site);
    },
  };
}
