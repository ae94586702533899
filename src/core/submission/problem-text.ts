/**
 * Replies to a submission that was not stored: one line per problem, naming the key and the value in
 * the sender's language and number format, then one line showing the correct form.
 */
import { formatCount } from '../format/index.js';
import { editDistance } from '../text/edit-distance.js';
import { fold } from '../text/fold.js';
import { COUNT_KEYS, type Language } from '../types.js';
import { MAX_COUNT, type SubmissionProblem } from './types.js';
import { SINGLE_WORD_KEYS } from './vocabulary.js';

/** More problems than this are summed up in one line, so that a garbled message gets a short reply. */
const MAX_LINES = 10;
/** Longest piece of the sender's text quoted back. */
const MAX_QUOTE = 24;

/** The correct form, shown under every list of problems. */
export const EXAMPLE = 'nop 6T/2025 bb 41.200 tn 3.150 ld 180.000';

/** Quotes the sender's text, shortened without splitting a character. */
function quote(text: string | undefined): string {
  const chars = Array.from(text ?? '');
  return `'${chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE - 1).join('')}…` : chars.join('')}'`;
}

/** A value in the sender's number format when it is a plain integer, else quoted as typed. */
function num(value: string | undefined, lang: Language): string {
  return value !== undefined && /^-?\d{1,15}$/.test(value) ? formatCount(Number(value), lang) : quote(value);
}

/** The one known key a mistyped key is closest to, if there is exactly one. */
function nearestKey(typed: string): string | null {
  const folded = fold(typed);
  const near = new Set([...SINGLE_WORD_KEYS].filter(([alias]) => editDistance(folded, alias, 1) <= 1).map(([, key]) => key));
  return near.size === 1 ? ([...near][0] ?? null) : null;
}

function unknownKey(p: SubmissionProblem, lang: Language): string {
  const v = num(p.value, lang);
  const vi = lang === 'vi';
  if (p.key === undefined) {
    return vi ? `Số ${v} không đi sau chỉ tiêu nào (viết ví dụ: bb ${v}).` : `The number ${v} has no key before it (write, e.g., bb ${v}).`;
  }
  const near = nearestKey(p.key);
  const hint = near
    ? vi
      ? `có phải '${near}'?`
      : `did you mean '${near}'?`
    : vi
      ? `dùng một trong: ${COUNT_KEYS.join(', ')}.`
      : `use one of: ${COUNT_KEYS.join(', ')}.`;
  return vi ? `${quote(p.key)} (${v}) không phải chỉ tiêu đã biết; ${hint}` : `${quote(p.key)} (${v}) is not a known key; ${hint}`;
}

function decimalCount(p: SubmissionProblem, lang: Language): string {
  const raw = p.value ?? '';
  // "41,200" is English grouping; in Vietnamese the comma is the decimal mark.
  const english = /^\d{1,3}(?:,\d{3})+$/.test(raw) ? raw.replace(/,/g, '.') : null;
  if (lang === 'vi') {
    const hint = english ? `nếu là ${english} người, viết ${english} hoặc ${english.replace(/\./g, '')}` : 'viết số nguyên, ví dụ 41.200 hoặc 41200';
    return `'${p.key}': ${quote(raw)} có phần thập phân (dấu ',' là dấu thập phân), nhưng số người phải là số nguyên; ${hint}.`;
  }
  const hint = english
    ? `for ${english.replace(/\./g, ',')} people write ${english} or ${english.replace(/\./g, '')}`
    : 'write a whole number, e.g. 41.200 or 41200';
  return `'${p.key}': ${quote(raw)} has a decimal part ("," is the decimal mark in Vietnamese), but a count is a whole number; ${hint}.`;
}

