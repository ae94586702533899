/**
 * A ranking of the units of one level and one structure by an indicator's figure (or target):
 * "Tỉnh nào có tỷ lệ bao phủ BHYT cao nhất?", "xếp hạng các xã Nghệ An theo BHYT". Each unit with
 * its value, period, basis and source; how many units of the level have one ("2/63 tỉnh, thành phố
 * cũ có số liệu").
 *
 * Units of the two structures are never ranked together (the new provinces are made of the old
 * ones): each structure that has values gets its own ranking, under a heading that names it.
 * Values on different bases (what the percentage is a share of) are never ranked as if comparable:
 * each basis is ranked on its own and the answer says so. Values of different periods on one basis
 * are ranked, with a note that the periods differ.
 */

import { figureLabel, figureYear, periodText, sourceText, targetSource, targetsFor, targetText, valueText } from '../answer/figure-text.js';
import { figuresOf, selectFigure } from '../answer/figures.js';
import { uncapitalise } from '../answer/wording.js';
import { nearestYear } from '../compare/pick.js';
import { addDataHint } from '../compare/texts.js';
import { basisPhrase, byBasis, periodsDiffer } from '../compare/verdict.js';
import { formatDayShort } from '../format/dates.js';
import { formatCount, formatPercent } from '../format/numbers.js';
import { indicatorName } from '../indicators/catalogue.js';
import { inSentence, labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { periodYear } from '../periods/period-code.js';
import type { Basis, IndicatorCode, Language, Report, Structure, Target, UnitLevel } from '../types.js';
import { REORGANISATION_DAY } from '../units/reorganisation.js';
import type { RankingQuestion } from './read-ranking.js';

/** One unit in scope, with what is held for it. */
export interface RankUnit {
  /** The unit as described in the list ("Tỉnh Bắc Kạn", "Phường Thành Vinh"). */
  readonly label: string;
  readonly reports: readonly Report[];
  readonly targets: readonly Target[];
}

/** Every unit of one level and one structure in scope, with or without values. */
export interface RankGroup {
  readonly structure: Structure;
  readonly level: UnitLevel;
  readonly units: readonly RankUnit[];
}

/** Everything a ranking needs, already fetched. */
export interface RankingInput {
  readonly lang: Language;
  readonly indicator: IndicatorCode | null;
  readonly period: PeriodRequest;
  readonly wantsTarget: boolean;
  readonly question: Pick<RankingQuestion, 'order' | 'limit' | 'superlative'>;
  /** The unit the ranking is within ("Tỉnh Nghệ An"); null for the whole country. */
  readonly scopeLabel: string | null;
  /** A unit of the level ranked that the question named ("Bắc Kạn xếp thứ mấy"): its place is said. */
  readonly focusLabel?: string;
  /** One group per structure, the one to show first first. */
  readonly groups: readonly RankGroup[];
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
}

/** Units listed per ranking when the question does not say how many. */
export const DEFAULT_LISTED = 10;

/** One unit's value in a ranking. */
export interface Row {
  readonly label: string;
  readonly percent: number;
  readonly basis: Basis | null;
  /** The period (or year) shown. */
  readonly when: string;
  /** The rest of the line: value, period and source. */
  readonly detail: string;
  /** The year of the figure or target (for the target a chart draws beside a figure). */
  readonly year: number | null;
  /** The period's short code when the value is a figure of a period ("2021-9M"). */
  readonly period: string | null;
  /** Its source, in the reply language. */
  readonly source: string;
  /** The last day a figure stands for; null for a target. */
  readonly end: string | null;
  /** The unit's targets (the chart draws the one of the figure's year on its basis). */
  readonly targets: readonly Target[];
}

/** Composes the ranking. */
export function composeRanking(input: RankingInput): string {
  const { lang } = input;
  const main = input.indicator ?? 'bhxh';
  const name = indicatorName(main, lang);
  const picked = rankingRows(input);
  const head = title(lang, name, input.wantsTarget ? picked.when : null);
  const lines: string[] = [];
  const what = input.wantsTarget ? 'targets' : 'figures';
  const order = input.groups.map((group, i) => ({ group, rows: picked.rows[i] ?? [] })).sort((a, b) => Number(b.rows.length > 0) - Number(a.rows.length > 0));
  for (const { group, rows } of order) {
    const count = countLine(lang, group, rows.length, input.scopeLabel, what);
    // The first structure's count completes the title: "Xếp hạng … — 2/63 tỉnh, thành phố cũ … có số liệu:".
    const line = lines.length === 0 ? `${head} — ${count}` : count;
    if (rows.length === 0) {
      lines.push(`${line}.`);
      continue;
    }
    lines.push(`${line}:`);
    if (lines.length === 1 && picked.note) lines.push(picked.note);
    lines.push(...rankedLines(rows, input));
  }
  if (picked.rows.every((rows) => rows.length === 0)) lines.push(addDataHint(lang, [scopeNoun(lang, input.scopeLabel)], input.wantsTarget));
  return lines.join('\n');
}

/** The rows a ranking lists, per group, as composeRanking picks them (the chart draws the same). */
export function rankingRows(input: RankingInput): Picked {
  const main = input.indicator ?? 'bhxh';
  return input.wantsTarget ? targetRows(input, main) : figureRows(input, main);
}

/** The rows of each group, the ranking's year or period, and a note on how they were chosen. */
export interface Picked {
  readonly rows: readonly Row[][];
  readonly when: string | null;
  readonly note: string | null;
}

function figureRows(input: RankingInput, main: IndicatorCode): Picked {
  const { lang } = input;
  const pick = (request: PeriodRequest): Row[][] =>
    input.groups.map((group) =>
      group.units.flatMap((unit) => {
        const selection = selectFigure(figuresOf(unit.reports, main), request);
        const f = selection.figure;
        if (!f || selection.substituted) return [];
        const detail = `${valueText(f.value, main, lang, f.report)} — ${periodText(f, lang)}; ${uncapitalise(sourceText(f.report, lang))}`;
        return [
          {
            label: unit.label,
            percent: f.value.percent,
            basis: f.value.basis,
            when: figureLabel(f, lang),
            detail,
            year: figureYear(f),
            period: f.report.period,
            source: sourceText(f.report, lang),
            end: f.end,
            targets: unit.targets,
          },
        ];
      }),
    );
  const rows = pick(input.period);
  if (input.period.kind === 'code' && rows.every((r) => r.length === 0)) {
    const latest = pick({ kind: 'latest' });
    if (latest.some((r) => r.length > 0)) {
      const label = inSentence(labelPeriod(input.period.code, lang));
      const note =
        lang === 'vi'
          ? `Chưa đơn vị nào có số liệu ${label}; xếp theo số liệu gần nhất của mỗi đơn vị.`
          : `No unit has a figure for ${label}; ranked on each unit's latest figure.`;
      return { rows: latest, when: null, note };
    }
  }
  return { rows, when: null, note: null };
}

function targetRows(input: RankingInput, main: IndicatorCode): Picked {
  const { lang } = input;
  // How many units have a target of each year.
  const unitsOfYear = new Map<number, number>();
  for (const unit of input.groups.flatMap((g) => g.units)) {
    for (const y of new Set(unit.targets.filter((t) => t.indicator === main).map((t) => t.year))) unitsOfYear.set(y, (unitsOfYear.get(y) ?? 0) + 1);
  }
  const years = [...unitsOfYear.keys()].sort();
  const asked = input.period.kind === 'code' ? periodYear(input.period.code) : null;
  const year = asked !== null ? (years.includes(asked) ? asked : nearestYear(years, asked, false)) : busiestYear(unitsOfYear, Number(input.today.slice(0, 4)));
  const others = years
    .filter((y) => y !== year)
    .map((y) => `${y} (${unitsOfYear.get(y)})`)
    .join(', ');
  let note: string | null = null;
  if (asked !== null && year !== null && year !== asked) {
    note =
      lang === 'vi'
        ? `Chưa đơn vị nào có chỉ tiêu năm ${asked}; xếp theo chỉ tiêu năm ${year}.`
        : `No unit has a target for ${asked}; ranked on the ${year} targets.`;
  } else if (asked === null && others !== '') {
    note =
      lang === 'vi'
        ? `Đây là năm có nhiều đơn vị có chỉ tiêu nhất; năm khác (số đơn vị): ${others} — hỏi kèm năm để xếp theo năm đó.`
        : `This is the year with targets for the most units; other years (units): ${others} — ask with a year to rank on that year.`;
  }
  const rows = input.groups.map((group) =>
    group.units.flatMap((unit) => {
      if (year === null) return [];
      // One row per basis a unit has a target on (the assigned target first): bases are ranked apart.
      return byBasis(targetsFor(unit.targets, main, year))
        .map((list) => list[0] as Target)
        .map((t) => ({
          label: unit.label,
          percent: t.percent,
          basis: t.basis,
          when: String(year),
          detail: targetText(t, lang),
          year,
          period: null,
          source: targetSource(t, lang),
          end: null,
          targets: unit.targets,
        }));
    }),
  );
  return { rows, when: year === null ? null : String(year), note };
}

/** The year most units have a target for; on a tie the nearest from this year on, else the latest. */
function busiestYear(unitsOfYear: ReadonlyMap<number, number>, thisYear: number): number | null {
  const most = Math.max(0, ...unitsOfYear.values());
  const tied = [...unitsOfYear].filter(([, n]) => n === most).map(([y]) => y);
  return nearestYear(tied, thisYear, true);
}

/** The rows of one structure ranked, one basis at a time. */
function rankedLines(rows: readonly Row[], input: RankingInput): string[] {
  const { lang, question } = input;
  const groups = byBasis(rows);
  const lines: string[] = [];
  if (groups.length > 1) {
    lines.push(
      lang === 'vi'
        ? 'Các giá trị không cùng cơ sở tính nên không xếp chung; xếp riêng từng nhóm:'
        : 'The values are not on the same basis, so they are not ranked together; each basis is ranked on its own:',
    );
  }
  const limit = question.limit ?? DEFAULT_LISTED;
  const [only] = rows;
  if (rows.length === 1 && only) {
    const what = lang === 'vi' ? (input.wantsTarget ? 'chỉ tiêu' : 'số liệu') : input.wantsTarget ? 'a target' : 'a figure';
    lines.push(
      lang === 'vi'
        ? `Chỉ ${only.label} có ${what} nên chưa có thứ hạng: ${only.detail}`
        : `Only ${only.label} has ${what}, so there is no ranking yet: ${only.detail}`,
    );
    return lines;
  }
  for (const group of groups) {
    const sorted = [...group].sort((a, b) => (question.order === 'desc' ? b.percent - a.percent : a.percent - b.percent));
    const first = sorted[0] as Row;
    const basis = basisPhrase(first.basis, lang);
    if (question.superlative && sorted.length >= 2) lines.push(leadLine(lang, question.order, first, groups.length > 1 ? basis : null));
    lines.push(groupHeading(lang, basis, question.order, sorted.length));
    let rank = 0;
    sorted.slice(0, limit).forEach((row, i) => {
      // Equal values share a place: 1, 1, 3.
      if (i === 0 || row.percent !== sorted[i - 1]?.percent) rank = i + 1;
      lines.push(`${rank}. ${row.label}: ${row.detail}`);
    });
    if (sorted.length > limit) lines.push(lang === 'vi' ? `… và ${sorted.length - limit} đơn vị khác` : `… and ${sorted.length - limit} more`);
    const whens = [...new Set(sorted.slice(0, limit).map((r) => r.when))];
    if (whens.length > 1) lines.push(periodsDiffer(whens, lang));
    const focus = sorted.findIndex((r) => r.label === input.focusLabel);
    const focused = sorted[focus];
    if (focused) {
      const place = sorted.findIndex((r) => r.percent === focused.percent) + 1;
      lines.push(
        lang === 'vi'
          ? `→ ${focused.label} đứng thứ ${place}/${sorted.length} (${basis}).`
          : `→ ${focused.label} is number ${place} of ${sorted.length} (${basis}).`,
      );
    }
  }
  return lines;
}

function leadLine(lang: Language, order: 'desc' | 'asc', row: Row, basis: string | null): string {
  const which = lang === 'vi' ? (order === 'desc' ? 'Cao nhất' : 'Thấp nhất') : order === 'desc' ? 'Highest' : 'Lowest';
  return `${which}${basis ? ` (${basis})` : ''}: ${row.label} (${formatPercent(row.percent, lang)}).`;
}

function groupHeading(lang: Language, basis: string, order: 'desc' | 'asc', n: number): string {
  if (lang === 'vi') return n === 1 ? `${capitalised(basis)}:` : `${capitalised(basis)}, từ ${order === 'desc' ? 'cao đến thấp' : 'thấp đến cao'}:`;
  return n === 1 ? `${capitalised(basis)}:` : `${capitalised(basis)}, ${order === 'desc' ? 'highest first' : 'lowest first'}:`;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function title(lang: Language, name: string, year: string | null): string {
  if (lang === 'vi') return year ? `Xếp hạng chỉ tiêu ${name} năm ${year}` : `Xếp hạng ${name}`;
  return year ? `Ranking of ${year} targets: ${name}` : `Ranking: ${name}`;
}

/** "2/63 tỉnh, thành phố cũ (trước 1/7/2025) có số liệu", "0/130 current communes and wards of … have figures". */
function countLine(lang: Language, group: RankGroup, k: number, scope: string | null, what: 'figures' | 'targets'): string {
  const noun = groupNoun(lang, group.structure, group.level, scope);
  const n = group.units.length;
  const share = `${formatCount(k, lang)}/${formatCount(n, lang)}`;
  if (lang === 'vi') return `${share} ${noun} có ${what === 'figures' ? 'số liệu' : 'chỉ tiêu'}`;
  return `${share} ${noun} ${n === 1 ? 'has' : 'have'} ${what}`;
}

/** The units of a level and structure, named for a heading. */
export function groupNoun(lang: Language, structure: Structure, level: UnitLevel, scope: string | null): string {
  const day = formatDayShort(REORGANISATION_DAY, lang);
  const old = structure === 'pre2025';
  let noun: string;
  if (lang === 'vi') {
    const when = old ? `(trước ${day})` : `(từ ${day})`;
    noun =
      level === 'province'
        ? `tỉnh, thành phố ${old ? 'cũ' : 'hiện nay'} ${when}`
        : level === 'district'
          ? `quận, huyện, thị xã, thành phố thuộc tỉnh ${when}`
          : old
            ? `xã, phường, thị trấn cũ ${when}`
            : `xã, phường, đặc khu hiện nay ${when}`;
    return scope ? `${noun} của ${scope}` : noun;
  }
  const when = old ? `(before ${day})` : `(since ${day})`;
  noun =
    level === 'province'
      ? `${old ? 'former' : 'current'} provinces ${when}`
      : level === 'district'
        ? `districts ${when}`
        : `${old ? 'former' : 'current'} communes and wards ${when}`;
  return scope ? `${noun} of ${scope}` : noun;
}

function scopeNoun(lang: Language, scope: string | null): string {
  if (scope) return lang === 'vi' ? `các đơn vị của ${scope}` : `the units of ${scope}`;
  return lang === 'vi' ? 'các tỉnh, thành phố' : 'the provinces';
}
