/**
 * Zalo, when ZALO_BOT_TOKEN is set: getMe (the token works), then getWebhookInfo, the Zalo Bot
 * Platform's equivalent of Telegram's (it reports the URL and when it was set, not delivery errors):
 * in webhook mode it must be PUBLIC_URL/webhooks/zalo, in polling mode none may be set.
 */

import { ZaloApiError } from '../../adapters/zalo/zalo-api-error.js';
import { createZaloClient } from '../../adapters/zalo/zalo-client.js';
import type { ZaloWebhookInfo } from '../../adapters/zalo/zalo-types.js';
import { type ChannelConfig, type Config, webhookUrl } from '../../config.js';
import { networkProblem, redact } from './network-problem.js';
import { ago, type CheckLine, failed, off, passed } from './report.js';

const BOT = 'Zalo';
const WEBHOOK = 'Zalo webhook';

/** The Zalo line and the Zalo webhook line. */
export async function checkZalo(config: Config, timeoutMs: number, now: number): Promise<[CheckLine, CheckLine]> {
  const za = config.zalo;
  if (za === undefined) return [off(BOT, 'not configured (ZALO_BOT_TOKEN is empty).'), off(WEBHOOK, 'not checked (Zalo is off).')];
  const client = createZaloClient({ token: za.token, baseUrl: za.apiBase, timeoutMs });
  let name: string;
  try {
    const me = await client.getMe();
    name = me.accountName ?? me.id ?? 'without a name';
  } catch (error) {
    return [failed(BOT, `getMe: ${describe(error, za, timeoutMs)}`), off(WEBHOOK, 'not checked (getMe failed).')];
  }
  const bot = passed(BOT, `the token works: the bot is ${name} (${za.mode} mode).`);
  try {
    return [bot, webhookLine(await client.getWebhookInfo(), config, za, now)];
  } catch (error) {
    return [bot, failed(WEBHOOK, `getWebhookInfo: ${describe(error, za, timeoutMs)}`)];
  }
}

/** What Zalo says of the webhook, against what the configuration expects. */
export function webhookLine(info: ZaloWebhookInfo, config: Config, za: ChannelConfig, now: number): CheckLine {
  const since = info.updatedAt === null ? '' : ` (set ${ago(info.updatedAt / 1000, now)})`;
  if (za.mode === 'polling') {
    if (info.url === '') return passed(WEBHOOK, 'none set, as long polling needs.');
    return failed(
      WEBHOOK,
      `set to ${info.url}${since} although this configuration uses long polling. The service removes it when it ` +
        'starts polling; if it is running, another deployment is using this bot token, and the two take messages from each other.',
    );
  }
  const expected = webhookUrl(config, 'zalo');
  if (info.url === '') {
    return failed(WEBHOOK, `none set (expected ${expected}). Start the service: it sets the webhook at start, and stops with a message when Zalo refuses it.`);
  }
  if (info.url !== expected) {
    return failed(
      WEBHOOK,
      `set to ${info.url}${since}, not to ${expected} as PUBLIC_URL says. Another deployment uses this bot, ` +
        'or PUBLIC_URL changed: restart the service with the right PUBLIC_URL (it sets the webhook at start).',
    );
  }
  return passed(WEBHOOK, `set to ${info.url}${since}. Zalo does not report delivery errors: the service's log and /metrics show what arrives.`);
}

/** A failed call in plain words; ZaloApiError never carries the token, and it is scrubbed again here. */
function describe(error: unknown, za: ChannelConfig, timeoutMs: number): string {
  if (!(error instanceof ZaloApiError)) return redact(error instanceof Error ? error.message : String(error), [za.token]);
  if (error.errorCode === 401) return 'Zalo refused the token (401 Unauthorized): correct ZALO_BOT_TOKEN.';
  if (error.errorCode === null) {
    // The client describes a network failure as "timed out", "aborted" or "network error (<code>)".
    const code = /\(([A-Z][A-Z0-9_]+)\)$/.exec(error.description)?.[1];
    const what =
      error.description === 'timed out' ? `no answer within ${timeoutMs / 1000} s` : code === undefined ? error.description : networkProblem({ code });
    return `${za.apiBase} cannot be reached: ${what}. Check the network (firewall, proxy) and ZALO_API_BASE.`;
  }
  return `Zalo answered ${error.errorCode}: ${redact(error.description, [za.token])}`;
}
