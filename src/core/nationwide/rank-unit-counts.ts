/**
 * Which province has the most (or fewest) units of a kind: "Tỉnh nào có nhiều xã nhất sau sáp
 * nhập?", "Trước sáp nhập, tỉnh thành nào có nhiều đơn vị cấp huyện nhất?", "Which province has the
 * fewest wards now?". Counted from the unit index like the country's counts (read-unit-count.ts reads
 * the kind and the structure); the leader, ties included, then the next two.
 */

import { levelNoun, nounFor, typeNoun, type UnitNoun } from '../answer/unit-nouns.js';
import { formatDayShort } from '../format/dates.js';
import { formatCount } from '../format/numbers.js';
import { PLACE_ASKED_BODY } from '../query/vocabulary.js';
import { hasVietnameseMarks } from '../text/fold.js';
import { foldWithMap, originalSpan } from '../text/folded-text.js';
import { rememberedReader } from '../text/remembered.js';
import { wordRe } from '../text/text-cutter.js';
import type { Language, Structure, Unit } from '../types.js';
import { fullNameIn } from '../units/describe-unit.js';
import { narrowAsk, withoutNarrowing } from '../units/narrowing.js';
import type { UnitIndex } from '../units/unit-index.js';
import { REORGANISATION_DAY, readAsks, readStructures, type UnitAsk } from './read-unit-count.js';

/** A ranking of provinces by a count of their units, read. */
export interface UnitRankQuestion {
  readonly ask: UnitAsk;
  readonly structure: Structure;
  readonly order: 'most' | 'fewest';
  /**
   * The place of a province named is asked ("Nghệ An đứng thứ mấy về số xã"), not the leaders: the
   * question without the words asking it, where the province is named.
   */
  readonly placeOfNamed?: { readonly text: string };
}

const PROVINCES = '(?:tinh\\s*(?:[,/]|va)?\\s*thanh(?:\\s+pho)?|tinh|thanh\\s+pho|dia\\s+phuong)';
const WHICH = wordRe(
  // "tỉnh cũ nào", "nơi nào" (a province, as the whole country is asked).
  `${PROVINCES}(?:\\s+nao|(?=\\s+(?:cu|moi)\\s+nao))|noi\\s+nao|top\\s+\\d{1,2}\\s+${PROVINCES}|(?:which|what)\\s+(?:provinces?|cit(?:y|ies)|localit(?:y|ies))|top\\s+\\d{1,2}\\s+provinces` +
    // "Which of the 34 new provinces …": the words after "the" still say which structure.
    '|(?:which|what)\\s+of\\s+the(?=\\s+(?:\\d+\\s+)?(?:(?:new|current|old|former)\\s+)?(?:provinces|cities|localities))',
);
/** "nhiều … nhất", or an ordinal ("nhiều huyện thứ 2"): the leaders and the next two answer it. */
const MOST = wordRe('nhieu(?:\\s+\\S+){0,6}?\\s+(?:nhat|thu\\s+(?:[2-5]|hai|ba|nhi))|most|largest\\s+number|greatest\\s+number|highest\\s+number');
const FEWEST = wordRe('it(?:\\s+\\S+){0,6}?\\s+nhat|fewest|least|smallest\\s+number|lowest\\s+number');

/** The place of one province asked: "Nghệ An đứng thứ mấy về số xã", "what rank is Lai Chau by wards". */
const PLACE_OF = wordRe(PLACE_ASKED_BODY);

/** Our choice: the leader (with any tie) and this many after it. */
const NEXT = 2;

/** Reads a ranking of provinces by how many units of a kind they have; null for anything else. Remembered per message. */
export const readUnitRankQuestion = rememberedReader(readUnitRankQuestionOnce);

function readUnitRankQuestionOnce(text: string): UnitRankQuestion | null {
  const original = typeof text === 'string' ? text.normalize('NFC') : '';
  const folded = foldWithMap(original);
  const [asksWhich] = folded.text.matchAll(WHICH);
  const [placeOf] = asksWhich ? [] : folded.text.matchAll(PLACE_OF);
  const which = asksWhich ?? placeOf;
  if (!which) return null;
  const has = (re: RegExp) => folded.text.search(re) >= 0;
  const order = has(FEWEST) ? 'fewest' : has(MOST) || placeOf ? 'most' : null;
  if (order === null) return null;
  const spelled = (from: number, to: number): string => {
    const span = originalSpan(folded, from, to);
    return span ? original.slice(span[0], span[1]).toLowerCase() : '';
  };
  const { text: rest, narrow } = withoutNarrowing(
    folded.text.slice(0, which.index) + ' '.repeat(which[0].length) + folded.text.slice(which.index + which[0].length),
  );
  const read = readAsks(rest, hasVietnameseMarks(original), spelled).find((a) => a.level !== 'province');
  if (!read) return null;
  const ask = narrow ? narrowAsk(read) : read;
  const structures = readStructures(rest, original, spelled);
  const structure = ask.level === 'district' ? 'pre2025' : structures.length === 1 ? (structures[0] as Structure) : 'post2025';
  if (!placeOf) return { ask, structure, order };
  const span = originalSpan(folded, placeOf.index, placeOf.index + placeOf[0].length);
  const withoutAsking = span ? `${original.slice(0, span[0])} ${original.slice(span[1])}` : original;
  return { ask, structure, order, placeOfNamed: { text: withoutAsking } };
}

