/**
 * The questions file of `npm run eval`: tab-separated, one header row naming the columns, then one
 * question per line. Columns: id, lang, category, question, expect_all, expect_none, note (lang and
 * note are for the reader; the order of the columns is free, the header says which is which).
 */

import { readFile } from 'node:fs/promises';
import { BaophuError } from '../core/errors.js';

/** One question with what its reply must and must not contain (see judge.ts for the rule). */
export interface EvalQuestion {
  readonly id: string;
  readonly lang: string;
  readonly category: string;
  readonly question: string;
  /** Items separated by " | ", each "a || b" with alternatives; every item must appear. */
  readonly expectAll: string;
  /** Alternatives separated by " | " or " || "; none may appear. */
  readonly expectNone: string;
  readonly note: string;
  /** Line number in the file (the header is line 1). */
  readonly line: number;
}

/** A questions file that cannot be read as one: the message names the file and, where it can, the line. */
export class QuestionsFileError extends BaophuError {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super('QUESTIONS_FILE_INVALID', line === undefined ? `${file}: ${message}` : `${file}, line ${line}: ${message}`, options);
  }
}

const REQUIRED = ['id', 'category', 'question', 'expect_all', 'expect_none'] as const;

/**
 * Parses the text of a questions file. Blank lines are skipped, a short row reads its missing cells as
 * empty, a row without a question is an error; `file` only names the file in errors.
 */
export function parseQuestions(text: string, file: string): EvalQuestion[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''));
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw new QuestionsFileError(`the header row lacks the column(s) ${missing.join(', ')}`, file, 1);
  }
  const column = (cells: readonly string[], name: string): string => {
    const index = header.indexOf(name);
    return index < 0 ? '' : (cells[index] ?? '').trim();
  };
  const questions: EvalQuestion[] = [];
  lines.slice(1).forEach((text, index) => {
    const line = index + 2;
    if (text.trim() === '') return;
    const cells = text.split('\t');
    const question = column(cells, 'question');
    if (question === '') throw new QuestionsFileError('no question in this row', file, line);
    questions.push({
      id: column(cells, 'id'),
      lang: column(cells, 'lang'),
      category: column(cells, 'category'),
      question,
      expectAll: column(cells, 'expect_all'),
      expectNone: column(cells, 'expect_none'),
      note: column(cells, 'note'),
      line,
    });
  });
  if (questions.length === 0) throw new QuestionsFileError('no questions', file);
  return questions;
}

/** Reads and parses a questions file; a file that cannot be read is a QuestionsFileError too. */
export async function readQuestionsFile(file: string): Promise<EvalQuestion[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new QuestionsFileError(missing ? 'file not found' : 'cannot be read', file, undefined, { cause: error });
  }
  return parseQuestions(text, file);
}
