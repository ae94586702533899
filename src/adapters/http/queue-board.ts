/**
 * Bull Board at /admin/queues: the reminder queues as a web page, its JSON API under
 * /admin/queues/api and its scripts and styles under /admin/queues/static. Mounted only when the
 * service has Redis and ADMIN_UI_TOKEN; without them the path is not there (404).
 *
 * Every path under the prefix asks for the token: HTTP Basic with any user name and the token as
 * password (a browser prompts for it and sends it again with the page's own API calls), or
 * `Authorization: Bearer <token>` (curl, a script). The comparison is over SHA-256 digests with
 * timingSafeEqual, so neither the token's content nor its length shows in the time taken.
 *
 * The board is read-only (Bull Board enforces it server-side): it shows jobs, their data and errors,
 * but retrying, removing, promoting, pausing or cleaning is refused. The ledger would keep a retried or
 * re-added delivery from going twice anyway; read-only keeps a leaked password from emptying queues.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';

/** Where the board lives. */
export const QUEUE_BOARD_PATH = '/admin/queues';

/** What the board shows and who may see it. */
export interface QueueBoardOptions {
  readonly queues: readonly Queue[];
  /** ADMIN_UI_TOKEN. */
  readonly token: string;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** The password of a Basic header or the token of a Bearer header; undefined for anything else. */
function presented(header: string | undefined): string | undefined {
  const match = /^\s*(basic|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const [, scheme, value] = match as unknown as [string, string, string];
  if (scheme.toLowerCase() === 'bearer') return value;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

/** True when the Authorization header carries `token` (Basic password, any user, or Bearer), compared in constant time. */
export function authorized(header: string | undefined, token: string): boolean {
  const given = presented(header);
  // Compared even when nothing was presented, so a missing header takes the same time as a wrong one.
  const same = timingSafeEqual(digest(given ?? ''), digest(token));
  return given !== undefined && same;
}

/** Mounts the board under QUEUE_BOARD_PATH, behind the token. */
export function registerQueueBoard(app: FastifyInstance, options: QueueBoardOptions): void {
  const board = new FastifyAdapter();
  board.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: options.queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
    // @bull-board/api is pinned to the version @bull-board/fastify pins, so that there is one declaration of it.
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'baophu reminders' } },
  });
  // A scope of its own: the hook guards the board's routes and nothing else of the server.
  void app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      if (authorized(request.headers.authorization, options.token)) return;
      await reply
        .code(401)
        .header('www-authenticate', 'Basic realm="baophu admin", charset="UTF-8"')
        .header('cache-control', 'no-store')
        .send({ error: 'unauthorized' });
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
}
