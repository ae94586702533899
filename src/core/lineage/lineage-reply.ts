/**
 * Lineage replies, from the stored succession links: what an old unit went into on 1 July 2025 (and
 * which other old units went there with it), and what a new unit was formed from. Each link says when
 * only part of a unit went there, and when only one of the mapping's two sources gives it.
 */

import { formatCount } from '../format/numbers.js';
import { fold } from '../text/fold.js';
import type { Language, Unit } from '../types.js';
import type { LinkedUnit, UnitIndex } from '../units/unit-index.js';
import {
  breakdown,
  cutList,
  fullLabel,
  joinNames,
  lineageMissing,
  lineageSource,
  linkNote,
  ownName,
  plainLabel,
  reorganisationDay,
  typeNouns,
} from './reply-parts.js';

/** Other units that went with this one into the same unit, named in a single-successor sentence. */
const MAX_FELLOWS = 12;

/** What an old unit went into, as a whole reply. */
export function composeForward(unit: Unit, index: UnitIndex, lang: Language): string {
  const links = index.successorsOf(unit.id);
  if (links.length === 0) return lineageMissing(fullLabel(unit, index, lang), lang);
  const lines = [forwardSentence(unit, index, lang)];
  const [first] = links;
  if (unit.level === 'district' && links.length > 1 && first) {
    const example = ownName(first.unit, index, lang);
    lines.push(
      lang === 'vi'
        ? `Muốn biết mỗi đơn vị mới gồm những xã, phường cũ nào, hỏi ví dụ: "${example} gồm những xã cũ nào".`
        : `To see which old communes formed each new unit, ask for example: "what was ${example} formed from".`,
    );
  }
  lines.push(lineageSource(lang));
  return lines.join('\n');
}

/** One sentence on what an old unit went into; also used under a list of its old sub-units. */
export function forwardSentence(unit: Unit, index: UnitIndex, lang: Language): string {
  const links = index.successorsOf(unit.id);
  const day = reorganisationDay(lang);
  const label = fullLabel(unit, index, lang);
  const [only] = links;
  if (!only) return lineageMissing(label, lang);
  if (links.length === 1) {
    const fellows = index.predecessorsOf(only.unit.id).filter((l) => l.unit.level === unit.level && l.unit.id !== unit.id);
    const target = plainLabel(only.unit, index, lang);
    if (fellows.length === 0 && fold(only.unit.name) === fold(unit.name) && only.unit.level === unit.level) {
      return lang === 'vi'
        ? `${label} giữ nguyên khi sắp xếp ngày ${day}, không sáp nhập với đơn vị nào; nay là ${target}.`
        : `${label} was kept whole in the reorganisation of ${day}, merged with no other unit; it is now ${target}.`;
    }
    const note = linkNote(only, lang);
    if (fellows.length === 0) {
      return lang === 'vi' ? `${label} từ ${day} trở thành ${target}${note}.` : `${label} became ${target} on ${day}${note}.`;
    }
    const others = fellowNames(fellows, only.unit, index, lang);
    if (unit.level === 'province') {
      return lang === 'vi' ? `${label} đã hợp nhất với ${others} thành ${target} từ ${day}.` : `${label} was merged with ${others} into ${target} on ${day}.`;
    }
    return lang === 'vi'
      ? `${label} từ ${day} được sắp xếp vào ${target}${note}, cùng với ${others}.`
      : `${label} went into ${target}${note} on ${day}, together with ${others}.`;
  }
  const items = successorItems(links, index, lang);
  const count = `${formatCount(links.length, lang)} ${typeNouns(
    links.map((l) => l.unit),
    lang,
  )}`;
  return lang === 'vi'
    ? `${label} từ ${day} được sắp xếp vào ${count}${items.where}: ${items.list}.`
    : `${label} was reorganised on ${day} into ${count}${items.where}: ${items.list}.`;
}

