/** The Zalo channel: Bot API client, messenger, webhook and long polling. */

export { connectZalo } from './connect.js';
export { NO_RETRY, POLLING_RETRY, type RetryPolicy, WEBHOOK_RETRY } from './send-retry.js';
export { ZaloApiError } from './zalo-api-error.js';
export { createZaloClient, ZALO_BASE_URL, type ZaloClient, type ZaloClientOptions } from './zalo-client.js';
export { createZaloMessenger, ZALO_TEXT_LIMIT } from './zalo-messenger.js';
export { startZaloPolling, type ZaloPollingOptions } from './zalo-polling.js';
export type { ZaloBotInfo, ZaloChatAction, ZaloSentMessage, ZaloWebhookInfo } from './zalo-types.js';
export { parseZaloUpdate } from './zalo-update.js';
export { createZaloWebhook, SECRET_HEADER, type WebhookHeaders, type ZaloWebhook, type ZaloWebhookDeps } from './zalo-webhook.js';
