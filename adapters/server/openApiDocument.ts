import { COMMANDS } from '../../spec/wire/commands/registry.js';
import { wireSchemas } from '../../spec/schema/schemaDocument.js';
import { SCHEMA_DIALECT } from '../../spec/schema/schemaDialect.js';
import { ENGINE_VERSION } from '../../spec/wire/versions.js';
import { serverErrorSchema } from './_internals/serverErrorSchema.js';

type Json = Readonly<Record<string, unknown>>;

const errorRef = (c: string): Json => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${c}.response` } } } });
const serverRef: Json = { content: { 'application/json': { schema: { $ref: '#/components/schemas/server.error' } } } };
const eitherRef = (c: string): Json => ({ content: { 'application/json': { schema: { oneOf: [{ $ref: `#/components/schemas/${c}.response` }, { $ref: '#/components/schemas/server.error' }] } } } });

/**
 * The OpenAPI 3.1 document of the HTTP adapter, derived from the wire
 * format's JSON Schemas (`wireSchemas()`: every command's request and
 * response schema, placed under `components.schemas` as they are, and the
 * server's own error body, `server.error`, from its code list): one
 * `POST /v1/<command>` per command that takes a request, one `GET` per
 * listing command, and the service endpoints. Nothing in it is written by
 * hand but the endpoint list and the status meanings.
 *
 * Implements REQ-SRV-003, REQ-SRV-008.
 */
export function openApiDocument(): Json {
  const defs = (wireSchemas()['$defs'] ?? {}) as Json;
  const paths: Record<string, Json> = {};
  const statuses = (c: string, withRequest: boolean): Json => ({
    '200': { description: 'ok: the command answered (exit code 0)', ...errorRef(c) },
    ...(withRequest
      ? {
          '400': { description: 'the request is malformed (exit code 2), too large, or not valid JSON', ...errorRef(c) },
          '401': { description: 'no API key, or an unknown one (when keys are configured)', ...serverRef },
          '408': { description: 'the request was not received and answered within the time bound', ...serverRef },
          '415': { description: 'the body is not application/json', ...serverRef },
          '422': { description: 'refused for safety (exit code 3)', ...errorRef(c) },
        }
      : {}),
    '500': { description: 'an internal fault (the body carries a correlation ID), or AUDIT_WRITE_FAILED: the answer is withheld', ...eitherRef(c) },
  });
  for (const c of COMMANDS) {
    if (c.takesRequest) {
      paths[`/v1/${c.name}`] = {
        post: {
          operationId: c.name,
          summary: c.summary,
          security: [{}, { apiKey: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${c.name}.request` } } } },
          responses: statuses(c.name, true),
        },
      };
    } else {
      paths[`/v1/${c.name}`] = { get: { operationId: c.name, summary: c.summary, responses: statuses(c.name, false) } };
    }
  }
  paths['/v1/openapi.json'] = { get: { operationId: 'openapi', summary: 'this document', responses: { '200': { description: 'the OpenAPI 3.1 document' } } } };
  paths['/healthz'] = { get: { operationId: 'healthz', summary: 'liveness: the process answers', responses: { '200': { description: '{"ok":true}' } } } };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: SCHEMA_DIALECT,
    info: { title: 'itdose HTTP adapter (wire format v1)', version: ENGINE_VERSION },
    paths,
    components: {
      schemas: { ...defs, 'server.error': serverErrorSchema() },
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key, when the server is configured with keys (ITDOSE_API_KEYS).' } },
    },
  };
}
