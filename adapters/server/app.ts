import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { COMMANDS } from '../../spec/wire/commands/registry.js';
import type { Command } from '../../spec/wire/commands/Command.js';
import { errorResponse, type WireResponse } from '../../spec/wire/WireResponse.js';
import { parseJsonBytes, MAX_JSON_BYTES } from '../../spec/codecs/index.js';
import { versions } from '../../spec/wire/versions.js';
import { engineError } from '../../core/index.js';
import { httpStatus } from './_internals/httpStatus.js';
import { serverError } from './_internals/serverCodes.js';
import { keyIdFor, type ApiKey } from './_internals/apiKeys.js';
import type { AuditLog } from './audit/auditLog.js';
import { openApiDocument } from './openApiDocument.js';

/** What the HTTP adapter needs: the audit trail, the API keys (none: no key required), the clock, the time bound. Implements REQ-SRV-001, REQ-SRV-002, REQ-SRV-004, REQ-SRV-006. */
export interface ServerOptions {
  readonly audit: AuditLog;
  /** Keys required on calculation endpoints; an empty list requires none. */
  readonly apiKeys: readonly ApiKey[];
  /** The clock of the audit time stamps (the core has none). */
  readonly now?: () => Date;
  /** Milliseconds a request may take from its headers to its answer (default 10 000); beyond: 408 REQUEST_TIMEOUT. */
  readonly requestTimeoutMs?: number;
  /** Where internal faults are reported (one line each, with the correlation ID; never a key or a body). */
  readonly logFault?: (line: string) => void;
}

/** The body the CLI prints for a response: the same text, byte for byte. */
function bodyText(body: unknown): string {
  return `${JSON.stringify(body, null, 2)}\n`;
}

function send(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.status(status).type('application/json; charset=utf-8').send(bodyText(body));
}

function sendWire(reply: FastifyReply, r: WireResponse): FastifyReply {
  return send(reply, httpStatus(r.exitCode), r.body);
}

/**
 * The HTTP adapter of wire format v1: `POST /v1/<command>` for each command
 * that takes a request, `GET /v1/<command>` for the listing commands
 * (`drugs`, `pumps`, `version`), `GET /v1/openapi.json`, `GET /healthz`.
 * It runs the same `Command.run` handlers as the CLI, on the bytes parsed by
 * the same JSON reader (`parseJsonBytes`: size, depth, duplicate keys,
 * UTF-8), and answers with the CLI's body; exit code 0 → 200, 2 → 400,
 * 3 → 422, 1 → 500. Every calculation is appended to the audit trail, and
 * the append has settled (durable), before its answer is sent; if it cannot
 * be, the answer is withheld (500
 * `AUDIT_WRITE_FAILED`). A fault answers 500 with a correlation ID and no
 * stack trace; the process stays up. No dose logic lives here.
 *
 * Implements REQ-SRV-001, REQ-SRV-002, REQ-SRV-004, REQ-SRV-006.
 */
export function buildServer(options: ServerOptions): FastifyInstance {
  const now = options.now ?? (() => new Date());
  const logFault = options.logFault ?? ((line: string) => process.stderr.write(`${line}\n`));
  const timeout = options.requestTimeoutMs ?? 10_000;
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_JSON_BYTES,
    // The time bound: a request must be read and answered within `timeout` (408 REQUEST_TIMEOUT with the error
    // body); the socket-level bounds, a little longer, catch a client that never finishes its headers.
    handlerTimeout: timeout,
    requestTimeout: timeout + 1000,
    connectionTimeout: timeout + 1000,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    clientErrorHandler: (err: NodeJS.ErrnoException, socket: Duplex) => {
      if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
      const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
      const body = bodyText(timedOut
        ? serverError('REQUEST_TIMEOUT', `the request was not received within ${timeout + 1000} ms`)
        : errorResponse([engineError('INPUT_UNREADABLE', '', 'the HTTP request could not be read (malformed request line, headers or length)')]).body);
      socket.end(`HTTP/1.1 ${timedOut ? '408 Request Timeout' : '400 Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    },
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: MAX_JSON_BYTES }, (_req, body, done) => {
    done(null, body);
  });

  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendWire(reply, errorResponse([engineError('INPUT_TOO_LARGE', '', `the request is larger than ${MAX_JSON_BYTES} bytes`)]));
      case 'FST_ERR_HANDLER_TIMEOUT':
        return send(reply.header('connection', 'close'), 408, serverError('REQUEST_TIMEOUT', `the request was not received and answered within ${timeout} ms`));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, 415, serverError('UNSUPPORTED_MEDIA_TYPE', 'the request body must be application/json (UTF-8)'));
      default:
        break;
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) {
      return sendWire(reply, errorResponse([engineError('INPUT_UNREADABLE', '', 'the HTTP request could not be read (malformed headers, length or encoding)')]));
    }
    logFault(`itdose-serve: internal fault ${req.id}: ${err.message}`);
    return send(reply, 500, { ok: false, errors: [{ code: 'INTERNAL_ERROR', path: '', message: 'internal fault; the request was not processed' }], correlationId: req.id });
  });

  app.setNotFoundHandler((req, reply) => send(reply, 404, serverError('NOT_FOUND', `no endpoint ${req.method} ${req.url.slice(0, 200)}; the list is at GET /v1/openapi.json`)));

  const requireKey = async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (options.apiKeys.length === 0 || keyIdFor(req.headers.authorization, options.apiKeys) !== undefined) return undefined;
    return send(reply.header('www-authenticate', 'Bearer'), 401, serverError('UNAUTHORIZED', 'an API key is required: send "Authorization: Bearer KEY"'));
  };

  for (const command of COMMANDS) {
    if (command.takesRequest) {
      app.post(`/v1/${command.name}`, { onRequest: requireKey }, async (req, reply) => calculate(command, req, reply));
    } else {
      app.get(`/v1/${command.name}`, (_req, reply) => sendWire(reply, command.run(undefined)));
    }
  }
  app.get('/v1/openapi.json', (_req, reply) => send(reply, 200, openApiDocument()));
  app.get('/healthz', (_req, reply) => send(reply, 200, { ok: true }));

  async function calculate(command: Command, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    if (!(req.body instanceof Buffer)) {
      return send(reply, 415, serverError('UNSUPPORTED_MEDIA_TYPE', 'the request body must be application/json (UTF-8)'));
    }
    const parsed = parseJsonBytes(req.body);
    if (parsed._tag === 'Left') return sendWire(reply, errorResponse(parsed.left));
    const result = command.run(parsed.right);
    const status = httpStatus(result.exitCode);
    const text = bodyText(result.body);
    try {
      await options.audit.append({
        recordedAt: now().toISOString(),
        keyId: options.apiKeys.length === 0 ? null : (keyIdFor(req.headers.authorization, options.apiKeys) ?? null),
        command: command.name,
        request: req.body.toString('utf8'),
        response: text,
        status,
        versions: JSON.stringify(versions()),
      });
    } catch (e: unknown) {
      logFault(`itdose-serve: audit write failed ${req.id}: ${e instanceof Error ? e.message : 'unknown'}`);
      return send(reply, 500, { ...serverError('AUDIT_WRITE_FAILED', 'the calculation could not be recorded in the audit trail, so its answer is withheld'), correlationId: req.id });
    }
    return reply.status(status).type('application/json; charset=utf-8').send(text);
  }

  return app;
}
