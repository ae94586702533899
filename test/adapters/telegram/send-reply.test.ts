import type { Api } from 'grammy';
import { describe, expect, it } from 'vitest';
import { apiChatId, sendReply, topicOf } from '../../../src/adapters/telegram/send-reply.js';

/** A Bot API client that records its sendMessage calls. */
function recordingApi(): { api: Api; sent: unknown[][] } {
  const sent: unknown[][] = [];
  const api = {
    sendMessage: async (...args: unknown[]) => {
      sent.push(args);
      return {};
    },
  } as unknown as Api;
  return { api, sent };
}

describe('sendReply', () => {
  it('sends nothing for an empty text', async () => {
    const { api, sent } = recordingApi();
    await sendReply(api, { chatId: '1', text: '' });
    expect(sent).toEqual([]);
    await sendReply(api, { chatId: '1', text: 'ok' });
    expect(sent).toHaveLength(1);
  });

  it('quotes the message answered on the first part only, and posts every part in the topic', async () => {
    const { api, sent } = recordingApi();
    await sendReply(api, { chatId: '-1002233', text: `${'Dòng số liệu\n'.repeat(400)}hết`, replyTo: '7', topic: '77' });
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.map(([chatId]) => chatId)).toEqual(sent.map(() => -1_002_233));
    const options = sent.map(([, , other]) => other as Record<string, unknown>);
    expect(options.map((o) => o.message_thread_id)).toEqual(sent.map(() => 77));
    expect(options[0]?.reply_parameters).toEqual({ message_id: 7, allow_sending_without_reply: true });
    expect(options.slice(1).map((o) => 'reply_parameters' in o)).toEqual(sent.slice(1).map(() => false));
  });
});

describe('apiChatId', () => {
  it('gives Telegram’s integer ids as numbers and a public name as text', () => {
    expect(apiChatId('501')).toBe(501);
    expect(apiChatId('-1001234567890')).toBe(-1_001_234_567_890);
    expect(apiChatId('@baophu_news')).toBe('@baophu_news');
  });
});

describe('topicOf', () => {
  it('names the topic of a topic message, and none outside topics', () => {
    expect(topicOf({ is_topic_message: true, message_thread_id: 77 })).toEqual({ topic: '77' });
    expect(topicOf({ message_thread_id: 77 })).toEqual({});
    expect(topicOf({})).toEqual({});
  });
});
