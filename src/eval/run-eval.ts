/**
 * `npm run eval` as a function: asks every question through one console chat on a fresh embedded
 * database in a temporary folder, and judges each reply.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChatProcess } from './chat-process.js';
import { type Answer, type ConversationTimings, converse, DEFAULT_TIMINGS } from './conversation.js';
import { judgeReply } from './judge.js';
import type { EvalQuestion } from './questions-file.js';
import type { EvalResult } from './score.js';

/** Where the project is and how long to wait; `onResult` hears of each result as it comes. */
export interface EvalOptions {
  /** The project's root, where `npm run -s chat` runs. */
  readonly root: string;
  readonly timings?: ConversationTimings;
  /** The chat's environment before DATA_DIR and DATABASE_URL are set; the process's own by default. */
  readonly env?: NodeJS.ProcessEnv;
  readonly onResult?: (result: EvalResult, index: number) => void;
  /** Stops asking: the questions not yet answered are skipped, and the chat is stopped and its folder removed. */
  readonly signal?: AbortSignal;
}

/** Every question's result, in the file's order, and the end of what the chat wrote to stderr. */
export interface EvalRun {
  readonly results: readonly EvalResult[];
  readonly chatStderr: string;
}

/** Judges one answer: one that did not come complete and in time is wrong whatever it says. */
export function resultOf(question: EvalQuestion, answer: Answer): EvalResult {
  const verdict = judgeReply(question, answer.text);
  return { question, reply: answer.text, status: answer.status, verdict, right: answer.status === 'answered' && verdict.right };
}

/** Runs the questions through one console chat of the project and judges the replies. */
export async function runEval(questions: readonly EvalQuestion[], options: EvalOptions): Promise<EvalRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'baophu-eval-'));
  try {
    const chat = startChatProcess({ root: options.root, dataDir, env: options.env });
    const results: EvalResult[] = [];
    try {
      const onAnswer = (answer: Answer, index: number) => {
        const result = resultOf(questions[index] as EvalQuestion, answer);
        results.push(result);
        options.onResult?.(result, index);
      };
      await converse(
        chat,
        questions.map((q) => q.question),
        { timings: options.timings ?? DEFAULT_TIMINGS, onAnswer, signal: options.signal },
      );
    } finally {
      await chat.stop();
    }
    return { results, chatStderr: chat.stderrTail() };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
