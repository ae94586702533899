/** Human labels for canonical period codes, in the reply language. */
import type { Language, PeriodCode } from '../types.js';
import { periodParts } from './period-code.js';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** English month name for 1–12. */
export function monthNameEn(month: number): string {
  return EN_MONTHS[month - 1] ?? String(month);
}

/**
 * "9 tháng đầu năm 2021" / "first nine months of 2021", "6 tháng đầu năm 2025" / "first half of 2025",
 * "Quý 3/2024" / "Q3 2024", "Tháng 6/2025" / "June 2025", "Năm 2024" / "2024".
 * A code that is not canonical is returned unchanged.
 */
export function labelPeriod(code: PeriodCode, lang: Language): string {
  const p = periodParts(code);
  if (!p) return code;
  const vi = lang === 'vi';
  switch (p.kind) {
    case 'year':
      return vi ? `Năm ${p.year}` : String(p.year);
    case 'six-months':
      return vi ? `6 tháng đầu năm ${p.year}` : `first half of ${p.year}`;
    case 'nine-months':
      return vi ? `9 tháng đầu năm ${p.year}` : `first nine months of ${p.year}`;
    case 'quarter':
      return vi ? `Quý ${p.index}/${p.year}` : `Q${p.index} ${p.year}`;
    case 'month':
      return vi ? `Tháng ${p.index}/${p.year}` : `${monthNameEn(p.index)} ${p.year}`;
  }
}

/** Vietnamese period labels start with a capital on their own ("Năm 2024") but not inside a sentence ("số liệu năm 2024"). */
export function inSentence(label: string): string {
  return /^(Năm|Tháng|Quý) /u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
