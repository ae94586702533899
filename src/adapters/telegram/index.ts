/**
 * The Telegram channel (grammY): the bot, its command menus, the messenger for messages the bot
 * starts, and the two ways updates arrive (webhook in production, long polling in development).
 */

export { apiClientOptions } from './api-fetch.js';
export { chatMembership, storeMembership } from './chat-membership.js';
export { ENGLISH_COMMANDS, registerCommands, VIETNAMESE_COMMANDS } from './commands.js';
export { connectTelegram } from './connect.js';
export type { BotContext, TelegramBotDeps } from './context.js';
export { ALLOWED_UPDATES, createBot, RETRY, type TelegramBot } from './create-bot.js';
export { type PollingOptions, type StopPolling, startPolling } from './polling.js';
export { createTelegramMessenger } from './telegram-messenger.js';
export { createTelegramWebhook, SECRET_HEADER, setTelegramWebhook, type TelegramWebhook, type WebhookHeaders } from './webhook.js';
