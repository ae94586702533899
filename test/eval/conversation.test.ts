import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { asLine, type ChatStreams, type ConversationTimings, converse } from '../../src/eval/conversation.js';

/** Short limits, so that time-outs take a fraction of a second, with room for a busy machine. */
const TIMINGS: ConversationTimings = { firstReplyMs: 1_500, replyMs: 600, settleMs: 100, maxTimeoutsInARow: 2 };

/**
 * A console chat stand-in that, like the real one, answers one line after another: `answer` hears a
 * line and prints its reply, and the next line waits until the promise it returns settles.
 */
function fakeChat(answer: (line: string, print: (text: string) => void, output: PassThrough) => void | Promise<void>): ChatStreams & { lines: string[] } {
  const input = new PassThrough();
  const output = new PassThrough();
  const lines: string[] = [];
  void (async () => {
    for await (const line of createInterface({ input })) {
      lines.push(line);
      await answer(line, (text) => output.write(text), output);
    }
  })();
  return { input, output, lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const later = (ms: number, action: () => void) => void setTimeout(action, ms);

describe('converse', () => {
  it('takes what the chat prints up to the empty line as the reply, one per question', async () => {
    const chat = fakeChat((line, print) => print(`you said:\n${line}\n\n`));
    const answers = await converse(chat, ['coverage for Vinh city', 'bhxh Bắc Kạn'], { timings: TIMINGS });
    expect(answers).toEqual([
      { text: 'you said:\ncoverage for Vinh city', status: 'answered' },
      { text: 'you said:\nbhxh Bắc Kạn', status: 'answered' },
    ]);
  });

  it('sends each question as one line', async () => {
    const chat = fakeChat((_line, print) => print('ok\n\n'));
    await converse(chat, ['  Gia Lai\n 2025 \t target '], { timings: TIMINGS });
    expect(chat.lines).toEqual(['Gia Lai 2025 target']);
    expect(asLine(' a\tb\n c ')).toBe('a b c');
  });

  it('waits for the empty line when a reply arrives in pieces', async () => {
    const chat = fakeChat((_line, print) => {
      print('first line\n');
      later(60, () => print('second line\n\n'));
    });
    expect(await converse(chat, ['q'], { timings: TIMINGS })).toEqual([{ text: 'first line\nsecond line', status: 'answered' }]);
  });

  it('keeps text that follows an empty line without a pause in the same reply', async () => {
    const chat = fakeChat((_line, print) => {
      print('part one\n\n');
      later(5, () => print('part two\n\n'));
    });
    expect(await converse(chat, ['q'], { timings: TIMINGS })).toEqual([{ text: 'part one\n\npart two', status: 'answered' }]);
  });

  it('gives the first reply longer, for the chat to start', async () => {
    const chat = fakeChat((_line, print) => later(1_000, () => print('ready\n\n')));
    expect(await converse(chat, ['q'], { timings: TIMINGS })).toEqual([{ text: 'ready', status: 'answered' }]);
  });

  it('times a slow reply out and does not take it, when it comes late, for the next question', async () => {
    let asked = 0;
    const chat = fakeChat((line, print) => {
      asked += 1;
      if (asked === 2) return sleep(900).then(() => print(`late: ${line}\n\n`));
      print(`reply: ${line}\n\n`);
    });
    const answers = await converse(chat, ['one', 'two', 'three', 'four'], { timings: TIMINGS });
    expect(answers.map((a) => a.status)).toEqual(['answered', 'timed-out', 'answered', 'answered']);
    expect(answers.map((a) => a.text)).toEqual(['reply: one', '', 'reply: three', 'reply: four']);
  });

  it('drops the late rest of a reply that had begun before its time-out', async () => {
    let asked = 0;
    const chat = fakeChat((line, print) => {
      asked += 1;
      if (asked === 1) {
        print('begun\n');
        return sleep(600).then(() => print('ended\n\n'));
      }
      print(`reply: ${line}\n\n`);
    });
    const answers = await converse(chat, ['one', 'two'], { timings: { ...TIMINGS, firstReplyMs: 300 } });
    expect(answers).toEqual([
      { text: 'begun', status: 'timed-out' },
      { text: 'reply: two', status: 'answered' },
    ]);
  });

  it('stops asking a chat that has stopped answering, so that a run never hangs', async () => {
    const chat = fakeChat(() => undefined);
    const started = performance.now();
    const answers = await converse(chat, ['one', 'two', 'three', 'four', 'five'], { timings: TIMINGS });
    expect(answers.map((a) => a.status)).toEqual(['timed-out', 'timed-out', 'skipped', 'skipped', 'skipped']);
    expect(chat.lines).toEqual(['one', 'two']);
    expect(performance.now() - started).toBeLessThan(TIMINGS.firstReplyMs + TIMINGS.replyMs + 500);
  });

  it('stops waiting and skips the rest once its signal is aborted', async () => {
    const chat = fakeChat(() => undefined);
    const stop = new AbortController();
    later(100, () => stop.abort());
    const started = performance.now();
    const answers = await converse(chat, ['one', 'two'], { timings: TIMINGS, signal: stop.signal });
    expect(answers.map((a) => a.status)).toEqual(['skipped', 'skipped']);
    expect(performance.now() - started).toBeLessThan(TIMINGS.firstReplyMs);
  });

  it('answers the remaining questions at once when the chat has ended', async () => {
    const chat = fakeChat((line, print, output) => {
      if (line === 'one') print('reply: one\n\n');
      else output.end('bye');
    });
    expect(await converse(chat, ['one', 'two', 'three'], { timings: TIMINGS })).toEqual([
      { text: 'reply: one', status: 'answered' },
      { text: 'bye', status: 'chat-ended' },
      { text: '', status: 'chat-ended' },
    ]);
  });

  it('reads a reply whose characters arrive split between chunks', async () => {
    const bytes = Buffer.from('Bắc Kạn: 15,54%\n\n', 'utf8');
    const chat = fakeChat((_line, _print, output) => {
      output.write(bytes.subarray(0, 2));
      later(10, () => output.write(bytes.subarray(2)));
    });
    expect(await converse(chat, ['q'], { timings: TIMINGS })).toEqual([{ text: 'Bắc Kạn: 15,54%', status: 'answered' }]);
  });
});
