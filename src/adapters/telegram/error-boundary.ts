/**
 * The bot's error boundary: an update that fails is logged (without the token, which network errors
 * from the HTTP client may carry in a URL) and the bot goes on with the next one.
 */
import { type BotError, GrammyError, HttpError } from 'grammy';
import type { Logger } from '../../logger.js';
import { redactToken } from '../channel/index.js';
import type { BotContext } from './context.js';

/** A loggable description of an error with every occurrence of the token masked. */
export function describeError(error: unknown, token: string): Record<string, unknown> {
  const mask = (text: string): string => redactToken(text, token);
  if (error instanceof GrammyError) {
    return { type: 'GrammyError', method: error.method, errorCode: error.error_code, description: mask(error.description) };
  }
  if (error instanceof HttpError) {
    const cause = error.error instanceof Error ? mask(error.error.message) : undefined;
    return { type: 'HttpError', message: mask(error.message), cause };
  }
  if (error instanceof Error) {
    return { type: error.name, message: mask(error.message), stack: error.stack === undefined ? undefined : mask(error.stack) };
  }
  return { type: typeof error, message: mask(String(error)) };
}

/** The handler for `bot.catch`: logs and never throws. */
export function errorBoundary(log: Logger, token: string): (error: BotError<BotContext>) => void {
  return (error) => {
    log.error({ msg: 'telegram update failed', updateId: error.ctx.update.update_id, error: describeError(error.error, token) });
  };
}