/** What a new unit was formed from, as a whole reply. */
export function composeBackward(unit: Unit, index: UnitIndex, lang: Language): string {
  const all = index.predecessorsOf(unit.id);
  const sameLevel = all.filter((l) => l.unit.level === unit.level);
  const links = sameLevel.length > 0 ? sameLevel : all;
  const label = fullLabel(unit, index, lang);
  if (links.length === 0) return lineageMissing(label, lang);
  const day = reorganisationDay(lang);
  const [only] = links;
  const lines: string[] = [];
  if (links.length === 1 && only && only.part !== 'partial' && fold(only.unit.name) === fold(unit.name) && only.unit.level === unit.level) {
    lines.push(
      lang === 'vi'
        ? `${label} giữ nguyên từ ${plainLabel(only.unit, index, lang)} cũ, không hợp nhất với đơn vị nào khi sắp xếp ngày ${day}.`
        : `${label} continues the former ${plainLabel(only.unit, index, lang)}, merged with no other unit in the reorganisation of ${day}.`,
    );
  } else if (unit.level === 'province') {
    const names = links.map((l) => `${ownName(l.unit, index, lang)}${sameName(l.unit, unit) ? (lang === 'vi' ? ' (cũ)' : ' (former)') : ''}`);
    lines.push(
      lang === 'vi'
        ? `${label} được hợp nhất từ ${formatCount(links.length, lang)} tỉnh, thành phố cũ: ${joinNames(names, lang)}.`
        : `${label} was formed on ${day} by merging ${formatCount(links.length, lang)} former provinces: ${joinNames(names, lang)}.`,
    );
  } else {
    const parents = new Map<number, Unit | null>(links.map((l) => [l.unit.id, index.parentOf(l.unit)]));
    const parentIds = new Set([...parents.values()].map((p) => p?.id ?? null));
    const [firstParent] = [...parents.values()];
    const onlyParent = parentIds.size === 1 && firstParent ? firstParent : null;
    const names = links.map((l) => {
      const parent = parents.get(l.unit.id);
      const where = !onlyParent && parent ? ` – ${ownName(parent, index, lang)}` : '';
      return `${ownName(l.unit, index, lang)}${where}${linkNote(l, lang)}`;
    });
    const units = links.map((l) => l.unit);
    const kinds = typesOfLinks(units, lang);
    const of = onlyParent ? (lang === 'vi' ? ` của ${plainLabel(onlyParent, index, lang)}` : ` of ${plainLabel(onlyParent, index, lang)}`) : '';
    lines.push(
      lang === 'vi'
        ? `${label} được lập từ ${kinds}${of}: ${cutList(names, lang)}.`
        : `${label} was formed on ${day} from ${kinds}${of}: ${cutList(names, lang)}.`,
    );
  }
  lines.push(lineageSource(lang));
  return lines.join('\n');
}

/** "6 đơn vị cấp xã cũ (5 phường, 1 xã)" / "6 former commune-level units (5 wards, 1 commune)". */
function typesOfLinks(units: readonly Unit[], lang: Language): string {
  const n = formatCount(units.length, lang);
  const split = breakdown(units, lang);
  const level = units[0]?.level ?? 'commune';
  if (lang === 'vi') {
    const noun = level === 'commune' ? 'đơn vị hành chính cấp xã cũ' : level === 'district' ? 'đơn vị hành chính cấp huyện cũ' : 'tỉnh, thành phố cũ';
    return `${n} ${noun} (${split})`;
  }
  const noun = level === 'commune' ? 'former commune-level units' : level === 'district' ? 'former district-level units' : 'former provinces';
  return `${n} ${units.length === 1 ? noun.replace(/units$/, 'unit').replace(/provinces$/, 'province') : noun} (${split})`;
}

function sameName(a: Unit, b: Unit): boolean {
  return fold(a.name) === fold(b.name);
}

/** The others that went into `into` with the unit: "Xã A, Xã B và 3 đơn vị khác"; a namesake marked "(cũ)". */
function fellowNames(fellows: readonly LinkedUnit[], into: Unit, index: UnitIndex, lang: Language): string {
  const names = fellows.map(
    (l) => `${ownName(l.unit, index, lang)}${sameName(l.unit, into) ? (lang === 'vi' ? ' (cũ)' : ' (former)') : ''}${linkNote(l, lang)}`,
  );
  if (names.length <= MAX_FELLOWS) return joinNames(names, lang);
  return cutList(names, lang, MAX_FELLOWS);
}

/** The successors' names, and "của Tỉnh X" when they share one province (else each names its own). */
function successorItems(links: readonly LinkedUnit[], index: UnitIndex, lang: Language): { where: string; list: string } {
  const provinces = new Set(links.map((l) => index.provinceOf(l.unit).id));
  const [first] = links;
  const shared = provinces.size === 1 && first && first.unit.level !== 'province' ? index.provinceOf(first.unit) : null;
  const names = links.map((l) => {
    const province = index.provinceOf(l.unit);
    const where = shared || province.id === l.unit.id ? '' : ` – ${ownName(province, index, lang)}`;
    return `${ownName(l.unit, index, lang)}${where}${linkNote(l, lang)}`;
  });
  const where = shared ? (lang === 'vi' ? ` của ${ownName(shared, index, lang)}` : ` of ${ownName(shared, index, lang)}`) : '';
  return { where, list: cutList(names, lang) };
}
