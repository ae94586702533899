/** Lines for messages the bot cannot take: one it cannot read, one it cannot put a name to. */
import type { Language } from '../types.js';

/** The line a private chat gets for a message the bot cannot read (a sticker, a photo, a voice note …). */
export const TEXT_ONLY: Readonly<Record<Language, string>> = {
  vi: 'Mình chỉ đọc được tin nhắn chữ. Gõ /help để xem hướng dẫn.',
  en: 'I can only read text messages. Send /help to see what I can do.',
};

/**
 * The line for an edited message: the bot answers messages as they come, so an edit (a figure
 * corrected in place) changes nothing recorded, and the sender must not believe it did.
 */
export const EDIT_NOT_READ: Readonly<Record<Language, string>> = {
  vi: 'Mình không đọc tin nhắn đã sửa, nên phần sửa chưa được ghi nhận. Hãy gửi lại thành tin nhắn mới (nếu cần rút lần nộp vừa rồi, gõ "hoàn tác").',
  en: 'I do not read edited messages, so your edit was not recorded. Send it again as a new message (to withdraw the submission you just made, type "undo").',
};

/**
 * The line for a message whose content the platform withholds from bots (Zalo's "unsupported" event:
 * sent for accounts Zalo protects, such as children's, and for kinds of message it does not pass on,
 * such as contact cards). The sender may well have typed text, so the line does not ask for text: it
 * says the content did not arrive and what else works.
 */
export const WITHHELD: Readonly<Record<Language, string>> = {
  vi: 'Zalo không chuyển nội dung tin nhắn này cho bot (tài khoản được Zalo bảo vệ, hoặc loại tin nhắn bot không nhận được), nên mình chưa đọc được. Nếu bạn đã gõ chữ mà vẫn thấy thông báo này, hãy dùng bot trên Telegram hoặc nhờ cán bộ phụ trách nhập giúp.',
  en: 'Zalo did not pass this message on to the bot (it protects some accounts, and some kinds of message do not reach bots), so I could not read it. If you typed text and still see this, use the bot on Telegram or ask your supervisor to enter it for you.',
};

/**
 * The answer to a group administrator writing anonymously (as the group): the bot cannot tell who
 * sent it, so it can neither check their role nor record figures under their name. Vietnamese, since
 * an anonymous message carries no language.
 */
export const ANONYMOUS_SENDER =
  'Bạn đang nhắn ẩn danh với tư cách quản trị viên nhóm nên bot không biết ai gửi. Hãy tắt "Ẩn danh" trong quyền quản trị của mình, hoặc nhắn riêng cho bot.';
