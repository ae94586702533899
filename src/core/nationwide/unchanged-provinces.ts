/**
 * The provinces the 2025 reorganisation left as they were: "Bao nhiêu tỉnh thành giữ nguyên, không
 * phải sáp nhập?", "How many provinces kept their borders unchanged?", "tỉnh nào không bị sáp nhập".
 * A current province formed from one old province alone is one of them; read from the old-to-new
 * mapping in the unit index, never from a list written here.
 */

import { formatDayShort } from '../format/dates.js';
import { fold } from '../text/fold.js';
import { wordRe } from '../text/text-cutter.js';
import type { Language, Unit } from '../types.js';
import { fullNameIn } from '../units/describe-unit.js';
import type { UnitIndex } from '../units/unit-index.js';
import { REORGANISATION_DAY } from './read-unit-count.js';

const PROVINCE = wordRe('tinh|tinh\\s+thanh|thanh\\s+pho|dia\\s+phuong|provinces?|cities|localities');
const UNCHANGED = wordRe(
  [
    'giu\\s+nguyen',
    'khong\\s+(?:bi\\s+|phai\\s+|co\\s+|duoc\\s+)?(?:sap\\s+nhap|hop\\s+nhat|sap\\s+xep|thay\\s+doi|nhap)',
    'dung\\s+doc\\s+lap',
    'khong\\s+doi',
    '(?:not|never)\\s+(?:been\\s+)?(?:merged|combined|changed|reorgani[sz]ed|touched)',
    'unchanged',
    'kept',
    'remained',
    'stayed\\s+(?:the\\s+same|as\\s+(?:they|it)\\s+(?:were|was))',
    'untouched',
    'intact',
  ].join('|'),
);

/** Whether a message asks which or how many provinces the reorganisation left unchanged. */
export function asksUnchangedProvinces(text: string): boolean {
  const folded = fold(typeof text === 'string' ? text.slice(0, 300) : '');
  return folded.search(UNCHANGED) >= 0 && folded.search(PROVINCE) >= 0;
}

/** The answer: how many current provinces are one old province each, named, and how the rest were formed. */
export function composeUnchangedProvinces(index: UnitIndex, lang: Language): string {
  const current = index.units.filter((u) => u.structure === 'post2025' && u.level === 'province');
  const formedFrom = (p: Unit) => index.predecessorsOf(p.id).filter((l) => l.unit.level === 'province').length;
  const kept = current.filter((p) => formedFrom(p) === 1);
  const old = index.units.filter((u) => u.structure === 'pre2025' && u.level === 'province').length;
  const names = kept.map((p) => fullNameIn(p, lang)).join(', ');
  const day = formatDayShort(REORGANISATION_DAY, lang);
  const merged = current.length - kept.length;
  return lang === 'vi'
    ? [
        `Khi sắp xếp từ ${day}, ${kept.length}/${current.length} tỉnh, thành phố giữ nguyên, không hợp nhất với tỉnh nào: ${names}.`,
        `${merged} tỉnh, thành phố còn lại được hợp nhất từ 2 hoặc 3 tỉnh, thành phố cũ (trước đó cả nước có ${old}).`,
        'Nguồn: bảng đối chiếu đơn vị cũ – mới đã nạp vào hệ thống.',
      ].join('\n')
    : [
        `In the reorganisation of ${day}, ${kept.length} of the ${current.length} provinces were kept as they were, merged with no other: ${names}.`,
        `The other ${merged} were each formed from 2 or 3 former provinces (there were ${old} before).`,
        'Source: the old-to-new unit mapping loaded in the system.',
      ].join('\n');
}
