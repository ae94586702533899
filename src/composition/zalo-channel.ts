/** The Zalo channel's start: the client, its first call, then its webhook or long polling. */
import { createAttachmentLinks } from '../adapters/http/attachment-links.js';
import {
  connectZalo,
  createZaloClient,
  createZaloMessenger,
  createZaloWebhook,
  POLLING_RETRY,
  startZaloPolling,
  WEBHOOK_RETRY,
} from '../adapters/zalo/index.js';
import { type ChannelConfig, webhookUrl } from '../config.js';
import { type ChannelWiring, chosenLanguageOn, type StartedChannel } from './channel-wiring.js';

/** Starts Zalo; rejects (naming the variable to check) when the platform refuses or cannot be reached. */
export async function startZaloChannel(za: ChannelConfig, wiring: ChannelWiring): Promise<StartedChannel> {
  const { store, log, clock, publicUrl } = wiring;
  const client = createZaloClient({ token: za.token, baseUrl: za.apiBase });
  // Zalo takes a photo by URL only: charts and workbooks are linked under PUBLIC_URL (none without it).
  const links = publicUrl === undefined ? undefined : createAttachmentLinks({ attachments: wiring.opened.attachments, clock, publicUrl });
  if (!links) log.warn({ msg: 'zalo: PUBLIC_URL is not set, so charts and files go as text only' });
  const messenger = createZaloMessenger(client, za.mode === 'webhook' ? WEBHOOK_RETRY : POLLING_RETRY, wiring.pacer, links);
  const zlog = log.child({ channel: 'zalo' });
  log.info({ msg: 'connecting to Zalo', apiBase: za.apiBase });
  await connectZalo(client, wiring.startupLimitMs);
  const chosenLanguage = chosenLanguageOn(store, 'zalo');
  if (za.mode === 'webhook') {
    await client.setWebhook({ url: webhookUrl(wiring, 'zalo'), secret_token: za.webhookSecret });
    return { webhook: createZaloWebhook({ secret: za.webhookSecret, answer: wiring.answerFor('webhook'), messenger, log: zlog, chosenLanguage }) };
  }
  const abort = new AbortController();
  const polling = startZaloPolling({ client, answer: wiring.answerFor('polling'), messenger, log: zlog, signal: abort.signal, chosenLanguage });
  return {
    stop: async () => {
      abort.abort();
      await polling;
    },
  };
}
