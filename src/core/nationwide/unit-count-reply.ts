/**
 * The answer to a counting question about the country: how many units of a level (with the count of
 * each type) or of the types asked, in the structure asked, with the other structure's total beside
 * it. The district level exists only before 1 July 2025: asked for now, the answer says it was
 * abolished and gives the old count.
 */

import { levelNoun, nounFor, typeNoun, type UnitNoun } from '../answer/unit-nouns.js';
import { formatDayShort } from '../format/dates.js';
import { formatCount, formatPercent } from '../format/numbers.js';
import type { Language, Structure, UnitLevel } from '../types.js';
import { fullNameIn } from '../units/describe-unit.js';
import type { UnitIndex } from '../units/unit-index.js';
import { unitOn } from '../units/unit-on.js';
import { type LevelTally, type TypeChangeGroup, tallyLevel, typeChangesBetween } from './count-units.js';
import { REORGANISATION_DAY, type UnitAsk, type UnitCountQuestion } from './read-unit-count.js';

const STRUCTURES: readonly Structure[] = ['pre2025', 'post2025'];

/** What the reply needs besides the question: the index and today's date. */
export interface UnitCountContext {
  readonly lang: Language;
  readonly index: UnitIndex;
  /** Today's civil date in Vietnam (ISO): current units that ended before it are not counted. */
  readonly today: string;
}

/** Answers a counting question about the country from the unit index. */
export function composeUnitCount(question: UnitCountQuestion, ctx: UnitCountContext): string {
  const tallies = new Map<string, LevelTally>();
  const tally = (structure: Structure, level: UnitLevel): LevelTally => {
    const key = `${structure}/${level}`;
    let found = tallies.get(key);
    if (!found) {
      found = tallyLevel(ctx.index, structure, level, ctx.today);
      tallies.set(key, found);
    }
    return found;
  };
  const lines = question.asks.flatMap((ask) => askLines(ask, question.structures, tally, ctx.lang, changeSince(ask, question.structures, ctx)));
  lines.push(
    ctx.lang === 'vi'
      ? 'Nguồn: danh mục đơn vị hành chính đã nạp vào hệ thống (mã GSO).'
      : 'Source: the list of administrative units loaded in the system (GSO codes).',
  );
  return lines.join('\n');
}

type Tally = (structure: Structure, level: UnitLevel) => LevelTally;

/**
 * A type changed since 1 July 2025 among the units asked (Đồng Nai, 30 April 2026): the line that gives
 * that day's count beside today's and what changed; null when nothing did or the current structure is
 * not asked.
 */
function changeSince(ask: UnitAsk, structures: readonly Structure[], ctx: UnitCountContext): string | null {
  if (!structures.includes('post2025')) return null;
  const changes = typeChangesBetween(ctx.index, ask.level, REORGANISATION_DAY, ctx.today).filter(
    (c) => ask.typeCodes === null || ask.typeCodes.includes(c.from.typeCode) || ask.typeCodes.includes(c.to.typeCode),
  );
  return changes.length === 0 ? null : changeLine(tallyLevel(ctx.index, 'post2025', ask.level, REORGANISATION_DAY), changes, ctx.lang);
}

