/** Short replies of a comparison, and what makes a question one about figures. */

import type { ParsedQuery } from '../query/parse-query.js';
import { PLACE_TALK_BODY, TARGET_AFTER_BODY } from '../query/vocabulary.js';
import { foldWithMap } from '../text/folded-text.js';
import { wordRe } from '../text/text-cutter.js';
import type { Language } from '../types.js';

const PLACE_TALK = wordRe(PLACE_TALK_BODY);

/**
 * Whether a question is about figures rather than about what became of places: "Nghi Lộc hay Vinh
 * sáp nhập vào đâu" names two places but asks their lineage, unless it also names an indicator or a
 * target.
 */
export function aboutFigures(text: string, parsed: Pick<ParsedQuery, 'indicators' | 'wantsTarget'>): boolean {
  PLACE_TALK.lastIndex = 0;
  return parsed.indicators.length > 0 || parsed.wantsTarget || !PLACE_TALK.test(foldWithMap(text).text);
}

/**
 * A figure compared with its target rather than with another place or time: "so sánh … với chỉ
 * tiêu", "compare … with the target". Over folded text.
 */
export const WITH_TARGET = new RegExp(`(?<![\\p{L}\\p{N}])(?:voi|with|to|against|and|va)${TARGET_AFTER_BODY}`, 'u');

/** A comparison that names no place: what to ask. */
/**
 * One place of a comparison read, the other not ("HP và BK hơn kém nhau mấy điểm"): the one read,
 * the closest names for the other, and how to ask again.
 */
export function composeSecondPlaceUnknown(lang: Language, read: string, suggestions: readonly string[]): string {
  const list = suggestions.map((s) => `- ${s}`);
  return lang === 'vi'
    ? [
        `Đã hiểu ${read}, nhưng chưa rõ địa phương còn lại.`,
        ...(list.length > 0 ? ['Có phải bạn muốn so sánh với:', ...list] : []),
        'Hãy ghi đủ tên cả hai nơi, ví dụ: "so sánh tỷ lệ BHYT Bắc Kạn và Hải Phòng".',
      ].join('\n')
    : [
        `I read ${read}, but not the other place.`,
        ...(list.length > 0 ? ['Did you mean to compare it with:', ...list] : []),
        'Write both names in full, e.g. "compare health insurance coverage of Bac Kan and Hai Phong".',
      ].join('\n');
}

export function composeNameTwoPlaces(lang: Language): string {
  return lang === 'vi'
    ? 'Hãy nêu hai (hoặc ba) địa phương cần so sánh, ví dụ: "so sánh tỷ lệ BHYT Bắc Kạn và Hải Phòng", hoặc một địa phương và kỳ so sánh: "BHXH Bắc Kạn 9 tháng 2021 so với cùng kỳ năm trước".'
    : 'Name two (or three) places to compare, e.g. "compare health insurance coverage of Bac Kan and Hai Phong", or one place and the period to compare with: "Bac Kan social insurance, first nine months of 2021 vs the same period last year".';
}
