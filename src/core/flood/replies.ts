import type { Language } from '../types.js';

/** The one reply a sender gets when they send faster than the flood limit allows. */
export function composeSlowDown(lang: Language): string {
  return lang === 'en'
    ? 'You are sending messages faster than I can take them. Please wait a few seconds; messages sent meanwhile are not processed.'
    : 'Bạn đang gửi tin quá nhanh. Vui lòng chờ vài giây; các tin gửi trong lúc này sẽ không được xử lý.';
}
