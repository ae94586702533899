/** The Zalo channel: Bot API client, messenger, webhook and long polling. */
export { createZaloClient, ZALO_BASE_URL, type ZaloClient, type ZaloClientOptions } from './zalo-client.js';
export { ZaloApiError } from './zalo-api-error.js';
export { connectZalo } from './connect.js';
export type { ZaloBotInfo, ZaloChatAction, ZaloSentMessage, ZaloWebhookInfo } from './zalo-types.js';
export { createZaloMessenger, ZALO_TEXT_LIMIT } from './zalo-messenger.js';
export { NO_RETRY, POLLING_RETRY, WEBHOOK_RETRY, type RetryPolicy } from './send-retry.js';
export { parseZaloUpdate } from './zalo-update.js';
export { createZaloWebhook, SECRET_HEADER, type ZaloWebhook, type ZaloWebhookDeps, type WebhookHeaders } from './zalo-webhook.js';
export { startZaloPolling, type ZaloPollingOptions } from './zalo-polling.js';