function askLines(ask: UnitAsk, structures: readonly Structure[], tally: Tally, lang: Language, change: string | null): string[] {
  const lines: string[] = [];
  const asked = new Set(structures);
  for (const structure of structures) {
    const level = tally(structure, ask.level);
    if (level.total === 0) {
      lines.push(noLevelLine(structure, ask.level, lang));
      const other = otherStructure(structure);
      const then = tally(other, ask.level);
      if (!asked.has(other) && then.total > 0) lines.push(ask.typeCodes ? typeLine(then, ask.typeCodes, lang) : levelLine(then, lang));
      continue;
    }
    // Today's count names no day when a type has changed since the reorganisation; the change follows it.
    const changed = structure === 'post2025' ? change : null;
    lines.push(ask.typeCodes === null ? levelLine(level, lang, changed !== null) : typeLine(level, ask.typeCodes, lang, changed !== null));
    if (changed !== null) lines.push(changed);
    if (ask.typeCodes === null) continue;
    const missing = ask.typeCodes.filter((code) => countOf(level, code) === 0);
    const other = otherStructure(structure);
    const then = tally(other, ask.level);
    if (missing.length > 0 && !asked.has(other) && missing.some((code) => countOf(then, code) > 0)) {
      lines.push(typeLine(then, missing, lang));
    }
  }
  // One structure asked about a whole level: the other structure's total, for comparison.
  const [only] = structures;
  if (structures.length === 1 && only && ask.typeCodes === null && tally(only, ask.level).total > 0) {
    const other = tally(otherStructure(only), ask.level);
    if (other.total > 0) lines.push(comparisonLine(other, tally(only, ask.level), lang));
  }
  return lines;
}

function otherStructure(structure: Structure): Structure {
  return STRUCTURES.find((s) => s !== structure) ?? structure;
}

function countOf(tally: LevelTally, typeCode: string): number {
  return tally.byType.find((t) => t.typeCode === typeCode)?.count ?? 0;
}

/** "Hiện nay (từ 1/7/2025), cả nước có"; without the day when a type has `changed` since then. */
function lead(structure: Structure, lang: Language, changed = false): string {
  const day = formatDayShort(REORGANISATION_DAY, lang);
  if (lang === 'vi') return structure === 'pre2025' ? `Trước ${day}, cả nước có` : changed ? 'Hiện nay, cả nước có' : `Hiện nay (từ ${day}), cả nước có`;
  return structure === 'pre2025' ? `Before ${day}, Viet Nam had` : changed ? 'Now Viet Nam has' : `Now (since ${day}), Viet Nam has`;
}

/**
 * "Ngày 1/7/2025 có 28 tỉnh, 6 thành phố trực thuộc trung ương; ngày 30/4/2026, Tỉnh Đồng Nai trở thành
 * thành phố trực thuộc trung ương."
 */
function changeLine(then: LevelTally, changes: readonly TypeChangeGroup[], lang: Language): string {
  const day = formatDayShort(REORGANISATION_DAY, lang);
  const became = changes.map((c) => {
    const one = c.units.length === 1 && c.units[0] ? fullNameIn(unitOn(c.units[0], REORGANISATION_DAY), lang) : null;
    const who = one ?? counted(c.units.length, typeNoun(c.from.typeCode, c.from.type), lang);
    const what = nounFor(typeNoun(c.to.typeCode, c.to.type), c.units.length, lang);
    const on = formatDayShort(c.on, lang);
    if (lang === 'vi') return `ngày ${on}, ${who} trở thành ${what}`;
    return `on ${on}, ${who} became ${c.units.length === 1 ? `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}` : what}`;
  });
  return lang === 'vi'
    ? `Ngày ${day} có ${breakdown(then, lang)}; ${became.join('; ')}.`
    : `On ${day} there were ${breakdown(then, lang)}; ${became.join('; ')}.`;
}

function counted(n: number, noun: UnitNoun, lang: Language): string {
  return `${formatCount(n, lang)} ${nounFor(noun, n, lang)}`;
}

function breakdown(tally: LevelTally, lang: Language): string {
  return tally.byType.map((t) => counted(t.count, typeNoun(t.typeCode, t.type), lang)).join(', ');
}

/** "Hiện nay (từ 1/7/2025), cả nước có 3.321 đơn vị hành chính cấp xã: 2.621 xã, 687 phường, 13 đặc khu." */
function levelLine(tally: LevelTally, lang: Language, changed = false): string {
  const total = `${lead(tally.structure, lang, changed)} ${counted(tally.total, levelNoun(tally.level), lang)}`;
  return tally.byType.length > 1 ? `${total}: ${breakdown(tally, lang)}.` : `${total}.`;
}

