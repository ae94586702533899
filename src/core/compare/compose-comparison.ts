/**
 * Two or three places side by side for one indicator: "So sánh tỷ lệ bao phủ BHYT của Bắc Kạn và Hải
 * Phòng", "Compare the 2025 social insurance targets of Gia Lai and Bac Kan". Each place's figure
 * (or target) with its period, basis and source; then which is higher and by how many percentage
 * points where they are shares of the same thing, or that they are not on the same basis.
 */

import { figureLabel, periodText, sourceText, targetsFor, targetText, valueText } from '../answer/figure-text.js';
import { type Figure, figuresOf } from '../answer/figures.js';
import { reorganisedLine, type SuccessorData } from '../answer/lineage.js';
import { uncapitalise } from '../answer/wording.js';
import { indicatorName } from '../indicators/catalogue.js';
import { inSentence, labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { periodYear } from '../periods/period-code.js';
import type { IndicatorCode, Language, Report, Target } from '../types.js';
import { REORGANISATION_DAY } from '../units/reorganisation.js';
import { comparableTargets, type PickedHow, pickFigures, pickTargetYears } from './pick.js';
import { addDataHint } from './texts.js';
import { basisPhrase, byBasis, differenceLine, type Entry, orderLine } from './verdict.js';

/** One place with what is held for it. */
export interface PlaceData {
  /** The unit as described to the user ("Tỉnh Bắc Kạn (trước 1/7/2025)"). */
  readonly label: string;
  /** Its short name for sentences ("Bắc Kạn"). */
  readonly name: string;
  readonly reports: readonly Report[];
  readonly targets: readonly Target[];
  /**
   * Set when the place asked is a unit formed on 1 July 2025 with nothing of its own, shown through
   * its predecessor of the same name: the label of the unit asked.
   */
  readonly shownFor?: string;
  /** Set with `shownFor` when the predecessor shown has another name: one of the units it was formed from. */
  readonly formedFrom?: true;
  /** Set when the place was dissolved on 1 July 2025: the units it went into, to say where it went when it shows nothing. */
  readonly successors?: readonly Pick<SuccessorData, 'label' | 'part'>[];
}

/** Everything a comparison of places needs, already fetched. */
export interface PlaceComparisonInput {
  readonly lang: Language;
  /** The indicator asked, or null for the default (BHXH). */
  readonly indicator: IndicatorCode | null;
  readonly period: PeriodRequest;
  readonly wantsTarget: boolean;
  /** The places, in the question's order (one, when it is compared with the country). */
  readonly places: readonly PlaceData[];
  /** The question also compares with the country, which has no figure of its own. */
  readonly withCountry?: boolean;
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
}

/** Composes the comparison of places. */
export function composePlaceComparison(input: PlaceComparisonInput): string {
  const instead = targetsInstead(input);
  const targets = input.wantsTarget || instead !== null;
  const lines = targets ? targetComparison(input) : figureComparison(input);
  if (instead !== null) lines.unshift(noFiguresHeld(input.lang, indicatorName(input.indicator ?? 'bhxh', input.lang), instead.year));
  // Said only of the places whose predecessor's numbers are actually shown.
  const main = input.indicator ?? 'bhxh';
  const shows = (p: PlaceData) => (targets ? p.targets.some((t) => t.indicator === main) : figuresOf(p.reports, main).length > 0);
  const through = input.places.filter((p) => p.shownFor !== undefined && shows(p));
  lines.push(...shownThroughLines(through, input.lang, targets));
  for (const place of input.places) {
    if (place.successors && place.successors.length > 0 && !shows(place)) {
      lines.push(`${place.name}: ${uncapitalise(reorganisedLine(place.successors, input.lang, REORGANISATION_DAY))}`);
    }
  }
  if (input.withCountry) lines.push(countryLine(input));
  return lines.join('\n');
}

/**
 * When the targets are what can be compared: no place has a figure in the year asked and every place
 * has a target for it ("So sánh BHTN Gia Lai với Bắc Kạn năm 2025"), or, with no period asked, no
 * place has any figure of the indicator and some have targets ("Compare Gia Lai and Hai Phong on
 * unemployment insurance"). Null otherwise.
 */
function targetsInstead(input: PlaceComparisonInput): { readonly year: number | null } | null {
  if (input.wantsTarget || input.places.length < 2) return null;
  const main = input.indicator ?? 'bhxh';
  if (input.period.kind !== 'code') {
    const none = input.places.every((p) => figuresOf(p.reports, main).length === 0);
    return none && input.places.some((p) => p.targets.some((t) => t.indicator === main)) ? { year: null } : null;
  }
  const year = periodYear(input.period.code);
  const figureIn = (p: PlaceData) => figuresOf(p.reports, main).some((f) => f.report.period !== null && periodYear(f.report.period) === year);
  const targetIn = (p: PlaceData) => p.targets.some((t) => t.indicator === main && t.year === year);
  return !input.places.some(figureIn) && input.places.every(targetIn) ? { year } : null;
}

function noFiguresHeld(lang: Language, name: string, year: number | null): string {
  const when = year === null ? '' : lang === 'vi' ? ` năm ${year}` : ` for ${year}`;
  return lang === 'vi'
    ? `Chưa nơi nào có số liệu ${name}${when}; dưới đây so sánh chỉ tiêu.`
    : `No place has a figure for ${name}${when} yet; their targets are compared instead.`;
}

function figureComparison(input: PlaceComparisonInput): string[] {
  const { lang, places } = input;
  const main = input.indicator ?? 'bhxh';
  const name = indicatorName(main, lang);
  const { picks, how } = pickFigures(
    places.map((p) => p.reports),
    main,
    input.period,
  );
  const shown = picks.filter((p): p is Figure => p !== null);
  const periods = new Set(shown.map((p) => p.report.period ?? p.end));
  const common = periods.size === 1 && shown[0] ? figureLabel(shown[0], lang) : null;
  const lines = [header(lang, name, common, false)];
  const note = howLine(how, lang, false);
  if (note && shown.length > 0) lines.push(note);
  const entries: (Entry | null)[] = places.map((place, i) => {
    const figure = picks[i];
    if (!figure) {
      lines.push(lang === 'vi' ? `- ${place.label}: chưa có số liệu ${name}.` : `- ${place.label}: no ${name} figure yet.`);
      return null;
    }
    const value = valueText(figure.value, main, lang, figure.report, true);
    lines.push(`- ${place.label}: ${value} — ${periodText(figure, lang)}; ${uncapitalise(sourceText(figure.report, lang))}`);
    return { name: place.name, percent: figure.value.percent, basis: figure.value.basis, when: figureLabel(figure, lang) };
  });
  lines.push(...verdictLines(entries, lang));
  const missing = places.filter((_, i) => !picks[i]).map((p) => p.name);
  if (missing.length > 0) lines.push(addDataHint(lang, missing, false));
  return lines;
}

function targetComparison(input: PlaceComparisonInput): string[] {
  const { lang, places } = input;
  const main = input.indicator ?? 'bhxh';
  const name = indicatorName(main, lang);
  const year = input.period.kind === 'code' ? periodYear(input.period.code) : null;
  const { years, how } = pickTargetYears(
    places.map((p) => p.targets),
    main,
    year,
    Number(input.today.slice(0, 4)),
  );
  const held = years.filter((y): y is number => y !== null);
  const common = new Set(held).size === 1 ? String(held[0]) : null;
  const note = howLine(how, lang, true);
  // The year asked, held by some places only: what each holds for it, before the year they share.
  const askedLists = year === null || how.kind !== 'common' ? [] : places.map((p) => targetsFor(p.targets, main, year));
  const lines =
    askedLists.some((l) => l.length > 0) && year !== null
      ? [
          header(lang, name, String(year), true),
          ...places.map((place, i) => {
            const list = askedLists[i] ?? [];
            if (list.length > 0) return `- ${place.label}: ${list.map((t) => targetText(t, lang, true)).join('; ')}`;
            return lang === 'vi' ? `- ${place.label}: chưa có chỉ tiêu năm ${year}.` : `- ${place.label}: no target for ${year}.`;
          }),
          `${(note ?? '').replace(/\.$/, '')}${common ? `: ${common}` : ''}.`,
        ]
      : [header(lang, name, common, true), ...(note && held.length > 0 ? [note] : [])];
  const lists = places.map((place, i) => {
    const y = years[i] ?? null;
    return y === null ? [] : targetsFor(place.targets, main, y);
  });
  // Each place's target to compare by: on one basis for all where their targets allow it.
  const withTargets = lists.filter((l) => l.length > 0);
  const chosen = comparableTargets(withTargets);
  const entries: (Entry | null)[] = places.map((place, i) => {
    const y = years[i] ?? null;
    const list = lists[i] ?? [];
    const primary = chosen[withTargets.indexOf(list)];
    if (y === null || !primary) {
      lines.push(lang === 'vi' ? `- ${place.label}: chưa có chỉ tiêu ${name}.` : `- ${place.label}: no ${name} target yet.`);
      return null;
    }
    const when = common === null ? `, ${lang === 'vi' ? 'năm ' : ''}${y}` : '';
    lines.push(`- ${place.label}${when}: ${list.map((t) => targetText(t, lang, true)).join('; ')}`);
    return { name: place.name, percent: primary.percent, basis: primary.basis, when: String(y) };
  });
  lines.push(...verdictLines(entries, lang));
  const missing = places.filter((_, i) => years[i] === null).map((p) => p.name);
  if (missing.length > 0) lines.push(addDataHint(lang, missing, true));
  return lines;
}

/** "So sánh tỷ lệ bao phủ BHYT — tháng 11/2023:", "Comparing the 2025 social insurance coverage targets:". */
function header(lang: Language, name: string, when: string | null, targets: boolean): string {
  if (lang === 'vi') {
    const what = targets ? `chỉ tiêu ${name}${when ? ` năm ${when}` : ''}` : `${name}${when ? ` — ${inSentence(when)}` : ''}`;
    return `So sánh ${what}:`;
  }
  return targets ? `Comparing ${when ? `${when} ` : ''}targets: ${name}` : `Comparing ${name}${when ? ` — ${when}` : ''}:`;
}

/** Says how the period (or year) was chosen when it is not simply the one asked. */
function howLine(how: PickedHow, lang: Language, targets: boolean): string | null {
  if (how.kind === 'as-asked') return null;
  const asked = how.asked.kind === 'code' ? (targets ? how.asked.code.slice(0, 4) : labelPeriod(how.asked.code, lang)) : null;
  if (lang === 'vi') {
    const what = targets ? 'chỉ tiêu' : 'số liệu';
    const of = asked ? ` ${targets ? 'năm ' : ''}${inSentence(asked)}` : '';
    return how.kind === 'common'
      ? `${asked ? `Không phải nơi nào cũng có ${what}${of}` : `Có nơi có ${targets ? 'chỉ tiêu năm khác' : 'số liệu mới hơn'}`}; so sánh ${targets ? 'năm' : 'kỳ'} chung gần nhất.`
      : `Không có ${targets ? 'năm' : 'kỳ'} chung: mỗi nơi lấy ${asked ? `${what}${of} nếu có, nếu không thì ` : ''}${what} gần nhất.`;
  }
  const what = targets ? 'targets' : 'figures';
  return how.kind === 'common'
    ? `${asked ? `Not every place has ${what} for ${asked}` : `Some places have ${targets ? 'targets for other years' : 'more recent figures'}`}; compared on the nearest ${targets ? 'year' : 'period'} they share.`
    : `No ${targets ? 'year' : 'period'} in common: each place's ${asked ? `${what} for ${asked} where held, else its ` : ''}latest.`;
}

/** Which is higher and by how much, group by group of places on one basis. */
function verdictLines(all: readonly (Entry | null)[], lang: Language): string[] {
  const entries = all.filter((e): e is Entry => e !== null);
  if (entries.length < 2) return [];
  const [a, b] = entries;
  if (entries.length === 2 && a && b) return [differenceLine(a, b, lang)];
  const lines: string[] = [];
  for (const group of byBasis(entries)) {
    const [only] = group;
    if (group.length >= 2) lines.push(orderLine(group, lang));
    else if (only) {
      lines.push(
        lang === 'vi'
          ? `${only.name}: không cùng cơ sở tính với các nơi khác (${basisPhrase(only.basis, lang)}), không so sánh.`
          : `${only.name}: not on the same basis as the others (${basisPhrase(only.basis, lang)}), not compared.`,
      );
    }
  }
  return lines;
}

/**
 * Says that new units (from 1 July 2025) are shown through a predecessor of the same name, or through
 * another unit they were formed from (a line for each kind); their labels carry no date, so the line
 * names the day.
 */
export function shownThroughLines(places: readonly Pick<PlaceData, 'shownFor' | 'formedFrom'>[], lang: Language, targets: boolean): string[] {
  const [parts, twins] = [places.filter((p) => p.formedFrom), places.filter((p) => !p.formedFrom)];
  return [
    ...(twins.length > 0 ? [shownThroughLine(twins, lang, targets, false)] : []),
    ...(parts.length > 0 ? [shownThroughLine(parts, lang, targets, true)] : []),
  ];
}

function shownThroughLine(places: readonly Pick<PlaceData, 'shownFor'>[], lang: Language, targets: boolean, part: boolean): string {
  const names = places.map((p) => p.shownFor).join(', ');
  const one = places.length === 1;
  if (lang === 'vi') {
    const kind = targets ? 'chỉ tiêu' : 'số liệu';
    return `${names} hiện nay (từ 1/7/2025) chưa có ${kind} riêng; trên đây là ${kind} của ${part ? 'đơn vị cũ hợp thành' : 'đơn vị cùng tên trước sáp nhập'}.`;
  }
  const whose = part ? `the former unit${one ? ' it was' : 's they were'} formed from` : 'the unit of the same name before the merger';
  return `${names} as constituted since 1 July 2025 ${one ? 'has' : 'have'} no ${targets ? 'targets' : 'figures'} of ${one ? 'its' : 'their'} own yet; shown above are those of ${whose}.`;
}

function countryLine(input: PlaceComparisonInput): string {
  const name = indicatorName(input.indicator ?? 'bhxh', input.lang);
  return input.lang === 'vi'
    ? `Chưa có số liệu ${name} của cả nước trong hệ thống nên chưa so sánh được với cả nước; hỏi "${name} cả nước" để xem các tỉnh có số liệu.`
    : `There is no nationwide ${name} figure in the system to compare with; ask "nationwide ${name}" for the provinces that have one.`;
}
