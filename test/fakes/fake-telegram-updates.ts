/**
 * Builders for realistic Telegram updates, shaped as the Bot API delivers them (a private chat has a
 * positive id and the sender's names; a group a negative id and a title; a command a bot_command entity).
 */
import type { Chat, ChatMember, Update } from 'grammy/types';

let nextUpdateId = 100_000;
let nextMessageId = 1;
let nextCallbackId = 4_000_000_000;
const date = (): number => Math.floor(Date.now() / 1000);

/** The kinds of chat a person's message can come from. */
export type ChatType = 'private' | 'group' | 'supergroup';
type PersonChat = Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat;

/** What every message update needs. */
export interface MessageOptions {
  readonly chatId: number;
  readonly userId: number;
  readonly chatType?: ChatType;
  readonly languageCode?: string;
  readonly updateId?: number;
  readonly messageId?: number;
  /** A forum topic of a supergroup: the message is posted in it. */
  readonly topicId?: number;
}

const inTopic = (options: MessageOptions) => (options.topicId === undefined ? {} : { is_topic_message: true as const, message_thread_id: options.topicId });

/** A chat object of the given type. */
export function makeChat(id: number, type: ChatType = 'private'): PersonChat {
  if (type === 'private') return { id, type, first_name: 'Lan', last_name: 'Nguyễn' };
  return { id, type, title: 'Nhóm cán bộ BHXH' };
}

function sender(userId: number, languageCode: string | undefined) {
  return { id: userId, is_bot: false, first_name: 'Lan', ...(languageCode ? { language_code: languageCode } : {}) };
}

function messageBase(options: MessageOptions) {
  return {
    message_id: options.messageId ?? nextMessageId++,
    date: date(),
    chat: makeChat(options.chatId, options.chatType),
    from: sender(options.userId, options.languageCode),
    ...inTopic(options),
  };
}

/** A text message; a leading "/command" (with any @botname) gets its bot_command entity. */
export function textUpdate(options: MessageOptions & { readonly text: string }): Update {
  const command = /^\/\S+/.exec(options.text);
  const entities = command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] } : {};
  return { update_id: options.updateId ?? nextUpdateId++, message: { ...messageBase(options), text: options.text, ...entities } };
}

/** A text message answering one of the bot's messages (how a group talks to a bot without a command). */
export function replyToBotUpdate(options: MessageOptions & { readonly text: string; readonly bot: { id: number; username: string } }): Update {
  const original = {
    message_id: 1,
    date: date(),
    chat: makeChat(options.chatId, options.chatType),
    text: 'Bạn muốn hỏi gì?',
    from: { id: options.bot.id, is_bot: true, first_name: 'Bảo Phủ', username: options.bot.username },
    reply_to_message: undefined,
  };
  const message = { ...messageBase(options), text: options.text, reply_to_message: original };
  return { update_id: options.updateId ?? nextUpdateId++, message };
}

/** The service message Telegram posts in a group that became a supergroup with the id `to`. */
export function migrateUpdate(options: MessageOptions & { readonly to: number }): Update {
  const message = { ...messageBase({ ...options, chatType: 'group' }), migrate_to_chat_id: options.to };
  return { update_id: options.updateId ?? nextUpdateId++, message };
}

/** A sticker (a message without text). */
export function stickerUpdate(options: MessageOptions): Update {
  const sticker = {
    file_id: 'CAACAgIAAxkBAAEB',
    file_unique_id: 'AgADAQAD',
    type: 'regular' as const,
    width: 512,
    height: 512,
    is_animated: false,
    is_video: false,
    emoji: '👍',
  };
  return { update_id: options.updateId ?? nextUpdateId++, message: { ...messageBase(options), sticker } };
}

/** A photo, with a caption when given. */
export function photoUpdate(options: MessageOptions & { readonly caption?: string }): Update {
  const photo = [{ file_id: 'AgACAgIAAxkBAAEC', file_unique_id: 'AQADAgAD', width: 1280, height: 960, file_size: 181_234 }];
  const caption = options.caption === undefined ? {} : { caption: options.caption };
  return { update_id: options.updateId ?? nextUpdateId++, message: { ...messageBase(options), photo, ...caption } };
}

/** A text message that was edited after sending. */
export function editedTextUpdate(options: MessageOptions & { readonly text: string }): Update {
  const message = { ...messageBase(options), text: options.text, edit_date: date() };
  return { update_id: options.updateId ?? nextUpdateId++, edited_message: message };
}

/** A post in a channel the bot was added to (no sender). */
export function channelPostUpdate(options: { readonly chatId: number; readonly text: string }): Update {
  const chat: Chat.ChannelChat = { id: options.chatId, type: 'channel', title: 'Kênh tin BHXH' };
  const post = { message_id: nextMessageId++, date: date(), chat, text: options.text };
  return { update_id: nextUpdateId++, channel_post: post };
}

/** A press on an inline keyboard button under one of the bot's messages. */
export function callbackUpdate(options: MessageOptions & { readonly data: string; readonly bot?: { id: number } }): Update {
  const botUser = { id: options.bot?.id ?? 1, is_bot: true, first_name: 'Bảo Phủ', username: 'baophu_bot' };
  const message = {
    message_id: options.messageId ?? nextMessageId++,
    date: date(),
    chat: makeChat(options.chatId, options.chatType),
    from: botUser,
    text: 'Chọn:',
    ...inTopic(options),
  };
  return {
    update_id: options.updateId ?? nextUpdateId++,
    callback_query: {
      id: String(nextCallbackId++),
      chat_instance: '-8123456789012345678',
      from: sender(options.userId, options.languageCode),
      message,
      data: options.data,
    },
  };
}

/**
 * The bot's own membership of a chat changed (Telegram's my_chat_member): removed from a group
 * ('left', 'kicked'), added to one ('member', 'administrator'), blocked or unblocked in a private chat.
 */
export function myChatMemberUpdate(options: {
  readonly chatId: number;
  readonly chatType?: ChatType;
  /** Who made the change (an admin of the group, the person in a private chat). */
  readonly userId: number;
  readonly bot: { readonly id: number; readonly username: string };
  readonly from: 'member' | 'administrator' | 'left' | 'kicked';
  readonly to: 'member' | 'administrator' | 'left' | 'kicked';
  readonly updateId?: number;
}): Update {
  const botUser = { id: options.bot.id, is_bot: true, first_name: 'Bảo Phủ', username: options.bot.username };
  const member = (status: typeof options.to): ChatMember => {
    if (status === 'administrator') {
      return {
        status,
        user: botUser,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: false,
        can_manage_video_chats: false,
        can_restrict_members: false,
        can_promote_members: false,
        can_change_info: false,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_send_welcome_messages: false,
      } as ChatMember;
    }
    return status === 'kicked' ? { status, user: botUser, until_date: 0 } : { status, user: botUser };
  };
  return {
    update_id: options.updateId ?? nextUpdateId++,
    my_chat_member: {
      chat: makeChat(options.chatId, options.chatType ?? 'supergroup'),
      from: sender(options.userId, undefined),
      date: date(),
      old_chat_member: member(options.from),
      new_chat_member: member(options.to),
    },
  };
}
