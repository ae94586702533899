/** Small phrases shared by comparisons and rankings. */
import type { Language } from '../types.js';

/**
 * What is missing and how to add it: figures from the focal points or a file, targets from a file.
 * Our choice: who adds it, in words; the administrator's command itself is in the README ("Reference
 * data"), not in an answer to an official on a phone.
 */
export function addDataHint(lang: Language, names: readonly string[], targets: boolean, period?: string): string {
  const who = names.join(', ');
  // A period named: the others are shown, only that one is missing ("Chưa có số liệu 9 tháng đầu năm 2020 của Bắc Kạn").
  const of = period ? ` ${period}` : '';
  if (lang === 'vi') {
    return targets
      ? `Chưa có chỉ tiêu của ${who}: quản trị viên nạp từ tệp chỉ tiêu.`
      : `Chưa có số liệu${of} của ${who}: đầu mối gửi qua chat (lệnh "nop") hoặc quản trị viên nạp từ tệp số liệu.`;
  }
  return targets
    ? `No target held for ${who}: an administrator can load them from a file of targets.`
    : `No figures${period ? ` for${of}` : ''} held for ${who}: the focal points can send them by chat (the "nop" command), or an administrator can load them from a file.`;
}
