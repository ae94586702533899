/**
 * The sentences that put percentages side by side: which is higher and by how many percentage
 * points, only where both are shares of the same thing (sameBasis); otherwise what each is a share
 * of and that no difference is computed ("không cùng cơ sở tính"). Shared by comparisons and rankings.
 */

import { formatPercent, formatPoints } from '../format/numbers.js';
import { sameBasis, shareOf } from '../indicators/basis.js';
import { roundPercent } from '../indicators/compute-indicator.js';
import type { Basis, Language } from '../types.js';

/** One value put beside others: whose, how much, a share of what, for when. */
export interface Entry {
  /** Short name for a sentence ("Hải Phòng"). */
  readonly name: string;
  readonly percent: number;
  readonly basis: Basis | null;
  /** The period or year it stands for, as shown ("9 tháng đầu năm 2021", "2025"). */
  readonly when: string;
}

/** "tính trên lực lượng lao động trong độ tuổi" / "a share of the working-age labour force"; said also when nothing is. */
export function basisPhrase(basis: Basis | null, lang: Language): string {
  const share = shareOf(basis, lang);
  if (lang === 'vi') return share ? `tính trên ${share}` : 'không nêu cơ sở tính';
  return share ? `a share ${share}` : 'no basis stated';
}

/** Groups entries by basis (what they are a share of), the largest group first, in their order otherwise. */
export function byBasis<T extends { readonly basis: Basis | null }>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const group = groups.find((g) => g[0] !== undefined && sameBasis(g[0].basis, item.basis));
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups.sort((a, b) => b.length - a.length);
}

/** The difference between two values, or why there is none. */
export function differenceLine(a: Entry, b: Entry, lang: Language): string {
  if (!sameBasis(a.basis, b.basis)) {
    return lang === 'vi'
      ? `Không cùng cơ sở tính: ${a.name} (${basisPhrase(a.basis, lang)}), ${b.name} (${basisPhrase(b.basis, lang)}); không tính chênh lệch.`
      : `Not on the same basis: ${a.name} (${basisPhrase(a.basis, lang)}), ${b.name} (${basisPhrase(b.basis, lang)}); no difference is computed.`;
  }
  const diff = roundPercent(a.percent - b.percent);
  const [hi, lo] = diff >= 0 ? [a, b] : [b, a];
  const main =
    diff === 0
      ? lang === 'vi'
        ? `${a.name} và ${b.name} bằng nhau (${formatPercent(a.percent, lang)}).`
        : `${a.name} and ${b.name} are level (${formatPercent(a.percent, lang)}).`
      : lang === 'vi'
        ? `${hi.name} cao hơn ${lo.name} ${formatPoints(diff, lang)}.`
        : `${hi.name} is ${formatPoints(diff, lang)} higher than ${lo.name}.`;
  return a.when === b.when ? main : `${main} ${periodsDiffer([a.when, b.when], lang)}`;
}

/** "A (55%) > B (45%) > C (30%)" for entries on one basis, highest first, with the spread. */
export function orderLine(entries: readonly Entry[], lang: Language): string {
  const sorted = [...entries].sort((x, y) => y.percent - x.percent);
  const chain = sorted.map((e) => `${e.name} (${formatPercent(e.percent, lang)})`).join(' > ');
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  const spread = top && bottom ? roundPercent(top.percent - bottom.percent) : 0;
  const whens = [...new Set(entries.map((e) => e.when))];
  const basis = top ? basisPhrase(top.basis, lang) : '';
  const line =
    lang === 'vi'
      ? `Từ cao đến thấp (${basis}): ${chain}; cao nhất hơn thấp nhất ${formatPoints(spread, lang)}.`
      : `Highest to lowest (${basis}): ${chain}; ${formatPoints(spread, lang)} between the highest and the lowest.`;
  return whens.length > 1 ? `${line} ${periodsDiffer(whens, lang)}` : line;
}

/** The note that values of different periods are set side by side. */
export function periodsDiffer(whens: readonly string[], lang: Language): string {
  const years = whens.every((w) => /^\d{4}$/.test(w));
  return lang === 'vi'
    ? `Lưu ý: khác ${years ? 'năm' : 'kỳ'} (${whens.join('; ')}), chỉ để tham khảo.`
    : `Note: different ${years ? 'years' : 'periods'} (${whens.join('; ')}), indicative only.`;
}
