/**
 * The Telegram channel (grammY): the bot, its command menus, the messenger for messages the bot
 * starts, and the two ways updates arrive (webhook in production, long polling in development).
 */
export { createBot, ALLOWED_UPDATES, RETRY, type TelegramBot } from './create-bot.js';
export type { BotContext, TelegramBotDeps } from './context.js';
export { registerCommands, VIETNAMESE_COMMANDS, ENGLISH_COMMANDS } from './commands.js';
export { createTelegramMessenger } from './telegram-messenger.js';
export { createTelegramWebhook, setTelegramWebhook, SECRET_HEADER, type TelegramWebhook, type WebhookHeaders } from './webhook.js';
export { startPolling, type PollingOptions, type StopPolling } from './polling.js';
export { connectTelegram } from './connect.js';
