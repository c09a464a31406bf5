import { CODES, type Code } from '../../../core/index.js';
import type { JsonSchema } from '../../codecs/WireCodec.js';
import { array, object, oneOf, text, type Shape } from './Shape.js';

const codes = (keep: (kind: string) => boolean): Code[] => (Object.keys(CODES) as Code[]).filter((c) => keep(CODES[c].kind));

/** A warning: a code of the warning class, the path it concerns, a message. @since 0.1.0 */
export const WARNING = object({ code: oneOf(codes((k) => k === 'warning'), 'a warning code (core/errors/codes.ts)'), path: text('the request path concerned'), message: text('for people') });

/** An error: a code of the malformed, refusal or internal class, its path, a message. @since 0.1.0 */
export const ERROR = object({ code: oneOf(codes((k) => k !== 'warning'), 'an error code (core/errors/codes.ts); its class decides the exit code'), path: text('the request path at fault'), message: text('for people') });

/** The versions every response ends with; `siteLibrary` only when a site library was used (REQ-SITE-003). @since 0.1.0 */
export const VERSIONS = object(
  { engine: text('engine version'), wireFormat: text('wire format version'), drugLibrary: text('drug library version'), pumpLibrary: text('pump library version') },
  { siteLibrary: object({ name: text('the site library\'s name'), version: text('the site library\'s version') }) },
);

/**
 * The whole body of a command's response: its answer (`ok: true`, the
 * command's fields, `warnings`, `versions`) or a refusal (`ok: false`,
 * `errors`, `versions`). The error and warning code lists are the code
 * catalogue's, so the schema cannot list a code the engine does not have.
 *
 * Implements REQ-SCHEMA-002, REQ-ERR-001.
 * @since 0.1.0
 */
export function responseBody(fields: Shape<unknown>): JsonSchema {
  const own = fields.schema as { properties?: Record<string, JsonSchema>; required?: string[] };
  const answer: JsonSchema = {
    type: 'object',
    properties: { ok: { const: true }, ...(own.properties ?? {}), warnings: array(WARNING).schema, versions: VERSIONS.schema },
    required: ['ok', ...(own.required ?? []), 'warnings', 'versions'],
    additionalProperties: false,
  };
  const refusal: JsonSchema = {
    type: 'object',
    properties: { ok: { const: false }, errors: { ...array(ERROR).schema, minItems: 1 }, versions: VERSIONS.schema },
    required: ['ok', 'errors', 'versions'],
    additionalProperties: false,
  };
  return { oneOf: [answer, refusal] };
}
