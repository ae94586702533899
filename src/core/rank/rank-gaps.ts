/**
 * A ranking by how far each unit's figure is from its target: "Tỉnh nào còn cách xa chỉ tiêu BHYT
 * nhất?", "Which province is furthest from its health insurance target?", "gần đạt chỉ tiêu nhất".
 * Each unit's gap is the coverage answer's: its figure (the period asked, else its latest) against
 * the target of the figure's year, or the first later year that has one, on the figure's basis.
 * Units with no figure, no such target or a target on another basis are left out and counted.
 * Gaps of different periods and target years are ranked, with a note that they differ (each is its
 * own figure against its own target, so units whose bases differ are ranked together); the two
 * structures are ranked apart, as in every ranking.
 */

import { comparable, figureLabel, figureYear, targetsFor, targetYear } from '../answer/figure-text.js';
import { figuresOf, selectFigure } from '../answer/figures.js';
import { addDataHint } from '../compare/texts.js';
import { formatCount, formatPercent, formatPoints } from '../format/numbers.js';
import { indicatorName } from '../indicators/catalogue.js';
import type { IndicatorCode, Language } from '../types.js';
import { DEFAULT_LISTED, groupNoun, type RankGroup, type RankingInput } from './compose-ranking.js';

/** One unit's figure against its target. */
interface GapRow {
  readonly label: string;
  /** Target minus figure, in percentage points: above zero short of it, at or below zero reached. */
  readonly gap: number;
  readonly figure: number;
  readonly when: string;
  readonly target: number;
  readonly year: number;
}

/** The ranking by the gap to target, in the reply language. */
export function composeGapRanking(input: RankingInput): string {
  const { lang } = input;
  const main = input.indicator ?? 'bhxh';
  const head =
    lang === 'vi'
      ? `Xếp hạng theo mức còn thiếu so với chỉ tiêu — ${indicatorName(main, lang)}`
      : `Ranking by the gap to target — ${indicatorName(main, lang)}`;
  const groups = input.groups
    .map((group) => ({ group, rows: gapRows(group, main, input) }))
    .sort((a, b) => Number(b.rows.length > 0) - Number(a.rows.length > 0));
  const lines: string[] = [];
  for (const { group, rows } of groups) {
    const count = countLine(lang, group, rows.length, input.scopeLabel);
    const line = lines.length === 0 ? `${head} — ${count}` : count;
    lines.push(rows.length === 0 ? `${line}.` : `${line}:`);
    lines.push(...rankedLines(rows, input));
  }
  if (groups.every((g) => g.rows.length === 0)) {
    lines.push(addDataHint(lang, [input.scopeLabel ?? (lang === 'vi' ? 'các tỉnh, thành phố' : 'the provinces')], false));
  }
  return lines.join('\n');
}

function gapRows(group: RankGroup, main: IndicatorCode, input: RankingInput): GapRow[] {
  return group.units.flatMap((unit) => {
    const selection = selectFigure(figuresOf(unit.reports, main), input.period);
    const figure = selection.figure;
    if (!figure || selection.substituted) return [];
    const year = targetYear(unit.targets, main, figureYear(figure));
    const target = year === null ? undefined : targetsFor(unit.targets, main, year).find((t) => comparable(t, figure.value));
    if (!target || year === null) return [];
    const gap = Math.round((target.percent - figure.value.percent) * 100) / 100;
    return [{ label: unit.label, gap, figure: figure.value.percent, when: figureLabel(figure, input.lang), target: target.percent, year }];
  });
}

function rankedLines(rows: readonly GapRow[], input: RankingInput): string[] {
  const { lang, question } = input;
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => (question.order === 'desc' ? b.gap - a.gap : a.gap - b.gap));
  const [first] = sorted;
  const lines: string[] = [];
  if (first && sorted.length >= 2 && question.superlative) {
    const which =
      lang === 'vi'
        ? question.order === 'desc'
          ? 'Xa chỉ tiêu nhất'
          : 'Gần chỉ tiêu nhất'
        : question.order === 'desc'
          ? 'Furthest from target'
          : 'Closest to target';
    lines.push(`${which}: ${first.label} (${gapWords(first.gap, lang)}).`);
  }
  const limit = question.limit ?? DEFAULT_LISTED;
  let rank = 0;
  sorted.slice(0, limit).forEach((row, i) => {
    if (i === 0 || row.gap !== sorted[i - 1]?.gap) rank = i + 1;
    lines.push(`${rank}. ${row.label}: ${gapWords(row.gap, lang)} (${detail(row, lang)})`);
  });
  if (sorted.length > limit) lines.push(lang === 'vi' ? `… và ${sorted.length - limit} đơn vị khác` : `… and ${sorted.length - limit} more`);
  const shown = sorted.slice(0, limit);
  if (new Set(shown.map((r) => `${r.when} ${r.year}`)).size > 1) {
    lines.push(
      lang === 'vi'
        ? 'Lưu ý: các đơn vị khác kỳ số liệu hoặc năm chỉ tiêu, chỉ để tham khảo.'
        : "Note: the units' periods or target years differ, indicative only.",
    );
  }
  return lines;
}

/** "còn thiếu 2,65 điểm phần trăm", "đã đạt", "vượt 0,5 điểm phần trăm". */
function gapWords(gap: number, lang: Language): string {
  if (gap > 0) return lang === 'vi' ? `còn thiếu ${formatPoints(gap, lang)}` : `${formatPoints(gap, lang)} short`;
  if (gap === 0) return lang === 'vi' ? 'đã đạt' : 'reached';
  return lang === 'vi' ? `đã vượt ${formatPoints(gap, lang)}` : `${formatPoints(gap, lang)} above`;
}

/** "92,35% — Tháng 11/2023; chỉ tiêu 2025: 95%". */
function detail(row: GapRow, lang: Language): string {
  const target = lang === 'vi' ? `chỉ tiêu ${row.year}: ${formatPercent(row.target, lang)}` : `${row.year} target: ${formatPercent(row.target, lang)}`;
  return `${formatPercent(row.figure, lang)} — ${row.when}; ${target}`;
}

/** "2/63 tỉnh, thành phố cũ (trước 1/7/2025) có số liệu và chỉ tiêu". */
function countLine(lang: Language, group: RankGroup, k: number, scope: string | null): string {
  const share = `${formatCount(k, lang)}/${formatCount(group.units.length, lang)}`;
  const noun = groupNoun(lang, group.structure, group.level, scope);
  if (lang === 'vi') return `${share} ${noun} có số liệu và chỉ tiêu cùng cơ sở tính`;
  return `${share} ${noun} ${group.units.length === 1 ? 'has' : 'have'} a figure and a target on the same basis`;
}
