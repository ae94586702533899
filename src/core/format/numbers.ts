/**
 * Numbers in the reply language. Vietnamese: "." groups thousands, "," is the decimal mark
 * ("31.455", "15,54%"); English: the reverse ("31,455", "15.54%").
 */
import type { Language } from '../types.js';

function marks(lang: Language): { group: string; decimal: string } {
  return lang === 'vi' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
}

function groupDigits(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * A number with at most `decimals` decimals, trailing zeros trimmed: 45 → "45", 2.5 → "2,5",
 * 15.54 → "15,54", 31455 → "31.455" (vi).
 */
export function formatDecimal(value: number, lang: Language, decimals = 2): string {
  if (!Number.isFinite(value)) return '–';
  const { group, decimal } = marks(lang);
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac = ''] = fixed.split('.');
  const trimmed = frac.replace(/0+$/, '');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${groupDigits(int, group)}${trimmed ? decimal + trimmed : ''}`;
}

/** A whole count with thousands separators: "202.418" (vi), "202,418" (en). */
export function formatCount(value: number, lang: Language): string {
  return formatDecimal(Math.round(value), lang, 0);
}

/** A percent to two decimals at most: "15,54%", "45%", "2,5%" (vi); "15.54%" (en). */
export function formatPercent(value: number, lang: Language): string {
  return `${formatDecimal(value, lang)}%`;
}

/**
 * A difference in percentage points, unsigned, in words officials use and no one misreads as a
 * percentage: "0,46 điểm phần trăm" (vi), "0.46 percentage points" (en).
 */
export function formatPoints(value: number, lang: Language): string {
  const number = formatDecimal(Math.abs(value), lang);
  if (lang === 'vi') return `${number} điểm phần trăm`;
  return `${number} percentage ${Math.abs(value) === 1 ? 'point' : 'points'}`;
}

/** A signed change in percentage points: "+1,2 điểm phần trăm" (vi); "+1.2 percentage points" (en). */
export function formatPointsChange(delta: number, lang: Language): string {
  const rounded = Math.round(delta * 100) / 100;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '±';
  return `${sign}${formatPoints(rounded, lang)}`;
}
