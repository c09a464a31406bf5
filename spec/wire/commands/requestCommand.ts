import * as E from 'fp-ts/lib/Either.js';
import type { EngineError, EngineWarning } from '../../../core/index.js';
import { errorResponse, okResponse } from '../WireResponse.js';
import type { Command } from './Command.js';

/**
 * Builds a wire command from its three parts, the same for every command
 * that takes a request: decode the request (coded errors, exit 2), run the
 * core (coded refusals, exit 3), encode the result with its warnings (exit 0).
 * No dose logic here: the parts come from `spec/codecs`, `core/` and the
 * encoders.
 *
 * @example
 * import { requestCommand } from './requestCommand.js';
 * import * as E from 'fp-ts/lib/Either.js';
 * const echo = requestCommand({ name: 'echo', summary: 'echo', decode: (u) => E.right(u), run: (r) => E.right({ r, warnings: [] }), encode: (x) => ({ got: x.r }) });
 * echo.run(1).exitCode; // 0
 *
 * Implements REQ-ERR-002, REQ-CLI-001.
 * @since 0.1.0
 */
export function requestCommand<Req, Res extends { readonly warnings: readonly EngineWarning[] }>(parts: {
  readonly name: string;
  readonly summary: string;
  readonly decode: (request: unknown) => E.Either<EngineError[], Req>;
  readonly run: (request: Req) => E.Either<EngineError[], Res>;
  readonly encode: (result: Res) => Readonly<Record<string, unknown>>;
}): Command {
  return {
    name: parts.name,
    takesRequest: true,
    summary: parts.summary,
    run(request: unknown) {
      const decoded = parts.decode(request);
      if (E.isLeft(decoded)) return errorResponse(decoded.left);
      const result = parts.run(decoded.right);
      if (E.isLeft(result)) return errorResponse(result.left);
      return okResponse(parts.encode(result.right), result.right.warnings);
    },
  };
}
