/** Dates in the reply language: "22/11/2021" (vi), "22 Nov 2021" (en). */
import type { Language } from '../types.js';

const EN_SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * Formats an ISO date ("2021-11-22", or the date part of a timestamp). Text that is not an ISO
 * date is returned unchanged rather than guessed at.
 */
export function formatDate(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = EN_SHORT_MONTHS[Number(mo) - 1];
  if (month === undefined) return iso;
  return lang === 'vi' ? `${d}/${mo}/${y}` : `${Number(d)} ${month} ${y}`;
}

/** A day without leading zeros, as officials write it in running text: "1/7/2025" (vi), "1 July 2025" (en). */
export function formatDayShort(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'vi') return `${Number(d)}/${Number(mo)}/${y}`;
  const long = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(d)} ${long[Number(mo) - 1] ?? mo} ${y}`;
}
