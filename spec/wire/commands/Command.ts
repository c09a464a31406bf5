import type { LibraryOptions } from '../../../core/index.js';
import type { WireResponse } from '../WireResponse.js';

/**
 * A wire-format command: decode the request, run the core, encode the response.
 * `takesRequest` is false for listing commands (`drugs`, `pumps`).
 * Handlers are total: they never throw (the CLI still guards, answering
 * INTERNAL_ERROR with exit 1 if one ever did).
 * @since 0.1.0
 */
export interface Command {
  readonly name: string;
  readonly takesRequest: boolean;
  readonly summary: string;
  /**
   * The response to one request (the parsed JSON, or undefined for a listing
   * command); never throws. `options.library`: the drug library to use (a site
   * library; default the built-in one), named in `versions.siteLibrary`.
   */
  run(request: unknown, options?: LibraryOptions): WireResponse;
}