function badNumber(p: SubmissionProblem, lang: Language): string {
  const vi = lang === 'vi';
  const grouped = /\d[. ]\d/.test(p.value ?? '');
  const hint = grouped
    ? vi
      ? 'nhóm nghìn phải đủ 3 chữ số, ví dụ 41.200 hoặc 41 200'
      : 'a thousands group has 3 digits, e.g. 41.200 or 41 200'
    : vi
      ? 'chỉ viết chữ số, ví dụ 41.200 hoặc 41200'
      : 'write digits only, e.g. 41.200 or 41200';
  const subject = p.key === undefined ? '' : `'${p.key}': `;
  return vi ? `${subject}không rõ số ${quote(p.value)} (${hint}).` : `${subject}cannot read the number ${quote(p.value)} (${hint}).`;
}

/** One problem of a submission in the sender's language (also a spreadsheet row's count problem). */
export function composeSubmissionProblem(p: SubmissionProblem, lang: Language): string {
  const vi = lang === 'vi';
  const key = `'${p.key ?? '?'}'`;
  switch (p.code) {
    case 'duplicate_key': {
      const values = p.otherValue !== undefined ? ` (${num(p.value, lang)} ${vi ? 'và' : 'and'} ${num(p.otherValue, lang)})` : '';
      return vi ? `${key} xuất hiện hai lần${values}; mỗi chỉ tiêu chỉ ghi một lần.` : `${key} appears twice${values}; give each key once.`;
    }
    case 'unknown_key':
      return unknownKey(p, lang);
    case 'missing_number':
      return vi ? `${key} thiếu số đi kèm (ví dụ: ${p.key ?? 'bb'} 41.200).` : `${key} has no number after it (e.g. ${p.key ?? 'bb'} 41.200).`;
    case 'decimal_count':
      return decimalCount(p, lang);
    case 'bad_number':
      return badNumber(p, lang);
    case 'negative':
      return vi ? `${key} không được âm (${num(p.value, lang)}).` : `${key} cannot be negative (${num(p.value, lang)}).`;
    case 'too_large':
      return vi
        ? `${key} quá lớn (${num(p.value, lang)}); tối đa ${formatCount(MAX_COUNT, lang)}.`
        : `${key} is too large (${num(p.value, lang)}); the most is ${formatCount(MAX_COUNT, lang)}.`;
    case 'numerator_exceeds_denominator':
      return vi
        ? `${p.key} (${num(p.value, lang)}) lớn hơn ${p.other} (${num(p.otherValue, lang)}).`
        : `${p.key} (${num(p.value, lang)}) is larger than ${p.other} (${num(p.otherValue, lang)}).`;
    case 'no_counts':
      return vi ? 'Không thấy số liệu nào: cần ít nhất một chỉ tiêu và số của nó.' : 'No figures found: give at least one key and its number.';
    case 'bad_period':
      if (p.otherValue !== undefined) {
        return vi
          ? `Hai kỳ báo cáo khác nhau: ${quote(p.value)} và ${quote(p.otherValue)}; chỉ ghi một kỳ.`
          : `Two different periods: ${quote(p.value)} and ${quote(p.otherValue)}; give one period.`;
      }
      return vi
        ? `Không rõ kỳ báo cáo ${quote(p.value)} (viết T6/2025, Q2/2025, 6T/2025, 9T/2025 hoặc 2025).`
        : `Cannot read the period ${quote(p.value)} (write T6/2025, Q2/2025, 6T/2025, 9T/2025 or 2025).`;
  }
}

/**
 * The reply to an invalid submission: one line per problem (at most ten, then a count of the rest),
 * then an example of the correct form. Never empty.
 */
export function composeSubmissionProblems(lang: Language, problems: readonly SubmissionProblem[]): string {
  const lines = problems.slice(0, MAX_LINES).map((p) => composeSubmissionProblem(p, lang));
  const rest = problems.length - MAX_LINES;
  if (rest > 0) lines.push(lang === 'vi' ? `… và ${rest} lỗi khác.` : `… and ${rest} more.`);
  lines.push(lang === 'vi' ? `Ví dụ: ${EXAMPLE}` : `Example: ${EXAMPLE}`);
  return lines.join('\n');
}
