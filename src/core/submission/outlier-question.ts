/** Asks the sender to confirm counts that moved more than 30 % against the previous figures. */
import { formatCount, formatDecimal } from '../format/index.js';
import type { Language } from '../types.js';
import { OUTLIER_PERCENT, type Outlier } from './types.js';

// Written without diacritics so that any keyboard can type them.
/** Confirms held counts. */
export const CONFIRM_WORD = 'xac nhan';
/** Cancels held counts. */
export const CANCEL_WORD = 'huy';

/** The words (and buttons) that confirm or cancel held counts, in the reply's language; both languages' words work. */
export function confirmWords(lang: Language): { readonly confirm: string; readonly cancel: string } {
  return lang === 'vi' ? { confirm: CONFIRM_WORD, cancel: CANCEL_WORD } : { confirm: 'confirm', cancel: 'cancel' };
}

function change(percent: number, lang: Language): string {
  const sign = percent > 0 ? '+' : percent < 0 ? '-' : '';
  return `${sign}${formatDecimal(Math.abs(percent), lang, 1)}%`;
}

/**
 * The question that holds outlying counts for confirmation: one line per count (previous → current,
 * change), then how to confirm or cancel. Empty when there is nothing to confirm.
 */
export function composeOutlierQuestion(lang: Language, outliers: readonly Outlier[]): string {
  if (outliers.length === 0) return '';
  const vi = lang === 'vi';
  const lines = outliers.map((o) => `• ${o.key}: ${formatCount(o.previous, lang)} → ${formatCount(o.current, lang)} (${change(o.changePercent, lang)})`);
  const head = vi
    ? `Số liệu thay đổi hơn ${OUTLIER_PERCENT}% so với kỳ trước:`
    : `These figures changed by more than ${OUTLIER_PERCENT}% against the previous report:`;
  const { confirm, cancel } = confirmWords(lang);
  const ask = vi ? `Trả lời "${confirm}" để ghi nhận hoặc "${cancel}" để hủy.` : `Reply "${confirm}" to record them or "${cancel}" to cancel.`;
  return [head, ...lines, ask].join('\n');
}
