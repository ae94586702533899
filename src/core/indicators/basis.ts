/** What a percentage is a share of, in words, and when two percentages may be compared. */
import type { Basis, Language } from '../types.js';

/** "… of" what: read after a percent ("15,54% số lao động có việc làm", "15.54% of employed workers"). */
const SHARE_OF: Readonly<Record<Basis, { readonly vi: string; readonly en: string } | null>> = {
  labour_force: { vi: 'lực lượng lao động trong độ tuổi', en: 'of the working-age labour force' },
  employed: { vi: 'số lao động có việc làm', en: 'of employed workers' },
  population: { vi: 'dân số', en: 'of the population' },
  past_retirement_age: { vi: 'số người sau tuổi nghỉ hưu', en: 'of people past retirement age' },
  plan_count: { vi: 'kế hoạch được giao', en: 'of the assigned plan' },
  transactions: { vi: 'số giao dịch với cơ quan BHXH', en: 'of transactions with the social-insurance agency' },
  none: null,
};

/** The words that follow a percent on this basis; null when the basis names nothing (none, unknown). */
export function shareOf(basis: Basis | null, lang: Language): string | null {
  const words = basis === null ? null : SHARE_OF[basis];
  return words === null ? null : words[lang];
}

/**
 * Whether two percentages may be compared (a gap, reached or not, a pace): only on the same basis.
 * Two unknown bases compare, as they always did before bases were recorded; one unknown does not.
 */
export function sameBasis(a: Basis | null, b: Basis | null): boolean {
  return a === b;
}
