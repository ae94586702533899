/** The bench's minimal-bot process: the minimal grammY bot of minimal-bot.ts, in a process of its own like the service. */
import type { UserFromGetMe } from 'grammy/types';
import { serveAsBenchChild } from './child-process.js';
import { startMinimalBot } from './minimal-bot.js';

interface MinimalBotArg {
  readonly token: string;
  readonly apiRoot: string;
  readonly botInfo: UserFromGetMe;
  readonly secret: string;
}

await serveAsBenchChild(async (arg: MinimalBotArg) => {
  const bot = await startMinimalBot(arg.token, arg.apiRoot, arg.botInfo, arg.secret);
  return { ready: bot.webhookUrl, stop: () => bot.close() };
});
