/** The short replies: choose among places, unknown place, help, no place, empty message, errors. */
import type { Language } from '../types.js';

/** Longest piece of the user's own text repeated back. */
const MAX_ECHO = 60;

function echo(text: string): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO - 1)}…` : clean;
}

/**
 * A numbered list of places with the same name; `more` counts the ones not listed. With `guessed`, the
 * name as typed that no place has: the list holds the places near it.
 */
export function composeAmbiguous(lang: Language, labels: readonly string[], more: number, guessed?: string): string {
  const list = labels.map((l, i) => `${i + 1}. ${l}`);
  if (lang === 'vi') {
    return [
      guessed === undefined ? 'Có nhiều địa danh trùng tên, bạn muốn hỏi:' : `Không tìm thấy địa danh "${echo(guessed)}". Có phải bạn muốn hỏi:`,
      ...list,
      ...(more > 0 ? [`(và ${more} nơi khác — ghi thêm tên tỉnh để thu hẹp)`] : []),
      'Trả lời bằng số thứ tự.',
    ].join('\n');
  }
  return [
    guessed === undefined ? 'Several places have that name. Which one do you mean?' : `No place called "${echo(guessed)}" was found. Did you mean:`,
    ...list,
    ...(more > 0 ? [`(and ${more} more — add the province to narrow it down)`] : []),
    'Reply with the number.',
  ].join('\n');
}

/** No place matched; suggestions are described units that came close. */
export function composeUnknownPlace(lang: Language, placeText: string, suggestions: readonly string[]): string {
  const name = echo(placeText);
  const shown = suggestions.slice(0, 5).map((s) => `- ${s}`);
  if (lang === 'vi') {
    return [
      `Không tìm thấy địa danh "${name}".`,
      ...(shown.length > 0 ? ['Có phải bạn muốn hỏi:', ...shown] : []),
      'Hãy ghi rõ loại đơn vị và tỉnh, ví dụ: huyện Châu Thành, Tây Ninh.',
    ].join('\n');
  }
  return [
    `No place called "${name}" was found.`,
    ...(shown.length > 0 ? ['Did you mean:', ...shown] : []),
    'Try the unit type and the province, e.g.: Chau Thanh district, Tay Ninh.',
  ].join('\n');
}

/**
 * The resolver corrected a typo in the place name: say what was understood, before the answer.
 * "Hiểu \"Vinnh\" là Thành phố Vinh, Tỉnh Nghệ An." / "Taking \"Vinnh\" to mean Vinh City, Nghe An Province."
 */
export function composeCorrectedPlace(lang: Language, typed: string, label: string): string {
  const name = echo(typed);
  return lang === 'vi' ? `Hiểu "${name}" là ${label}.` : `Taking "${name}" to mean ${label}.`;
}

/** What can be asked, with three examples in the user's language. */
export function composeHelp(lang: Language): string {
  if (lang === 'vi') {
    return [
      'Tôi trả lời về tỷ lệ bao phủ BHXH, BHXH bắt buộc/tự nguyện, BHTN, BHYT, lương hưu của tỉnh, huyện, xã (cả trước và sau 1/7/2025): số liệu, chỉ tiêu, mức còn thiếu, xu hướng và nguồn.',
      'Ví dụ:',
      '- tỷ lệ bao phủ BHXH Gia Lai 2025',
      '- bhyt Hải Phòng',
      '- chỉ tiêu BHTN Bắc Kạn 9 tháng 2021',
      '- biểu đồ bhxh Bắc Kạn (một hình), xuất excel Nghệ An (một bảng tính)',
      'Có thể viết không dấu. Đầu mối gửi số liệu của kỳ đang mở bằng một tin: nop bb <số> tn <số> ld <số>',
    ].join('\n');
  }
  return [
    'I answer questions about social insurance (compulsory, voluntary), unemployment and health insurance coverage and pensions of provinces, districts and communes (before and after 1 July 2025): figures, targets, gaps, trends and sources.',
    'Examples:',
    '- coverage for Vinh city',
    '- health insurance Hai Phong 2023',
    '- Gia Lai unemployment insurance 2025 target',
    '- chart coverage Bac Kan (a picture), export excel Nghe An (a workbook)',
    'Focal points send the figures of the period open now in one message: nop bb <number> tn <number> ld <number>',
  ].join('\n');
}

/** An indicator or period was asked without a place. */
export function composeNoPlace(lang: Language): string {
  return lang === 'vi'
    ? 'Bạn muốn hỏi số liệu của địa phương nào? Ví dụ: bhxh Nghệ An 2024, bhyt Hải Phòng.'
    : 'Which place do you mean? For example: coverage for Vinh city, health insurance Hai Phong.';
}

/** "Xã mình" asked by someone with no unit of that level assigned. */
export function composeOwnPlaceUnknown(lang: Language): string {
  return lang === 'vi'
    ? 'Tôi chưa biết địa phương của bạn (bạn chưa được giao đơn vị nào ở cấp này). Hãy ghi tên địa phương, ví dụ: bhxh Nghệ An 2024, bhyt Hải Phòng.'
    : 'I do not know your place (no unit of that level is assigned to you). Name it, e.g. coverage for Vinh city, health insurance Hai Phong.';
}

/** The message had nothing to read (blank, emoji only, control characters). */
export function composeEmpty(lang: Language): string {
  return lang === 'vi'
    ? 'Tin nhắn chưa có nội dung. Hãy gõ tên địa phương, ví dụ: tỷ lệ bao phủ BHXH Gia Lai, hoặc "giúp" để xem hướng dẫn.'
    : 'That message was empty. Type a place, e.g. "coverage for Vinh city", or "help".';
}

/** A number was sent after a list but is not on it. */
export function composeChoiceOutOfRange(lang: Language, count: number): string {
  return lang === 'vi' ? `Vui lòng trả lời bằng một số từ 1 đến ${count}.` : `Please reply with a number from 1 to ${count}.`;
}

/** Something failed on our side; never a stack trace. */
export function composeInternalError(lang: Language): string {
  return lang === 'vi'
    ? 'Xin lỗi, đã có lỗi khi xử lý tin nhắn. Vui lòng thử lại sau ít phút.'
    : 'Sorry, something went wrong while handling your message. Please try again in a few minutes.';
}

/**
 * After an answer for the most prominent of several places of one name: who else has it and how
 * to ask for them. `labels` are the others, described; the first one's own name is the example.
 */
export function composeSharedName(lang: Language, labels: readonly string[]): string {
  const shown = labels.slice(0, 3).join('; ');
  const more = labels.length > 3 ? (lang === 'vi' ? ` và ${labels.length - 3} nơi khác` : ` and ${labels.length - 3} more`) : '';
  const example = (labels[0] ?? '').split(',')[0] ?? '';
  return lang === 'vi'
    ? `Cùng tên: ${shown}${more}. Muốn hỏi nơi khác, ghi rõ loại đơn vị, ví dụ: "${example}".`
    : `Same name: ${shown}${more}. To ask about another, add its type, e.g. "${example}".`;
}

/**
 * Before an answer for the place the person picked earlier among those sharing the name they typed
 * again: why no list came, and how to ask about another. `example` is the name with another place's
 * province ("Châu Thành, Tây Ninh"), or null when every other place is in the same province.
 */
export function composeRememberedPlace(lang: Language, name: string, example: string | null): string {
  const typed = echo(name);
  if (lang === 'vi') {
    const how = example ? `ghi rõ tỉnh, ví dụ: "${example}"` : 'ghi rõ loại đơn vị hoặc tỉnh';
    return `Theo lựa chọn trước của bạn cho "${typed}". Muốn hỏi nơi khác cùng tên, ${how}.`;
  }
  const how = example ? `add its province, e.g. "${example}"` : 'add its type or province';
  return `Going by your earlier pick for "${typed}". To ask about another place of that name, ${how}.`;
}

/**
 * A message that is neither a place nor a question about coverage: with the help when it asks
 * something (`asked`), else one line pointing at it, since a remark ("mạng chậm quá", "sorry wrong
 * group") wants no menu back.
 */
export function composeNotUnderstood(lang: Language, asked = true): string {
  const intro = lang === 'vi' ? 'Tôi chưa hiểu tin nhắn này.' : "I didn't understand that message.";
  if (!asked) return lang === 'vi' ? `${intro} Gõ "hướng dẫn" để xem cách hỏi số liệu.` : `${intro} Type "help" to see how to ask for figures.`;
  return `${intro}\n${composeHelp(lang)}`;
}
