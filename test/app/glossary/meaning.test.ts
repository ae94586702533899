import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../src/app/handle-message.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import { manualClock } from '../../support/manual-clock.js';
import { seededWorld } from '../../support/seeded-world.js';

async function ask(...texts: string[]): Promise<string[]> {
  const { store, directory } = await seededWorld([]);
  const handler = createMessageHandler({
    store,
    units: directory.current,
    clock: manualClock('2026-11-25T02:00:00Z'),
    log: pino({ level: 'silent' }),
    schedules: () => DEFAULT_SCHEDULES,
  });
  const replies: string[] = [];
  for (const text of texts) replies.push((await handler.handle({ channel: 'console', chatId: 'c', userId: 'admin', text })).text);
  return replies;
}

describe('meaning questions through the handler', () => {
  it('explains a term in the language asked, and reads no place into "là gì"', async () => {
    const [vi, en] = await ask('Đặc khu là gì?', 'how is health insurance coverage calculated?');
    expect(vi).toMatch(/^Đặc khu: đơn vị hành chính cấp xã/);
    expect(vi).not.toContain('La Gi');
    expect(en).toContain('Health insurance coverage = health insurance participants ÷ population');
  });

  it('leaves a question naming a place to the figures', async () => {
    const [text] = await ask('Tỷ lệ BHYT của Hải Phòng là gì');
    expect(text).toContain('92,35%');
  });
});
