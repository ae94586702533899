/** Where the service registers each platform's webhook (as src/service.ts does): PUBLIC_URL/webhooks/<channel>. */
import type { Config } from '../../config.js';

export function expectedWebhookUrl(config: Config, channel: 'telegram' | 'zalo'): string {
  return `${(config.publicUrl ?? '').replace(/\/+$/, '')}/webhooks/${channel}`;
}
