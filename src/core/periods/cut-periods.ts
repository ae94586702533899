/**
 * Cuts every period expression out of a message being taken apart ("năm 2025", "9 tháng 2021",
 * "hiện nay"), as the question parsers need: the periods named, and a remainder free of them.
 */
import type { TextCutter } from '../text/text-cutter.js';
import type { PeriodCode } from '../types.js';
import { matchPeriod } from './parse-period.js';

/** A period named in the message, and where (folded offset). */
export interface CutPeriod {
  readonly code: PeriodCode;
  readonly at: number;
}

const YEAR_WORD_BEFORE = /(?<![\p{L}\p{N}])nam\s+$/u;
/** More period expressions than any question holds. */
const MAX_PERIODS = 4;

/** "năm" is always the year word; plain "nam" is, unless capitalised ("Quảng Nam 2024" keeps its Nam). */
function isYearWord(work: TextCutter, from: number, to: number): boolean {
  const spelled = work.originalOf(from, to).normalize('NFC');
  return /^năm$/iu.test(spelled) || spelled === 'nam';
}

/**
 * Cuts the period expressions (with a "năm" before a year) and returns the explicit periods, each
 * once, in the order they were found (the period parser's order of rules, not the message's).
 */
export function cutPeriods(work: TextCutter): CutPeriod[] {
  const found: CutPeriod[] = [];
  for (let round = 0; round < MAX_PERIODS; round++) {
    const m = matchPeriod(work.folded);
    if (!m) break;
    if (m.request.kind === 'code' && !found.some((f) => f.code === (m.request as { code: PeriodCode }).code)) found.push({ code: m.request.code, at: m.index });
    let from = m.index;
    const before = YEAR_WORD_BEFORE.exec(work.folded.slice(0, from));
    if (before && isYearWord(work, before.index, before.index + 3)) from = before.index;
    work.cut({ from, to: m.index + m.length });
  }
  return found;
}
