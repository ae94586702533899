/** The line a private chat gets for a message the bot cannot read (a sticker, a photo, a voice note …). */
import type { Language } from '../types.js';

export const TEXT_ONLY: Readonly<Record<Language, string>> = {
  vi: 'Mình chỉ đọc được tin nhắn chữ. Gõ /help để xem hướng dẫn.',
  en: 'I can only read text messages. Send /help to see what I can do.',
};