/**
 * The answer: the provinces with the most (or fewest) units of the kind, with their counts; asked the
 * place of `named` (a province of the structure counted), its place first.
 */
export function composeUnitRank(question: UnitRankQuestion, index: UnitIndex, today: string, lang: Language, named?: Unit): string {
  const { ask, structure } = question;
  const counts = new Map<Unit, number>();
  for (const unit of index.units) {
    if (unit.structure !== structure) continue;
    if (structure === 'post2025' && unit.validTo !== null && unit.validTo < today) continue;
    if (unit.level === 'province') counts.set(unit, counts.get(unit) ?? 0);
    else if (unit.level === ask.level && (ask.typeCodes === null || ask.typeCodes.includes(unit.typeCode))) {
      const province = index.provinceOf(unit);
      counts.set(province, (counts.get(province) ?? 0) + 1);
    }
  }
  const sign = question.order === 'most' ? -1 : 1;
  const ranked = [...counts].sort((a, b) => sign * (a[1] - b[1]) || a[0].code.localeCompare(b[0].code));
  const noun = nounOf(ask, index);
  const top = ranked[0]?.[1];
  if (top === undefined) return lang === 'vi' ? 'Danh mục đơn vị hành chính chưa có tỉnh nào.' : 'The unit list holds no province.';
  const leaders = ranked.filter(([, n]) => n === top);
  // The next ones, and any tied with the last of them.
  const last = ranked[leaders.length + NEXT - 1]?.[1];
  const after = ranked.slice(leaders.length).filter(([, n], i) => i < NEXT || n === last);
  const item = ([unit, n]: [Unit, number]) => `${fullNameIn(unit, lang)} (${formatCount(n, lang)} ${nounFor(noun, n, lang)})`;
  const day = formatDayShort(REORGANISATION_DAY, lang);
  const nounPlural = lang === 'vi' ? noun.vi : nounFor(noun, 2, lang);
  const own = named === undefined ? undefined : counts.get(named);
  if (named !== undefined && own !== undefined) {
    // Equal counts share a place: the place is one more than the number of provinces ahead.
    const place = ranked.filter(([, n]) => sign * (n - own) < 0).length + 1;
    const when = structure === 'pre2025' ? (lang === 'vi' ? `Trước ${day}` : `Before ${day}`) : lang === 'vi' ? `Hiện nay (từ ${day})` : `Now (since ${day})`;
    const head =
      lang === 'vi'
        ? `${when}, ${fullNameIn(named, lang)} đứng thứ ${place}/${ranked.length} tỉnh, thành phố về số ${nounPlural}: ${formatCount(own, lang)} ${nounFor(noun, own, lang)}.`
        : `${when}, ${fullNameIn(named, lang)} ranks ${place} of ${ranked.length} provinces by number of ${nounPlural}: ${formatCount(own, lang)} ${nounFor(noun, own, lang)}.`;
    const ahead = ranked.filter(([, n]) => sign * (n - own) < 0).slice(0, 5);
    const lines = [head];
    if (ahead.length > 0) lines.push(`${lang === 'vi' ? 'Đứng trước' : 'Ahead'}: ${ahead.map(item).join(', ')}.`);
    lines.push(
      lang === 'vi'
        ? 'Nguồn: danh mục đơn vị hành chính đã nạp vào hệ thống (mã GSO).'
        : 'Source: the list of administrative units loaded in the system (GSO codes).',
    );
    return lines.join('\n');
  }
  const lines =
    lang === 'vi'
      ? [
          `${structure === 'pre2025' ? `Trước ${day}` : `Hiện nay (từ ${day})`}, tỉnh, thành phố có ${question.order === 'most' ? 'nhiều' : 'ít'} ${nounPlural} nhất: ${leaders.map(item).join(', ')}.`,
          ...(after.length > 0 ? [`Tiếp theo: ${after.map(item).join(', ')}.`] : []),
          'Nguồn: danh mục đơn vị hành chính đã nạp vào hệ thống (mã GSO).',
        ]
      : [
          `${structure === 'pre2025' ? `Before ${day}` : `Now (since ${day})`}, the province${leaders.length > 1 ? 's' : ''} with the ${question.order === 'most' ? 'most' : 'fewest'} ${nounPlural}: ${leaders.map(item).join(', ')}.`,
          ...(after.length > 0 ? [`Next: ${after.map(item).join(', ')}.`] : []),
          'Source: the list of administrative units loaded in the system (GSO codes).',
        ];
  return lines.join('\n');
}

/** The noun of what is counted: the level's, or the one type asked. */
function nounOf(ask: UnitAsk, index: UnitIndex): UnitNoun {
  const [only] = ask.typeCodes ?? [];
  if (ask.typeCodes?.length !== 1 || only === undefined) return levelNoun(ask.level);
  return typeNoun(only, index.units.find((u) => u.typeCode === only)?.type ?? only);
}
