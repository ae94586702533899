/** Marking chats active again when someone writes in them: at most once per chat every 10 minutes. */
import { describe, expect, it } from 'vitest';
import { createChatActivity, REACTIVATE_EVERY_MS } from '../../../src/app/reminders/chat-activity.js';
import { manualClock } from '../../support/manual-clock.js';

function setUp() {
  const clock = manualClock('2026-12-03T02:00:00Z');
  const activity = createChatActivity({ clock });
  const message = (chatId: string, channel: 'telegram' | 'zalo' | 'console' = 'telegram') => ({ channel, chatId, userId: chatId, text: 'hi' });
  return { clock, activity, message };
}

describe('createChatActivity', () => {
  it('marks a chat once, then not again within the window, then again after it', () => {
    const { clock, activity, message } = setUp();
    expect(activity.due(message('42'))).toEqual({ channel: 'telegram', externalChatId: '42' });
    expect(activity.due(message('42'))).toBeUndefined();
    expect(activity.due(message('7', 'zalo'))).toEqual({ channel: 'zalo', externalChatId: '7' });
    clock.advance(REACTIVATE_EVERY_MS - 1);
    expect(activity.due(message('42'))).toBeUndefined();
    clock.advance(1);
    expect(activity.due(message('42'))).toEqual({ channel: 'telegram', externalChatId: '42' });
  });

  it('leaves the console alone', () => {
    const { activity, message } = setUp();
    expect(activity.due(message('local', 'console'))).toBeUndefined();
  });

  it('tries again with the next message when the mark failed', () => {
    const { activity, message } = setUp();
    const chat = activity.due(message('42'));
    expect(chat).toBeDefined();
    activity.failed(chat as NonNullable<typeof chat>);
    expect(activity.due(message('42'))).toEqual({ channel: 'telegram', externalChatId: '42' });
  });
});
