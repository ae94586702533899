/**
 * The fake Bot API's answers, method by method, with the real response shapes and the real errors
 * for the mistakes an adapter could make (empty or over-long text, bad callback data, bad commands).
 */
import type { Chat, UserFromGetMe } from 'grammy/types';
import { sendDocument, sendPhoto } from './fake-telegram-uploads.js';

/** A Bot API response body, as Telegram sends it. */
export type ApiResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number; migrate_to_chat_id?: number } };

/** Request parameters, already parsed. */
export type Params = Readonly<Record<string, unknown>>;

/** State the methods share with the server. */
export interface FakeState {
  readonly botInfo: UserFromGetMe;
  readonly chats: Map<number, Chat>;
  webhookUrl: string;
  nextMessageId: number;
}

/** A 400 with Telegram's wording. */
export const badRequest = (description: string): ApiResponse => ({ ok: false, error_code: 400, description: `Bad Request: ${description}` });
const ok = (result: unknown): ApiResponse => ({ ok: true, result });

/** The bot's user as getMe returns it; the id is the token's number. */
export function botUserFor(token: string): UserFromGetMe {
  return {
    id: Number(token.split(':')[0]),
    is_bot: true,
    first_name: 'Bảo Phủ',
    username: 'baophu_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

function chatFor(state: FakeState, chatId: number): Chat {
  return state.chats.get(chatId) ?? (chatId < 0 ? { id: chatId, type: 'group', title: 'Nhóm' } : { id: chatId, type: 'private', first_name: 'Lan' });
}

function callbackDataProblem(markup: unknown): string | null {
  if (typeof markup !== 'object' || markup === null || !('inline_keyboard' in markup)) return null;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows)) return "can't parse inline keyboard button: InlineKeyboardButton must be an Object";
  for (const button of rows.flat()) {
    const data: unknown = typeof button === 'object' && button !== null && 'callback_data' in button ? button.callback_data : undefined;
    if (typeof data === 'string' && (data.length === 0 || Buffer.byteLength(data) > 64)) return 'BUTTON_DATA_INVALID';
  }
  return null;
}

function sendMessage(state: FakeState, params: Params): ApiResponse {
  const chatId = Number(params.chat_id);
  if (!Number.isInteger(chatId)) return badRequest('chat not found');
  const text = params.text;
  if (typeof text !== 'string' || text.trim() === '') return badRequest('message text is empty');
  if (text.length > 4096) return badRequest('message is too long');
  const problem = callbackDataProblem(params.reply_markup);
  if (problem) return badRequest(problem);
  const { botInfo } = state;
  const message = {
    message_id: state.nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: chatFor(state, chatId),
    from: { id: botInfo.id, is_bot: true, first_name: botInfo.first_name, username: botInfo.username },
    text,
    ...(params.reply_markup ? { reply_markup: params.reply_markup } : {}),
  };
  return ok(message);
}

function setMyCommands(params: Params): ApiResponse {
  const commands = params.commands;
  if (!Array.isArray(commands)) return badRequest('parameter "commands" is required');
  for (const entry of commands as readonly unknown[]) {
    const command: unknown = typeof entry === 'object' && entry !== null && 'command' in entry ? entry.command : undefined;
    const description: unknown = typeof entry === 'object' && entry !== null && 'description' in entry ? entry.description : undefined;
    if (typeof command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command)) return badRequest('BOT_COMMAND_INVALID');
    if (typeof description !== 'string' || description.length < 1 || description.length > 256) return badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
  }
  return ok(true);
}

/** Answers every method except getUpdates; undefined for a method the fake does not know. */
export function answer(state: FakeState, method: string, params: Params): ApiResponse | undefined {
  switch (method) {
    case 'getMe':
      return ok(state.botInfo);
    case 'sendMessage':
      return sendMessage(state, params);
    case 'sendPhoto':
      return sendPhoto(state, params);
    case 'sendDocument':
      return sendDocument(state, params);
    case 'answerCallbackQuery':
      return typeof params.callback_query_id === 'string' ? ok(true) : badRequest('query is too old and response timeout expired or query ID is invalid');
    case 'setMyCommands':
      return setMyCommands(params);
    case 'editMessageReplyMarkup': {
      const chatId = Number(params.chat_id);
      if (!Number.isInteger(chatId) || !Number.isInteger(params.message_id)) return badRequest('message to edit not found');
      // Telegram returns the edited message; its text is not known here and does not matter to the bot.
      return ok({ message_id: params.message_id, date: Math.floor(Date.now() / 1000), chat: chatFor(state, chatId), text: '' });
    }
    case 'setWebhook': {
      if (typeof params.url !== 'string') return badRequest('bad webhook: Failed to resolve host: Name or service not known');
      state.webhookUrl = params.url;
      return { ok: true, result: true };
    }
    case 'deleteWebhook':
      state.webhookUrl = '';
      return ok(true);
    case 'getWebhookInfo':
      return ok({ url: state.webhookUrl, has_custom_certificate: false, pending_update_count: 0 });
    default:
      return undefined;
  }
}
