/**
 * `npm run eval -- <questions.tsv> [--results <file>]`: asks every question of the file through one
 * console chat of the project (a fresh embedded database in a temporary folder), prints each miss and,
 * last, the score by category. Exits 0 when at least MIN_PCT percent (default 95) are right, 1 when
 * fewer are, 2 when the command or the file is wrong.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evalMinimumPercentText } from '../config.js';
import { UsageError } from '../core/errors.js';
import { QuestionsFileError, readQuestionsFile } from './questions-file.js';
import { runEval } from './run-eval.js';
import { formatMiss, formatResults, formatScore, meetsMinimum, score } from './score.js';

const USAGE = 'usage: npm run eval -- <questions.tsv> [--results <file>]   (MIN_PCT=95 by default)';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** MIN_PCT, a number from 0 to 100; unset or empty means 95. */
function minimumPercent(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 95;
  const percent = Number(value);
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new UsageError('MIN_PCT must be a number from 0 to 100');
  return percent;
}

function parsedArguments(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { results: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, { cause: error });
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parsedArguments(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(USAGE);
  const minPercent = minimumPercent(evalMinimumPercentText());
  const questions = await readQuestionsFile(file);

  const showProgress = process.stderr.isTTY === true;
  // Ctrl+C stops asking; the chat is stopped, its folder removed and the score so far printed.
  const interrupted = new AbortController();
  process.once('SIGINT', () => interrupted.abort());
  const run = await runEval(questions, {
    root: ROOT,
    signal: interrupted.signal,
    onResult: (_result, index) => {
      if (showProgress) process.stderr.write(`\rasked ${index + 1}/${questions.length}`);
    },
  });
  if (showProgress) process.stderr.write('\r\x1b[K');

  for (const result of run.results) if (!result.right) process.stdout.write(`${formatMiss(result)}\n`);
  const unanswered = run.results.filter((result) => result.status !== 'answered').length;
  if (unanswered > 0 && run.chatStderr !== '') {
    process.stdout.write(`${unanswered} question(s) got no complete reply; the end of the chat's stderr:\n${run.chatStderr}\n`);
  }
  if (values.results !== undefined) await writeFile(values.results, formatResults(run.results), 'utf8');
  if (interrupted.signal.aborted) process.stdout.write('Stopped by an interrupt: the questions not answered by then count wrong.\n');
  const result = score(run.results);
  process.stdout.write(`${formatScore(`questions (${basename(file)})`, result)}\n`);
  if (interrupted.signal.aborted) return 130;
  return meetsMinimum(result, minPercent) ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError || error instanceof QuestionsFileError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
