import type { Api } from 'grammy';
import { describe, expect, it } from 'vitest';
import { sendReply } from '../../../src/adapters/telegram/send-reply.js';

describe('sendReply', () => {
  it('sends nothing for a reply the flood limit silenced', async () => {
    const sent: unknown[] = [];
    const api = {
      sendMessage: async (...args: unknown[]) => {
        sent.push(args);
        return {};
      },
    } as unknown as Api;
    await sendReply(api, { chatId: 1 }, { text: '', silent: true });
    expect(sent).toEqual([]);
    await sendReply(api, { chatId: 1 }, { text: 'ok' });
    expect(sent).toHaveLength(1);
  });
});
