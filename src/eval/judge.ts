/**
 * Judging one reply of `npm run eval` against its question's expectations. The reply and every
 * expected text are folded (lower case, no diacritics, đ → d) and compared as substrings.
 */
import type { EvalQuestion } from './questions-file.js';

const COMBINING_MARK = /\p{Mn}/gu;

/**
 * Folds text for judging: đ → d, diacritics removed, lower case. Punctuation and spacing stay as they
 * are, unlike the core's `fold` (which turns them into spaces for name matching): an expectation such
 * as "15,54%" or "9.85" must match the reply's own digits and separators.
 * @example foldForJudging('Tỷ lệ ĐẠT 15,54%') === 'ty le dat 15,54%'
 */
export function foldForJudging(text: string): string {
  return text.replace(/[đĐ]/g, 'd').normalize('NFD').replace(COMBINING_MARK, '').toLowerCase();
}

/** The folded alternatives of one item ("a || b"), empty ones left out. */
export function alternatives(item: string): string[] {
  return item
    .split(' || ')
    .map((text) => foldForJudging(text).trim())
    .filter((text) => text !== '');
}

/** What a reply lacked and what it should not have said; right when both are empty. */
export interface Verdict {
  readonly right: boolean;
  /** Items of expect_all none of whose alternatives appear, each shown as "a || b" (folded). */
  readonly missing: readonly string[];
  /** Alternatives of expect_none that appear (folded). */
  readonly unwanted: readonly string[];
}

/**
 * Judges a reply: every item of expect_all (separated by " | ") must appear, an item holding when any
 * of its alternatives (separated by " || ") does; no alternative of expect_none may appear.
 */
export function judgeReply(question: Pick<EvalQuestion, 'expectAll' | 'expectNone'>, reply: string): Verdict {
  const text = foldForJudging(reply);
  const missing = question.expectAll
    .split(' | ')
    .map(alternatives)
    .filter((alts) => alts.length > 0 && !alts.some((alt) => text.includes(alt)))
    .map((alts) => alts.join(' || '));
  const unwanted = question.expectNone
    .split(' | ')
    .flatMap(alternatives)
    .filter((alt) => text.includes(alt));
  return { right: missing.length === 0 && unwanted.length === 0, missing, unwanted };
}
