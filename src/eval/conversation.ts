/**
 * One conversation with a console chat over its standard streams: each question written as one line,
 * its reply read back. The console prints each reply followed by one empty line; a reply is complete
 * when it ends with an empty line and nothing more arrives for a short while. A question without a
 * complete reply in time counts as timed out, and its reply, when it comes late, is skipped so that it
 * is not taken for the next question's.
 */
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';

/** How a question's reply came (or did not). */
export type AnswerStatus =
  /** A complete reply arrived in time. */
  | 'answered'
  /** No complete reply within the time allowed; the text is whatever had arrived. */
  | 'timed-out'
  /** The chat's output ended before the reply was complete. */
  | 'chat-ended'
  /** Not asked (or not waited for): the chat had left several questions in a row unanswered, or the run was stopped. */
  | 'skipped';

/** One question's reply as read from the chat, trimmed. */
export interface Answer {
  readonly text: string;
  readonly status: AnswerStatus;
}

/** The chat's side of the conversation: what it reads and what it prints. */
export interface ChatStreams {
  readonly input: Writable;
  readonly output: Readable;
}

/** Time limits of a conversation, in milliseconds. */
export interface ConversationTimings {
  /** For the first reply, which waits for the chat to start (a fresh database is migrated and seeded). */
  readonly firstReplyMs: number;
  /** For every other reply. */
  readonly replyMs: number;
  /** Quiet time after an empty line before the reply counts as complete. */
  readonly settleMs: number;
  /** After this many time-outs in a row the chat is taken as stuck and the rest are not asked. */
  readonly maxTimeoutsInARow: number;
}

/** 20 s a question; three minutes for the first, which includes the start on a slow machine. */
export const DEFAULT_TIMINGS: ConversationTimings = { firstReplyMs: 180_000, replyMs: 20_000, settleMs: 200, maxTimeoutsInARow: 3 };

/** An empty line somewhere: the end of a reply. */
const REPLY_END = /\n[ \t\r]*\n/;
/** Text ending with an empty line. */
const ENDS_WITH_EMPTY_LINE = /\n[ \t\r]*\n[ \t\r]*$/;

/** Collects the chat's output and lets the conversation wait for the next chunk or the end. */
class OutputCollector {
  text = '';
  lastDataAt = performance.now();
  ended = false;
  private wake: (() => void) | undefined;

  constructor(output: Readable) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      this.text += chunk;
      this.lastDataAt = performance.now();
      this.notify();
    });
    const end = () => {
      this.ended = true;
      this.notify();
    };
    output.on('end', end);
    output.on('close', end);
    output.on('error', end);
  }

  /** Resolves at the next chunk, at the end of the output, after `ms` or at `signal`, whichever comes first. */
  async change(ms: number, signal: AbortSignal | undefined): Promise<void> {
    if (this.ended || ms <= 0 || signal?.aborted) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.notify(), ms);
      const abort = () => this.notify();
      signal?.addEventListener('abort', abort, { once: true });
      this.wake = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
        resolve();
      };
    });
  }

  /** Removes everything up to and including the next reply's end; false when no end has arrived yet. */
  dropOneReply(): boolean {
    const end = REPLY_END.exec(this.text);
    if (!end) return false;
    this.text = this.text.slice(end.index + end[0].length);
    return true;
  }

  /** Takes the collected text as one reply. */
  take(): string {
    const text = this.text.trim();
    this.text = '';
    return text;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

/** A question as the chat reads it: one line, its whitespace collapsed. */
export function asLine(question: string): string {
  return question.split(/\s+/).filter(Boolean).join(' ');
}

/** How long to wait, who hears of each answer as it comes (for progress), and when to stop asking. */
export interface ConversationOptions {
  readonly timings?: ConversationTimings;
  readonly onAnswer?: (answer: Answer, index: number) => void;
  /** Once aborted, the question being asked and the rest are skipped (Ctrl+C). */
  readonly signal?: AbortSignal;
}

/**
 * Asks each question in turn, waiting for its reply before the next, and returns one answer per
 * question, in order. Never waits longer than the timings allow; does not close the chat's input.
 */
export async function converse(chat: ChatStreams, questions: readonly string[], options: ConversationOptions = {}): Promise<Answer[]> {
  const { timings = DEFAULT_TIMINGS, onAnswer, signal } = options;
  const output = new OutputCollector(chat.output);
  let inputClosed = false;
  chat.input.on('error', () => (inputClosed = true));
  /** Replies still to come for questions that timed out; they precede the current one's. */
  let owed = 0;
  let timeoutsInARow = 0;
  const answers: Answer[] = [];
  const record = (answer: Answer) => {
    onAnswer?.(answer, answers.length);
    answers.push(answer);
  };

  for (const [index, question] of questions.entries()) {
    if (timeoutsInARow >= timings.maxTimeoutsInARow || signal?.aborted) {
      record({ text: '', status: 'skipped' });
      continue;
    }
    if (output.ended || inputClosed || !chat.input.writable) {
      record({ text: owed === 0 ? output.take() : '', status: 'chat-ended' });
      continue;
    }
    chat.input.write(`${asLine(question)}\n`);
    const deadline = performance.now() + (index === 0 ? timings.firstReplyMs : timings.replyMs);
    for (;;) {
      while (owed > 0 && output.dropOneReply()) owed -= 1;
      const complete = owed === 0 && ENDS_WITH_EMPTY_LINE.test(output.text);
      const now = performance.now();
      if (complete && (now - output.lastDataAt >= timings.settleMs || now >= deadline || output.ended)) {
        timeoutsInARow = 0;
        record({ text: output.take(), status: 'answered' });
        break;
      }
      if (signal?.aborted) {
        record({ text: '', status: 'skipped' });
        break;
      }
      if (output.ended) {
        record({ text: owed === 0 ? output.take() : '', status: 'chat-ended' });
        break;
      }
      if (now >= deadline) {
        // The partial text stays collected: the late rest of this reply is dropped with it.
        timeoutsInARow += 1;
        owed += 1;
        record({ text: owed === 1 ? output.text.trim() : '', status: 'timed-out' });
        break;
      }
      await output.change(complete ? Math.min(deadline, output.lastDataAt + timings.settleMs) - now : deadline - now, signal);
    }
  }
  return answers;
}
