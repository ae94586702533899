/** The outcome of `npm run eval`: each question's result, the score by category, and their texts. */

import type { AnswerStatus } from './conversation.js';
import type { Verdict } from './judge.js';
import type { EvalQuestion } from './questions-file.js';

/** One question asked and judged. */
export interface EvalResult {
  readonly question: EvalQuestion;
  /** The reply as printed (trimmed); what arrived before the time-out when there was one. */
  readonly reply: string;
  readonly status: AnswerStatus;
  readonly verdict: Verdict;
  /** Answered in time and judged right: a reply that came too late counts wrong whatever it says. */
  readonly right: boolean;
}

/** Right answers out of the questions asked, overall and per category. */
export interface Score {
  readonly right: number;
  readonly total: number;
  /** In the order the categories first appear in the file. */
  readonly categories: ReadonlyArray<{ readonly category: string; readonly right: number; readonly total: number }>;
}

/** Counts the right answers, overall and by category. */
export function score(results: readonly EvalResult[]): Score {
  const categories = new Map<string, { right: number; total: number }>();
  for (const result of results) {
    const entry = categories.get(result.question.category) ?? { right: 0, total: 0 };
    entry.total += 1;
    if (result.right) entry.right += 1;
    categories.set(result.question.category, entry);
  }
  return {
    right: results.filter((result) => result.right).length,
    total: results.length,
    categories: [...categories].map(([category, counts]) => ({ category, ...counts })),
  };
}

/** Whether at least `minPercent` percent of the answers are right (exactly, without rounding). */
export function meetsMinimum(result: Score, minPercent: number): boolean {
  return result.total > 0 && result.right * 100 >= minPercent * result.total;
}

/** The percentage of right answers, rounded down so that 94.7 never shows as 95. */
export function percentRight(result: Score): number {
  return result.total === 0 ? 0 : Math.floor((result.right * 100) / result.total);
}

/** The last line of a run: `label: 120/150 right (80%); by category: fact_actual=9/9, typo=5/8`. */
export function formatScore(label: string, result: Score): string {
  const categories = result.categories.map((c) => `${c.category || '(none)'}=${c.right}/${c.total}`).join(', ');
  return `${label}: ${result.right}/${result.total} right (${percentRight(result)}%); by category: ${categories}`;
}

/** A reply on one line, its lines joined by " / ". */
export function oneLine(reply: string): string {
  return reply
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join(' / ');
}

const STATUS_NOTE: Record<AnswerStatus, string> = {
  answered: '',
  'timed-out': ' (no complete reply in time)',
  'chat-ended': ' (the chat had ended)',
  skipped: ' (not asked)',
};

/** A wrong answer for the reader: the question, what was missing or unwanted, and the reply. */
export function formatMiss(result: EvalResult, replyChars = 300): string {
  const { question, verdict } = result;
  const reply = oneLine(result.reply);
  const shown = reply === '' ? '(none)' : reply.length > replyChars ? `${reply.slice(0, replyChars)}…` : reply;
  return [
    `  miss ${question.id} ${question.category}: ${question.question}${STATUS_NOTE[result.status]}`,
    `      missing: ${verdict.missing.join('; ') || '-'}; unwanted: ${verdict.unwanted.join('; ') || '-'}`,
    `      reply: ${shown}`,
  ].join('\n');
}

/** Every result as a TSV file: id, category, result (pass/FAIL), question, reply on one line. */
export function formatResults(results: readonly EvalResult[]): string {
  const cell = (text: string) => text.replace(/\t/g, ' ');
  const rows = results.map((r) => [r.question.id, r.question.category, r.right ? 'pass' : 'FAIL', r.question.question, oneLine(r.reply)].map(cell).join('\t'));
  return `${['id\tcategory\tresult\tquestion\treply', ...rows].join('\n')}\n`;
}
