/** Small phrases shared by comparisons and rankings. */
import type { Language } from '../types.js';

/** The command that loads figures and targets from a file (README, "Reference data"). */
export const IMPORT_FACTS = 'npm run -s admin -- import-facts <tệp.csv>';
const IMPORT_FACTS_EN = 'npm run -s admin -- import-facts <file.csv>';

/** What is missing and how to add it: figures from the focal points or a file, targets from a file. */
export function addDataHint(lang: Language, names: readonly string[], targets: boolean): string {
  const who = names.join(', ');
  if (lang === 'vi') {
    return targets
      ? `Chưa có chỉ tiêu của ${who}: quản trị viên nhập tệp chỉ tiêu bằng lệnh ${IMPORT_FACTS}.`
      : `Chưa có số liệu của ${who}: đầu mối gửi qua chat (lệnh "nop") hoặc quản trị viên nhập tệp bằng lệnh ${IMPORT_FACTS}.`;
  }
  return targets
    ? `No target held for ${who}: an administrator can load a file of targets with ${IMPORT_FACTS_EN}.`
    : `No figures held for ${who}: the focal points can send them by chat (the "nop" command), or an administrator can load a file with ${IMPORT_FACTS_EN}.`;
}
