import { SERVER_CODES } from './serverCodes.js';

/**
 * The JSON Schema (2020-12) of the bodies the HTTP adapter answers on its
 * own (`serverError`): `{ ok: false, errors: [{ code, path, message }] }`,
 * with `correlationId` on a 500. The code is one of the server codes
 * answered over HTTP (those with a status in `SERVER_CODES`), or the engine's
 * `INTERNAL_ERROR` (a fault); the list is taken from the catalogue, so the
 * schema cannot name a code the server does not have.
 *
 * Implements REQ-SRV-008.
 */
export function serverErrorSchema(): Readonly<Record<string, unknown>> {
  const codes = Object.entries(SERVER_CODES).filter(([, c]) => c.status !== null).map(([code]) => code);
  return {
    type: 'object',
    description: 'An answer of the HTTP adapter itself (adapters/server/_internals/serverCodes.ts), not of a command',
    properties: {
      ok: { const: false },
      errors: {
        type: 'array',
        minItems: 1,
        maxItems: 1,
        items: {
          type: 'object',
          properties: {
            code: { enum: [...codes, 'INTERNAL_ERROR'], description: 'a server code, or INTERNAL_ERROR (a fault)' },
            path: { type: 'string' },
            message: { type: 'string', description: 'for people' },
          },
          required: ['code', 'path', 'message'],
          additionalProperties: false,
        },
      },
      correlationId: { type: 'string', description: 'on a 500: the ID of the fault line on the server\'s stderr' },
    },
    required: ['ok', 'errors'],
    additionalProperties: false,
  };
}
