/**
 * The sub-units of a unit: how many, of which types, and their names (up to MAX_LISTED, then how
 * many more), in the structure the plan chose, which the first words say ("Trước 1/7/2025, …",
 * "Hiện nay (từ 1/7/2025), …"). Under an old unit that was reorganised, one sentence says what it
 * went into.
 */

import { levelNoun, nounFor, typeNoun, type UnitNoun } from '../answer/unit-nouns.js';
import { formatCount } from '../format/numbers.js';
import type { Language, Unit } from '../types.js';
import type { UnitIndex } from '../units/unit-index.js';
import { forwardSentence } from './lineage-reply.js';
import { descendantsOf, namesake, type SubunitsPlan } from './plan-answer.js';
import { breakdown, cutList, joinNames, ownName, plainLabel, reorganisationDay, typesOf, unitListSource } from './reply-parts.js';
import { isAsked } from './unit-terms.js';

/** Our choice: a count of this many units or fewer names them too. */
const NAMED_WITH_COUNT = 10;

/** The reply to a list or counting question. */
export function composeSubunits(plan: SubunitsPlan, index: UnitIndex, lang: Language): string {
  const lines: string[] = [];
  if (plan.levelGone) lines.push(goneLine(plan, lang));
  const lead = openingOf(plan.unit, index, lang);
  const has = lang === 'vi' ? 'có' : plan.unit.structure === 'pre2025' ? 'had' : 'has';
  const { matching, all, asked } = plan;
  const none = asked.typeCodes !== null && matching.length === 0;
  const shown = none ? all : matching;
  // A count of a few gives their names too ("có mấy thị trấn, tên là gì"), not a question to ask for them.
  const listed = !plan.countOnly || shown.length <= NAMED_WITH_COUNT;
  const end = listed ? ':' : '.';
  if (none) {
    const nothing = lang === 'vi' ? `không có ${askedNouns(plan, lang)} nào` : `${has} no ${askedNouns(plan, lang)}`;
    lines.push(`${lead} ${nothing}; ${lang === 'vi' ? 'có' : `it ${has}`} ${levelCount(all, lang)}${end}`);
  } else {
    const counted = asked.typeCodes !== null ? typeCount(matching, all, lang) : levelCount(matching, lang);
    lines.push(`${lead} ${has} ${counted}${end}`);
  }
  if (listed) lines.push(`${names(shown, index, lang)}.`);
  if (plan.countOnly) {
    const then = otherStructureCount(plan, index, lang);
    if (then) lines.push(then);
    if (!listed) lines.push(listHint(plan, index, lang));
  }
  if (plan.unit.structure === 'pre2025' && index.isDissolved(plan.unit)) lines.push(forwardSentence(plan.unit, index, lang));
  lines.push(unitListSource(lang));
  return lines.join('\n');
}

/** "Trước 1/7/2025, Thành phố Vinh, Tỉnh Nghệ An" / "Now (since 1 July 2025), Nghe An Province". */
function openingOf(unit: Unit, index: UnitIndex, lang: Language): string {
  const label = plainLabel(unit, index, lang);
  const day = reorganisationDay(lang);
  if (lang === 'vi') return unit.structure === 'pre2025' ? `Trước ${day}, ${label}` : `Hiện nay (từ ${day}), ${label}`;
  return unit.structure === 'pre2025' ? `Before ${day}, ${label}` : `Now (since ${day}), ${label}`;
}

/** "33 đơn vị hành chính cấp xã (21 phường, 12 xã)". */
function levelCount(units: readonly Unit[], lang: Language): string {
  const level = units[0]?.level ?? 'commune';
  const total = `${formatCount(units.length, lang)} ${nounFor(levelNoun(level), units.length, lang)}`;
  return typesOf(units).length > 1 ? `${total} (${breakdown(units, lang)})` : total;
}

/** "11 phường (trong 130 đơn vị hành chính cấp xã: 119 xã, 11 phường)". */
function typeCount(matching: readonly Unit[], all: readonly Unit[], lang: Language): string {
  const listed = breakdown(matching, lang);
  if (all.length === matching.length) return listed;
  const level = all[0]?.level ?? 'commune';
  const of = lang === 'vi' ? 'trong' : 'of';
  return `${listed} (${of} ${formatCount(all.length, lang)} ${nounFor(levelNoun(level), all.length, lang)}: ${breakdown(all, lang)})`;
}

