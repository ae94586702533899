/**
 * Test set-up for the Telegram adapter: a fake Bot API, a bot pointed at it, a recording handler and
 * a logger whose lines the test can read.
 */
import { pino } from 'pino';
import { createBot, type TelegramBot } from '../../../src/adapters/telegram/create-bot.js';
import { answerDirectly } from '../../../src/app/answer-once.js';
import type { IncomingMessage, Reply } from '../../../src/app/message.js';
import type { Logger } from '../../../src/logger.js';
import { type FakeTelegramApi, startFakeTelegramApi } from '../../fakes/fake-telegram-api.js';

/** A token shaped like a real one. */
export const TOKEN = '7012345678:AAF-test_token-for-the-fake-api-xyz';

/** A logger that keeps its lines. */
export function capturingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { log, lines };
}

/** A handler that records what it receives and answers with `answer` (an echo by default). */
export function recordingHandler(answer: (message: IncomingMessage) => Reply | Promise<Reply> = (m) => ({ text: `echo: ${m.text}` })) {
  const received: IncomingMessage[] = [];
  const handle = async (message: IncomingMessage): Promise<Reply> => {
    received.push(message);
    return answer(message);
  };
  return { handle, received };
}

/** Everything a bot test needs. */
export interface Harness {
  readonly api: FakeTelegramApi;
  readonly bot: TelegramBot;
  readonly received: IncomingMessage[];
  readonly lines: string[];
  /** The logger whose lines those are. */
  readonly log: Logger;
  /** The texts the bot sent, in order. */
  sentTexts(): string[];
}

/** Starts a fake Bot API and a bot (with known botInfo) answering through `answer`. */
export async function startHarness(answer?: (message: IncomingMessage) => Reply | Promise<Reply>): Promise<Harness> {
  const api = await startFakeTelegramApi(TOKEN);
  const { handle, received } = recordingHandler(answer);
  const { log, lines } = capturingLogger();
  const bot = createBot(TOKEN, { answer: answerDirectly(handle), log, apiRoot: api.apiRoot, botInfo: api.botInfo });
  const sentTexts = () => api.succeeded('sendMessage').map((r) => String(r.params.text));
  return { api, bot, received, lines, log, sentTexts };
}

/** The test user, their private chat (same id, as on Telegram) and a supergroup. */
export const USER = 501;
export const PRIVATE = 501;
export const GROUP = -100_2233;
