/**
 * Reads a focal point's quick numeric message (DESIGN 2.4):
 *
 *     nop 6T/2025 bb 41.200 tn 3.150 bhtn 35.000 ld 180.000
 *     /submit@baophu_bot Q2/2025 bb: 41 200, tn: 3 150, ld: 180 000
 *     sua phường Thành Vinh T6/2025 bb 41.300
 *
 * Pure and total: never throws, reads nothing longer than MAX_SUBMISSION_LENGTH, and reports every
 * problem it finds rather than the first.
 */
import { asksQuestion } from '../query/question-words.js';
import { fold } from '../text/fold.js';
import { RECENT_MESSAGES, rememberedPerText } from '../text/remembered.js';
import type { CountKey, Counts, PeriodCode } from '../types.js';
import { type Pair, type Reading, readItems, shown } from './read-items.js';
import { readKeyword } from './read-keyword.js';
import { scanItems } from './scan-items.js';
import { normalizeMessage, tokenize } from './tokens.js';
import { MAX_SUBMISSION_LENGTH, type SubmissionOptions, type SubmissionParse, type SubmissionProblem } from './types.js';
import { validateCounts } from './validate-counts.js';

const NOT_A_SUBMISSION: SubmissionParse = { kind: 'not-a-submission' };

/** Digits beyond which a number is certainly too large, and no longer exact as a JavaScript number. */
const MAX_EXACT_DIGITS = 15;

/** The one period named, or a problem when two different periods are named. */
function periodOf(periods: Reading['periods']): { period: PeriodCode | null; problem: SubmissionProblem | null } {
  const first = periods[0];
  if (!first) return { period: null, problem: null };
  const other = periods.find((p) => p.code !== first.code);
  return other ? { period: null, problem: { code: 'bad_period', value: first.raw, otherValue: other.raw } } : { period: first.code, problem: null };
}

/**
 * The counts of the pairs, except keys given twice (which value was meant is not for us to pick);
 * numbers that could not be read, or too long to be exact, are reported instead.
 */
function countsOf(pairs: readonly Pair[], problems: SubmissionProblem[]): Counts {
  const counts: Counts = {};
  const seen = new Map<CountKey, Pair>();
  const duplicated = new Set<CountKey>();
  for (const pair of pairs) {
    const { key, reading } = pair;
    const first = seen.get(key);
    if (first) {
      if (!duplicated.has(key)) problems.push({ code: 'duplicate_key', key, value: shown(first.reading), otherValue: shown(reading) });
      duplicated.add(key);
    } else {
      seen.set(key, pair);
    }
    if (reading.problem !== null) {
      problems.push({ code: reading.problem, key, value: reading.raw });
    } else if (reading.digits !== null && reading.digits.length > MAX_EXACT_DIGITS) {
      problems.push({ code: reading.negative ? 'negative' : 'too_large', key, value: shown(reading) });
    } else if (reading.digits !== null && !first) {
      counts[key] = reading.negative && reading.digits !== '0' ? -Number(reading.digits) : Number(reading.digits);
    }
  }
  for (const key of duplicated) delete counts[key];
  return counts;
}

/**
 * Without a keyword a message is a submission only when it is nothing but keys, numbers and a
 * period, with at least one key and its number: "bhyt Hải Phòng" and "Gia Lai BHTN 2025 target" are
 * questions, and so is "bhyt 2024", where every number could be a year.
 */
function looksLikeSubmission(reading: Reading): boolean {
  return reading.pairs.length > 0 && reading.units.empty && !reading.pairs.every((p) => p.reading.yearLike);
}

/**
 * Reads a message as a quick numeric submission.
 * @param opts.keywordOptional true in a private chat with a registered focal point; otherwise text
 *   without a keyword is not a submission.
 * Most messages are questions: that verdict is remembered per message; a submission is read afresh,
 * its reading the caller's own.
 */
export function parseSubmission(text: string, opts: SubmissionOptions): SubmissionParse {
  const notOne = opts?.keywordOptional === true ? notOneWithoutKeyword : notOneWithKeyword;
  if (notOne(text)) return NOT_A_SUBMISSION;
  const parse = parseOnce(text, opts);
  return parse.kind === 'not-a-submission' ? NOT_A_SUBMISSION : parse;
}

const notOneWithKeyword = rememberedPerText((text: string) => parseOnce(text, { keywordOptional: false }).kind === 'not-a-submission', RECENT_MESSAGES);
const notOneWithoutKeyword = rememberedPerText((text: string) => parseOnce(text, { keywordOptional: true }).kind === 'not-a-submission', RECENT_MESSAGES);

function parseOnce(text: string, opts: SubmissionOptions): SubmissionParse {
  if (typeof text !== 'string' || text.length > MAX_SUBMISSION_LENGTH) return NOT_A_SUBMISSION;
  const source = normalizeMessage(text);
  const tokens = tokenize(source);
  const keyword = readKeyword(tokens);
  if (!keyword && opts?.keywordOptional !== true) return NOT_A_SUBMISSION;
  const reading = readItems(scanItems(tokens.slice(keyword?.next ?? 0), source), source);
  if (!keyword && !looksLikeSubmission(reading)) return NOT_A_SUBMISSION;

  // "Nộp báo cáo năm vào ngày 20/12 có bị muộn không?" asks about submitting; it submits nothing.
  if (reading.pairs.length === 0 && asksQuestion(fold(text))) return NOT_A_SUBMISSION;
  const problems = [...reading.problems];
  const counts = countsOf(reading.pairs, problems);
  const { period, problem } = periodOf(reading.periods);
  if (problem) problems.push(problem);
  if (Object.keys(counts).length > 0) problems.push(...validateCounts(counts, null).problems);
  else if (problems.length === 0) problems.push({ code: 'no_counts' });
  if (problems.length > 0) return { kind: 'invalid', problems };
  return { kind: 'ok', submission: { counts, period, unitText: reading.units.text(source), correction: keyword?.correction ?? false } };
}
