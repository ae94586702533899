import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemorySlotBook, createReplyPacer, DEFAULT_REPLY_SPACING, REPLY_MAX_WAIT_MS } from '../../../src/adapters/channel/reply-pacing.js';
import { paceSends } from '../../../src/adapters/telegram/pace-sends.js';
import { createZaloMessenger } from '../../../src/adapters/zalo/index.js';
import { recordingLogger } from '../queue/queue-kit.js';

// Virtual time: the book reads Date.now and the pacer waits with setTimeout, both faked, so the
// times below are exactly what the code guarantees, whatever the machine's load.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T02:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function gaps(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - (times[i] as number));
}

/** A Bot API stand-in behind the transformer: records when each call reached it, per chat. */
function telegramApi(pacer: ReturnType<typeof createReplyPacer>) {
  const sends = new Map<string, number[]>();
  const prev = async (_method: string, payload: { chat_id: number | string }) => {
    const chat = String(payload.chat_id);
    sends.set(chat, [...(sends.get(chat) ?? []), Date.now()]);
    return { ok: true as const, result: { message_id: 1 } };
  };
  const transformer = paceSends(pacer);
  const call = (method: string, chatId: number | string) =>
    // biome-ignore lint/suspicious/noExplicitAny: grammY's transformer types are generic over every method.
    (transformer as any)(prev, method, { chat_id: chatId, text: 'x' }, undefined) as Promise<{ ok: boolean }>;
  return { sends, call };
}

describe('reply pacing (Telegram)', () => {
  it('spaces the sends to one chat by its kind, delays rather than drops, and leaves other chats alone', async () => {
    const pacer = createReplyPacer(createMemorySlotBook(), { log: pino({ level: 'silent' }), sleep });
    const { sends, call } = telegramApi(pacer);
    const start = Date.now();
    const calls = [
      ...Array.from({ length: 8 }, () => call('sendMessage', 42)),
      ...Array.from({ length: 5 }, () => call('sendMessage', -100123)),
      call('sendMessage', 7),
      call('sendMessage', 7),
      call('getChat', 7),
    ];
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(calls);
    expect(sends.get('42')).toHaveLength(8);
    expect(gaps(sends.get('42') ?? []).every((gap) => gap >= DEFAULT_REPLY_SPACING.private)).toBe(true);
    expect(sends.get('-100123')).toHaveLength(5);
    expect(gaps(sends.get('-100123') ?? []).every((gap) => gap >= DEFAULT_REPLY_SPACING.group)).toBe(true);
    // Another chat's first message is not held back; getChat is not a message: it goes outside the slots.
    expect(sends.get('7')?.sort()).toEqual([start, start, start + DEFAULT_REPLY_SPACING.private]);
  });

  it('drops what would wait longer than the cap, with a log line, and answers the call as taken', async () => {
    const { log, entries } = recordingLogger();
    const pacer = createReplyPacer(createMemorySlotBook(), { log, sleep });
    const { sends, call } = telegramApi(pacer);
    const calls = Array.from({ length: 30 }, () => call('sendMessage', 42));
    await vi.advanceTimersByTimeAsync(60_000);
    const results = await Promise.all(calls);
    const kept = REPLY_MAX_WAIT_MS / DEFAULT_REPLY_SPACING.private + 1;
    expect(sends.get('42')).toHaveLength(kept);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(entries.filter((e) => e.msg === 'send dropped: too many queued for this chat')).toHaveLength(30 - kept);
    // Once the queue has drained, the chat is answered again.
    await Promise.all([call('sendMessage', 42), vi.advanceTimersByTimeAsync(1_000)]);
    expect(sends.get('42')).toHaveLength(kept + 1);
  });
});

describe('reply pacing (Zalo messenger)', () => {
  it('spaces every part of every reply to one chat', async () => {
    const times: number[] = [];
    const client = {
      sendMessage: async () => {
        times.push(Date.now());
        return { message_id: 'm' };
      },
    };
    const pacer = createReplyPacer(createMemorySlotBook(), { log: pino({ level: 'silent' }), sleep });
    // biome-ignore lint/suspicious/noExplicitAny: the messenger reads nothing of the client's answer.
    const messenger = createZaloMessenger(client as any, undefined, pacer);
    const long = Array.from({ length: 300 }, (_, i) => `dòng ${i} của một trả lời dài`).join('\n');
    const sends = [messenger.send({ chatId: 'z1', text: long }), messenger.send({ chatId: 'z1', text: 'ngắn' })];
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(sends);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(gaps(times).every((gap) => gap >= DEFAULT_REPLY_SPACING.private)).toBe(true);
  });
});
