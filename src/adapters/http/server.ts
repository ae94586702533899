/**
 * The one HTTP server: platform webhooks, liveness, readiness, metrics and the queue board. Built by a function so
 * that tests drive it with `inject` and the composition root decides when and where it listens.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from '../../logger.js';
import { type FileRoutesDeps, registerFileRoutes } from './file-routes.js';
import type { Metrics } from './metrics.js';
import { type QueueBoardOptions, registerQueueBoard } from './queue-board.js';

/** Request headers as Node gives them. */
export type WebhookRequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/**
 * A platform webhook: headers and parsed body in, the HTTP status to answer out. `refuse`, when
 * present, checks the headers alone (the secret) and gives the status to refuse with, or null: the
 * server asks it before the body is read, so that a stranger's request never reaches the JSON parser.
 */
export type WebhookHandler = ((headers: WebhookRequestHeaders, body: unknown) => Promise<{ status: number }>) & {
  readonly refuse?: (headers: WebhookRequestHeaders) => number | null;
};

/** What readiness checks: each named dependency reachable or not. */
export type ReadinessCheck = () => Promise<Readonly<Record<string, boolean>>>;

/**
 * What liveness checks: the parts of this process itself that must answer (the embedded database
 * engine), each alive or not. It must be cheap and bounded (engine-liveness.ts answers within 1 s).
 */
export type LivenessCheck = () => Promise<Readonly<Record<string, boolean>>>;

export interface HttpServerDeps {
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly ready: ReadinessCheck;
  /** Absent: /healthz only says the process answers HTTP. */
  readonly alive?: LivenessCheck;
  /** Present when the channel runs in webhook mode. */
  readonly telegramWebhook?: WebhookHandler;
  readonly zaloWebhook?: WebhookHandler;
  /** Largest webhook body accepted, in bytes. Default 1 MiB. */
  readonly bodyLimit?: number;
  /** Bull Board at /admin/queues (Redis and ADMIN_UI_TOKEN set); absent: not mounted (404). */
  readonly queueBoard?: QueueBoardOptions;
  /** The files chats link to, at /charts/<id>.png and /files/<id>.xlsx (file-routes.ts); absent: 404. */
  readonly files?: FileRoutesDeps;
}

/** Builds the server (not yet listening). */
export function buildHttpServer(deps: HttpServerDeps): FastifyInstance {
  // Fastify's own request logging is off: webhooks carry user text and secrets in headers.
  const app = Fastify({ logger: false, bodyLimit: deps.bodyLimit ?? 1024 * 1024 });

  // Liveness: this process works (its event loop and, when embedded, its database engine answer); a 503
  // asks the supervisor to restart it. A database server out of reach is readiness' business (/readyz).
  app.get('/healthz', async (_request, reply) => {
    if (!deps.alive) return { status: 'ok' };
    const checks = await deps.alive().catch(() => ({ check: false }));
    const ok = Object.values(checks).every(Boolean);
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unhealthy', checks });
  });

  app.get('/readyz', async (_request, reply) => {
    const checks = await deps.ready().catch(() => ({ check: false }));
    const ok = Object.values(checks).every(Boolean);
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'not ready', checks });
  });

  app.get('/metrics', async (_request, reply) => reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics()));

  const webhook = (path: string, channel: string, handler: WebhookHandler | undefined) => {
    // The secret is checked on request, before the body is read and parsed (a wrong one: 401/403, no parser message).
    const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
      const refused = handler?.refuse?.(request.headers);
      if (refused != null) await reply.code(refused).send({ ok: false });
    };
    app.post(path, { onRequest }, async (request, reply) => {
      if (!handler) return reply.code(404).send({ error: `${channel} webhook is not enabled` });
      try {
        const { status } = await handler(request.headers, request.body);
        return reply.code(status).send(status < 300 ? { ok: true } : { ok: false });
      } catch (error) {
        // A 5xx makes the platform redeliver; the update is de-duplicated when it comes back.
        deps.log.error({ err: error, channel }, 'webhook failed');
        return reply.code(500).send({ ok: false });
      }
    });
  };
  webhook('/webhooks/telegram', 'telegram', deps.telegramWebhook);
  webhook('/webhooks/zalo', 'zalo', deps.zaloWebhook);
  if (deps.queueBoard) registerQueueBoard(app, deps.queueBoard);
  if (deps.files) registerFileRoutes(app, deps.files);

  // Errors below 500 (a malformed JSON body, a body too large) keep their message; others do not.
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) deps.log.error({ err: error }, 'http error');
    return reply.code(status).send({ error: status < 500 ? error.message : 'internal error' });
  });
  return app;
}
