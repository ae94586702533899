/** Marking chats active again when someone writes in them: at most once per chat every 10 minutes. */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createChatActivity, REACTIVATE_EVERY_MS } from '../../../src/app/reminders/chat-activity.js';
import type { ChatRef } from '../../../src/core/reminders/types.js';
import { manualClock } from '../../support/manual-clock.js';

function setUp(failing = 0) {
  const marked: ChatRef[] = [];
  let failures = failing;
  const clock = manualClock('2026-12-03T02:00:00Z');
  const activity = createChatActivity({
    clock,
    log: pino({ level: 'silent' }),
    store: {
      async reactivateChat(ref) {
        if (failures-- > 0) throw new Error('database away');
        marked.push(ref);
      },
    },
  });
  const message = (chatId: string, channel: 'telegram' | 'zalo' | 'console' = 'telegram') => ({ channel, chatId, userId: chatId, text: 'hi' });
  return { marked, clock, activity, message };
}

describe('createChatActivity', () => {
  it('marks a chat once, then not again within the window, then again after it', async () => {
    const { marked, clock, activity, message } = setUp();
    await activity(message('42'));
    await activity(message('42'));
    await activity(message('7', 'zalo'));
    expect(marked).toEqual([
      { channel: 'telegram', externalChatId: '42' },
      { channel: 'zalo', externalChatId: '7' },
    ]);
    clock.advance(REACTIVATE_EVERY_MS);
    await activity(message('42'));
    expect(marked).toHaveLength(3);
  });

  it('leaves the console alone', async () => {
    const { marked, activity, message } = setUp();
    await activity(message('local', 'console'));
    expect(marked).toEqual([]);
  });

  it('does not fail the message when the store fails, and tries again with the next one', async () => {
    const { marked, activity, message } = setUp(1);
    await expect(activity(message('42'))).resolves.toBeUndefined();
    await activity(message('42'));
    expect(marked).toEqual([{ channel: 'telegram', externalChatId: '42' }]);
  });
});
