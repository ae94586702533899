/**
 * The yardstick for the webhook bench: the smallest grammY bot that answers every message with a
 * constant text, behind a node:http server and grammY's own webhookCallback, on 127.0.0.1.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, webhookCallback } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';

/** What the minimal bot answers, every time. */
export const MINIMAL_REPLY = 'ok';

/** A running minimal bot: where to POST updates, and how to stop it. */
export interface MinimalBot {
  readonly webhookUrl: string;
  close(): Promise<void>;
}

/** Starts the minimal bot against `apiRoot` (botInfo given, so no getMe), checking `secret`. */
export async function startMinimalBot(token: string, apiRoot: string, botInfo: UserFromGetMe, secret: string): Promise<MinimalBot> {
  const bot = new Bot(token, { botInfo, client: { apiRoot } });
  bot.on('message', (ctx) => ctx.reply(MINIMAL_REPLY));
  const callback = webhookCallback(bot, 'http', { secretToken: secret });
  const server = createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/webhook') {
      response.writeHead(404).end();
      return;
    }
    callback(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    webhookUrl: `http://127.0.0.1:${port}/webhook`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
