/**
 * Finds a period written in a submission ("6T/2025", "T6/2025", "06/2025", "Q2/2025", "9T/2025",
 * "2025", "6 tháng 2025", "năm 2025") with the shared period reader, and recognises one written
 * wrongly ("T13/2025", "6T/25", "1/7/2025") so that it is reported instead of read as numbers.
 */
import { foldForPeriod, matchPeriod } from '../periods/parse-period.js';
import type { PeriodCode } from '../types.js';
import { isSolid, type Token } from './tokens.js';
import { PERIOD_START_WORDS } from './vocabulary.js';

/** A period expression covering tokens [from, next): its code, or null when it is malformed. */
export interface PeriodReading {
  readonly code: PeriodCode | null;
  readonly raw: string;
  /** Whether it opens with a year ("2025", "2025 Q2"), which after a key is that key's count instead. */
  readonly startsWithYear: boolean;
  readonly next: number;
}

/** Longest period expression, in tokens; "6 tháng đầu năm 2025" is nine. */
const MAX_TOKENS = 12;

const YEAR_TOKEN = /^(?:19|20)\d\d$/;

const MALFORMED = new RegExp(
  '^(?:' +
    [
      '(?:t|th|thang)\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{1,4})?',
      'quy\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{1,4})?',
      'q\\s*\\.?\\s*\\d{1,2}\\s*[/-]\\s*\\d{1,4}',
      // "6T/25", "6 tháng"; not "10 T6", which is a count and then a month.
      '\\d{1,2}\\s*(?:t|th|thang)(?:\\s+dau(?:\\s+nam)?)?(?:\\s*[/.-]\\s*\\d{1,4}|\\s+\\d{1,4})?',
      '\\d{1,2}\\s*/\\s*(?:\\d{2}|\\d{4})',
      '\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}',
    ].join('|') +
    ')$',
);

/** Whether a window may start or end here without cutting a word or a number in two. */
function cleanEdges(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to + 1];
  if (isSolid(before) || isSolid(after)) return false;
  const cutsNumberBefore = before?.kind === 'mark' && (before.text === '.' || before.text === ',') && tokens[from - 2]?.kind === 'digits';
  const cutsNumberAfter = after?.kind === 'mark' && (after.text === '.' || after.text === ',') && tokens[to + 2]?.kind === 'digits';
  return !cutsNumberBefore && !cutsNumberAfter;
}

/** The last token index a window starting at `from` may reach: it never crosses a line break. */
function windowLimit(tokens: readonly Token[], from: number): number {
  let last = from;
  for (let k = from; k < tokens.length && k < from + MAX_TOKENS && tokens[k]?.kind !== 'break'; k++) last = k;
  return last;
}

function readValid(tokens: readonly Token[], from: number, limit: number, source: string): PeriodReading | null {
  let lastYear = -1;
  for (let k = from; k <= limit; k++) if (tokens[k]?.kind === 'digits' && YEAR_TOKEN.test(tokens[k]?.text ?? '')) lastYear = k;
  for (let to = limit; to >= from && lastYear >= from; to--) {
    if (!isSolid(tokens[to]) || !cleanEdges(tokens, from, to)) continue;
    const raw = source.slice(tokens[from]?.start, tokens[to]?.end);
    const folded = foldForPeriod(raw);
    const match = matchPeriod(folded);
    if (match?.request.kind !== 'code' || match.index + match.length !== folded.length) continue;
    if (match.index > 0 && folded.slice(0, match.index).trim() !== 'nam') continue;
    return { code: match.request.code, raw, startsWithYear: YEAR_TOKEN.test(tokens[from]?.text ?? ''), next: to + 1 };
  }
  return null;
}

function readMalformed(tokens: readonly Token[], from: number, limit: number, source: string): PeriodReading | null {
  const first = tokens[from];
  if (!first || !(PERIOD_START_WORDS.has(first.folded) || (first.kind === 'digits' && first.text.length <= 2))) return null;
  for (let to = limit; to > from; to--) {
    if (!isSolid(tokens[to]) || !cleanEdges(tokens, from, to)) continue;
    const raw = source.slice(first.start, tokens[to]?.end);
    if (MALFORMED.test(foldForPeriod(raw))) return { code: null, raw, startsWithYear: false, next: to + 1 };
  }
  return null;
}

/**
 * Reads the period expression that starts at token `from`, if any: a valid one first, else one
 * that looks like a period but is not ("T13/2025"). `source` is the text the tokens came from.
 */
export function readPeriod(tokens: readonly Token[], from: number, source: string): PeriodReading | null {
  if (!isSolid(tokens[from])) return null;
  const limit = windowLimit(tokens, from);
  return readValid(tokens, from, limit, source) ?? readMalformed(tokens, from, limit, source);
}
