/**
 * Start-up's first Zalo call. Without it, a wrong token or an unreachable host would leave the
 * service up and the bot silent: the long poll retries every failure, and a webhook would simply
 * never be called. getMe is the call the platform documents for checking a token.
 */
import { StartupError } from '../../core/errors.js';
import { within } from '../../time-limit.js';
import { ZaloApiError } from './zalo-api-error.js';
import type { ZaloClient } from './zalo-client.js';
import type { ZaloBotInfo } from './zalo-types.js';

/** The bot's own account; rejects with an error naming the variable to check. */
export async function connectZalo(client: Pick<ZaloClient, 'getMe'>, limitMs: number): Promise<ZaloBotInfo> {
  const late = Symbol('late');
  let me: ZaloBotInfo | typeof late;
  try {
    me = await within(client.getMe(), limitMs, late);
  } catch (error) {
    if (!(error instanceof ZaloApiError)) throw error;
    if (error.errorCode === 401) throw new StartupError('Zalo refused the bot token (getMe: 401 Unauthorized): check ZALO_BOT_TOKEN', { cause: error });
    if (error.errorCode === null)
      throw new StartupError(`Could not reach Zalo (getMe: ${error.description}): check ZALO_API_BASE and the network`, { cause: error });
    throw error;
  }
  if (me === late) throw new StartupError(`Could not reach Zalo (getMe) within ${limitMs / 1000} s: check ZALO_API_BASE and the network`);
  return me;
}
