/**
 * Replies about the reply language ("/lang en", "/lang auto", "/lang"). A change is confirmed in the
 * language just chosen, so the person sees at once that it worked. Pure texts in Vietnamese and English.
 */
import type { Language } from '../types.js';

/** After "/lang en" or "/lang vi": confirmed in the chosen language. */
export function composeLanguageChosen(chosen: Language): string {
  return chosen === 'vi' ? 'Từ nay tôi trả lời bằng tiếng Việt.' : 'I will answer in English from now on.';
}

/** After "/lang auto": each reply follows the language of the message it answers. */
export function composeLanguageFollowsMessage(lang: Language): string {
  return lang === 'vi' ? 'Từ nay tôi trả lời theo ngôn ngữ của tin nhắn bạn gửi.' : 'From now on I answer in the language of each message you send.';
}

/** "/lang" alone (or with an unknown argument): the current setting and how to change it. */
export function composeLanguageSetting(lang: Language, chosen: Language | null): string {
  if (lang === 'vi') {
    const now = chosen === null ? 'theo tin nhắn bạn gửi' : chosen === 'vi' ? 'tiếng Việt' : 'tiếng Anh';
    return `Ngôn ngữ trả lời: ${now}.\nĐổi: /lang vi (tiếng Việt), /lang en (tiếng Anh), /lang auto (theo tin nhắn).`;
  }
  const now = chosen === null ? 'the language of each message you send' : chosen === 'en' ? 'English' : 'Vietnamese';
  return `Reply language: ${now}.\nChange it: /lang en (English), /lang vi (Vietnamese), /lang auto (follow each message).`;
}

/** The console's local administrator has no person to remember a choice for. */
export function composeLanguageNeedsPerson(lang: Language): string {
  return lang === 'vi'
    ? 'Tôi chỉ ghi nhớ ngôn ngữ cho người đã đăng ký; với bạn, tôi trả lời theo ngôn ngữ của tin nhắn.'
    : 'I can only remember a language for a registered person; for you, I answer in the language of each message.';
}
