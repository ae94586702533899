/**
 * The fan-out bench's fake Telegram Bot API, run as a child process (bench/child-process.ts) so that
 * answering 1,000 sendMessage calls a second does not compete with the worker under test for the
 * same event loop. It is the tests' fake (test/fakes/fake-telegram-api.ts) unchanged, plus a second
 * loopback server the parent reads: GET /count (sendMessage calls so far) and GET /calls (every
 * sendMessage's chat id, arrival time on this process's clock, and answer status).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeTelegramApi } from '../test/fakes/fake-telegram-api.js';
import { serveAsBenchChild } from './child-process.js';

/** What the child reports once it listens. */
export interface FanoutFakeApiReady {
  readonly apiRoot: string;
  readonly reportUrl: string;
}

/** One sendMessage the fake received. */
export interface FanoutCall {
  readonly chatId: string;
  /** performance.now() of the fake's process when the request's body was read. */
  readonly at: number;
  readonly status: number | undefined;
}

function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

await serveAsBenchChild(async ({ token }: { token: string }) => {
  const api = await startFakeTelegramApi(token);
  const sends = () => api.calls('sendMessage');
  const report = createServer((request, response) => {
    if (request.url === '/count') return json(response, { count: sends().length });
    if (request.url === '/calls') {
      return json(
        response,
        sends().map((r): FanoutCall => ({ chatId: String(r.params.chat_id), at: r.at, status: r.status })),
      );
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => report.listen(0, '127.0.0.1', resolve));
  const { port } = report.address() as AddressInfo;
  return {
    ready: { apiRoot: api.apiRoot, reportUrl: `http://127.0.0.1:${port}` } satisfies FanoutFakeApiReady,
    async stop() {
      report.closeAllConnections();
      await new Promise<void>((resolve) => report.close(() => resolve()));
      await api.close();
    },
  };
});
