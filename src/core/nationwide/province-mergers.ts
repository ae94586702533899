/**
 * The provinces the 2025 reorganisation left as they were, and those it merged: "Bao nhiêu tỉnh thành
 * giữ nguyên, không phải sáp nhập?", "How many provinces kept their borders unchanged?", "tỉnh nào
 * không bị sáp nhập", "Có bao nhiêu tỉnh bị sáp nhập?". A current province formed from one old
 * province alone is one kept; read from the old-to-new mapping in the unit index, never from a list
 * written here.
 */

import { formatDayShort } from '../format/dates.js';
import { fold } from '../text/fold.js';
import { RECENT_MESSAGES, rememberedPerText } from '../text/remembered.js';
import { wordRe } from '../text/text-cutter.js';
import type { Language, Unit } from '../types.js';
import { fullNameIn } from '../units/describe-unit.js';
import { withoutNarrowing } from '../units/narrowing.js';
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
    // "kept", "remained" alone also rank ("which province kept the highest coverage").
    '(?:kept|remained|stayed)\\s+(?:\\S+\\s+){0,2}?(?:the\\s+same|as\\s+(?:they|it)\\s+(?:were|was)|intact|untouched)',
    'untouched',
    'intact',
  ].join('|'),
);

const MERGED = wordRe('sap\\s+nhap|hop\\s+nhat|sap\\s+xep|merged|combined|amalgamated');
/** Formed from a number of provinces: "được hợp nhất từ 3 tỉnh cũ", "formed from three old provinces". */
const FROM_SEVERAL = wordRe('(?:tu|from)\\s+(?:[2-4]|hai|ba|bon|two|three|four)\\s+(?:(?:tinh|tinh\\s+thanh|old|former)\\s*)+(?:provinces?)?');
const HOW_MANY = wordRe('bao\\s+nhieu|bnh?|may|so\\s+luong|how\\s+many|number\\s+of');

/** What a question about the provinces and the reorganisation asks: those kept, or how many were merged. */
export type ProvinceMergerAsk = 'kept' | 'merged';

/**
 * Whether a message asks which or how many provinces the reorganisation left unchanged ('kept'), or
 * how many it merged ('merged': a counting word is needed, since "Gia Lai được hợp nhất từ những tỉnh
 * nào" asks a lineage); null for anything else. Remembered per message.
 */
export const readProvinceMergerAsk: (text: string) => ProvinceMergerAsk | null = rememberedPerText(readProvinceMergerAskOnce, RECENT_MESSAGES);

function readProvinceMergerAskOnce(text: string): ProvinceMergerAsk | null {
  // "không tính quận, thị xã, thành phố" leaves types out of a count: no province word.
  const folded = withoutNarrowing(fold(typeof text === 'string' ? text.slice(0, 300) : '')).text;
  if (folded.search(PROVINCE) < 0) return null;
  if (folded.search(UNCHANGED) >= 0) return 'kept';
  if (folded.search(FROM_SEVERAL) >= 0) return 'merged';
  return folded.search(MERGED) >= 0 && folded.search(HOW_MANY) >= 0 ? 'merged' : null;
}

/**
 * The answer: how many current provinces are one old province each, named, and how the rest were
 * formed; asked how many were merged, that first.
 */
export function composeProvinceMergers(index: UnitIndex, lang: Language, ask: ProvinceMergerAsk = 'kept'): string {
  const current = index.units.filter((u) => u.structure === 'post2025' && u.level === 'province');
  const formedFrom = (p: Unit) => index.predecessorsOf(p.id).filter((l) => l.unit.level === 'province').length;
  const kept = current.filter((p) => formedFrom(p) === 1);
  const old = index.units.filter((u) => u.structure === 'pre2025' && u.level === 'province').length;
  const names = kept.map((p) => fullNameIn(p, lang)).join(', ');
  const day = formatDayShort(REORGANISATION_DAY, lang);
  const merged = current.length - kept.length;
  const mergedOld = old - kept.length;
  const groups = formedGroups(
    current.filter((p) => formedFrom(p) > 1),
    formedFrom,
    lang,
  );
  const lines =
    lang === 'vi'
      ? {
          kept: `Khi sắp xếp từ ${day}, ${kept.length}/${current.length} tỉnh, thành phố giữ nguyên, không hợp nhất với tỉnh nào: ${names}.`,
          merged: `${mergedOld}/${old} tỉnh, thành phố cũ được hợp nhất thành ${merged} tỉnh, thành phố mới: ${groups}. Số tỉnh, thành phố giảm từ ${old} xuống ${current.length} (bớt ${old - current.length}).`,
          source: 'Nguồn: bảng đối chiếu đơn vị cũ – mới đã nạp vào hệ thống.',
        }
      : {
          kept: `In the reorganisation of ${day}, ${kept.length} of the ${current.length} provinces were kept as they were, merged with no other: ${names}.`,
          merged: `${mergedOld} of the ${old} former provinces were merged into ${merged} new ones: ${groups}. The number of provinces fell from ${old} to ${current.length} (${old - current.length} fewer).`,
          source: 'Source: the old-to-new unit mapping loaded in the system.',
        };
  const order = ask === 'merged' ? [lines.merged, lines.kept] : [lines.kept, lines.merged];
  return [...order, lines.source].join('\n');
}

/** Our choice: the new provinces of a group are named when there are this many or fewer. */
const NAMED_GROUP = 8;

/** "17 tỉnh mới từ 2 tỉnh cũ, 6 tỉnh mới từ 3 tỉnh cũ (Phú Thọ, …)": the merged provinces by how many they were formed from. */
function formedGroups(merged: readonly Unit[], formedFrom: (p: Unit) => number, lang: Language): string {
  const byCount = new Map<number, Unit[]>();
  for (const p of merged) byCount.set(formedFrom(p), [...(byCount.get(formedFrom(p)) ?? []), p]);
  return [...byCount.entries()]
    .sort(([a], [b]) => a - b)
    .map(([from, units]) => {
      const named = units.length <= NAMED_GROUP ? ` (${units.map((u) => (lang === 'vi' ? u.name : u.nameEn)).join(', ')})` : '';
      return lang === 'vi' ? `${units.length} tỉnh, thành phố mới từ ${from} tỉnh cũ${named}` : `${units.length} from ${from} former provinces each${named}`;
    })
    .join(lang === 'vi' ? '; ' : '; ');
}