/** Short names when all are of one type and none is a bare number ("Phường 1"); else full names. */
function names(units: readonly Unit[], index: UnitIndex, lang: Language): string {
  const oneType = typesOf(units).length === 1 && units.every((u) => !/^\d/.test(u.name));
  return cutList(
    units.map((u) => (oneType ? (lang === 'vi' ? u.name : u.nameEn) : ownName(u, index, lang))),
    lang,
  );
}

function askedNouns(plan: SubunitsPlan, lang: Language): string {
  const codes = plan.asked.typeCodes ?? [];
  const nouns = codes.map((code): UnitNoun => typeNoun(code, plan.all.find((u) => u.typeCode === code)?.type ?? code));
  return joinNames(
    nouns.map((n) => (lang === 'vi' ? n.vi : n.en)),
    lang,
  );
}

/** The level or types asked exist no more: the answer is the old structure's. */
function goneLine(plan: SubunitsPlan, lang: Language): string {
  const day = reorganisationDay(lang);
  if (plan.asked.level === 'district' && plan.asked.typeCodes === null) {
    return lang === 'vi'
      ? `Cấp huyện đã bỏ từ ${day}: chính quyền địa phương nay có hai cấp, tỉnh và xã.`
      : `The district level was abolished on ${day}: local government now has two levels, province and commune.`;
  }
  return lang === 'vi' ? `Từ ${day} không còn ${askedNouns(plan, lang)}.` : `Since ${day} there are no ${askedNouns(plan, lang)}.`;
}

/**
 * Beside a province's count of communes, the count in the other structure: the old provinces a
 * current one was formed from ("(Trước 1/7/2025: Tỉnh Bình Định có 159, Tỉnh Gia Lai có 218 đơn vị
 * hành chính cấp xã.)"), or the current province an old one continues unmerged. Null otherwise.
 */
function otherStructureCount(plan: SubunitsPlan, index: UnitIndex, lang: Language): string | null {
  const { unit } = plan;
  const level = plan.all[0]?.level;
  if (unit.level !== 'province' || level !== 'commune') return null;
  const counted = (u: Unit) => descendantsOf(u, index).filter((d) => d.level === level && isAsked(d, plan.asked)).length;
  const noun = plan.asked.typeCodes === null ? nounFor(levelNoun(level), 2, lang) : askedNouns(plan, lang);
  const day = reorganisationDay(lang);
  if (unit.structure === 'post2025') {
    const olds = index
      .predecessorsOf(unit.id)
      .filter((l) => l.unit.level === 'province')
      .map((l) => l.unit);
    const [only] = olds;
    if (!only) return null;
    // A kind of unit that came with the reorganisation (đặc khu): none of them before, said once.
    if (olds.every((o) => counted(o) === 0)) return lang === 'vi' ? `(Trước ${day} chưa có ${noun}.)` : `(Before ${day} there were no ${noun}.)`;
    if (olds.length === 1) {
      return lang === 'vi' ? `(Trước ${day}: ${formatCount(counted(only), lang)} ${noun}.)` : `(Before ${day}: ${formatCount(counted(only), lang)} ${noun}.)`;
    }
    const parts = joinNames(
      olds.map((o) => `${ownName(o, index, lang)} ${lang === 'vi' ? 'có' : 'had'} ${formatCount(counted(o), lang)}`),
      lang,
    );
    return lang === 'vi' ? `(Trước ${day}: ${parts} ${noun}.)` : `(Before ${day}: ${parts} ${noun}.)`;
  }
  const now = namesake(unit, 'post2025', index);
  if (!now || index.predecessorsOf(now.id).filter((l) => l.unit.level === 'province').length !== 1) return null;
  return lang === 'vi' ? `(Hiện nay: ${formatCount(counted(now), lang)} ${noun}.)` : `(Now: ${formatCount(counted(now), lang)} ${noun}.)`;
}

/** How to get the names after a count: the question to send, with the unit's type word so that it finds the same unit. */
function listHint(plan: SubunitsPlan, index: UnitIndex, lang: Language): string {
  const unit = plan.unit;
  const level = plan.all[0]?.level ?? 'commune';
  const oneType = plan.asked.typeCodes?.length === 1 ? typeNoun(plan.asked.typeCodes[0] ?? '', '') : null;
  const old = unit.structure === 'pre2025';
  if (lang === 'vi') {
    const word = oneType?.vi ?? (level === 'district' ? 'huyện' : 'xã');
    return `Xem danh sách: hỏi "${unit.fullName}${old ? ' trước đây' : ''} có những ${word} nào".`;
  }
  const noun = oneType?.en ?? levelNoun(level).en;
  return `For the names, ask "list the ${noun} of ${ownName(unit, index, lang)}${old ? ' before 2025' : ''}".`;
}