/** "Trước 1/7/2025, cả nước có 1.726 phường (trong 10.035 đơn vị hành chính cấp xã: …)." */
function typeLine(tally: LevelTally, typeCodes: readonly string[], lang: Language, changed = false): string {
  const present = typeCodes.filter((code) => countOf(tally, code) > 0);
  const absent = typeCodes.filter((code) => countOf(tally, code) === 0);
  const nounOf = (code: string): UnitNoun => typeNoun(code, tally.byType.find((t) => t.typeCode === code)?.type ?? code);
  const and = lang === 'vi' ? ' và ' : ' and ';
  const parts: string[] = [];
  if (present.length > 0) {
    const listed = present.map((code) => counted(countOf(tally, code), nounOf(code), lang)).join(and);
    const within =
      tally.byType.length > 1 || present.length < typeCodes.length
        ? ` (${lang === 'vi' ? 'trong' : 'of'} ${counted(tally.total, levelNoun(tally.level), lang)}: ${breakdown(tally, lang)})`
        : '';
    parts.push(`${lead(tally.structure, lang, changed)} ${listed}${within}`);
  }
  if (absent.length > 0) {
    const names = absent.map((code) => (lang === 'vi' ? nounOf(code).vi : nounOf(code).en)).join(and);
    const clause = noneClause(tally.structure, names, lang);
    parts.push(parts.length === 0 ? clause.charAt(0).toUpperCase() + clause.slice(1) : clause);
  }
  return `${parts.join('; ')}.`;
}

/** "hiện nay không có thị trấn", "before 1 July 2025 there were no special zones". */
function noneClause(structure: Structure, names: string, lang: Language): string {
  const day = formatDayShort(REORGANISATION_DAY, lang);
  if (lang === 'vi') return structure === 'pre2025' ? `trước ${day} không có ${names}` : `hiện nay không có ${names}`;
  return structure === 'pre2025' ? `before ${day} there were no ${names}` : `there are no ${names} now`;
}

/** A level with no unit in a structure: the district level today, or a level missing from the list. */
function noLevelLine(structure: Structure, level: UnitLevel, lang: Language): string {
  const day = formatDayShort(REORGANISATION_DAY, lang);
  if (level === 'district' && structure === 'post2025') {
    return lang === 'vi'
      ? `Cấp huyện đã bỏ từ ${day}: chính quyền địa phương nay có hai cấp, tỉnh và xã.`
      : `The district level was abolished on ${day}: local government now has two levels, province and commune.`;
  }
  const noun = levelNoun(level);
  return lang === 'vi'
    ? `Danh mục đơn vị hành chính ${structure === 'pre2025' ? `trước ${day}` : `từ ${day}`} chưa có ${noun.vi} nào.`
    : `The unit list ${structure === 'pre2025' ? `before ${day}` : `since ${day}`} holds no ${noun.en}.`;
}

/** "(Trước 1/7/2025: 10.035 đơn vị hành chính cấp xã; nay ít hơn 6.714, tức giảm 66,9%.)" */
function comparisonLine(tally: LevelTally, asked: LevelTally, lang: Language): string {
  const day = formatDayShort(REORGANISATION_DAY, lang);
  const when = lang === 'vi' ? (tally.structure === 'pre2025' ? `Trước ${day}` : 'Hiện nay') : tally.structure === 'pre2025' ? `Before ${day}` : 'Now';
  const [before, after] = tally.structure === 'pre2025' ? [tally.total, asked.total] : [asked.total, tally.total];
  const fewer = before - after;
  const share = formatPercent(Number(((fewer / before) * 100).toFixed(1)), lang);
  const change =
    fewer <= 0 ? '' : lang === 'vi' ? `; nay ít hơn ${formatCount(fewer, lang)}, tức giảm ${share}` : `; ${formatCount(fewer, lang)} fewer now, down ${share}`;
  return `(${when}: ${counted(tally.total, levelNoun(tally.level), lang)}${change}.)`;
}
